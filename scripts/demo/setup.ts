/**
 * Points a freshly launched Parallax at the demo newsroom: adds each demo outlet's feed through the
 * extension's own message protocol (as the options page does) and waits for the refresh to store
 * the items. Shared by `npm start` and the end-to-end tests.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { Newsroom } from './newsroom';
import { demoOutlets } from './stories';

/** The slice of the extension API evaluated inside Parallax's own page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function send(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((request) => chrome.runtime.sendMessage(request), message);
}

type Outcome = { ok?: boolean; reason?: string } | undefined;

async function request(ext: ExtensionBrowser, message: unknown, what: string): Promise<void> {
  const page = await ext.openOptions();
  try {
    const answer = (await send(page, message)) as Outcome;
    if (!answer?.ok) throw new Error(`${what} failed: ${answer?.reason ?? JSON.stringify(answer)}`);
  } finally {
    await page.close();
  }
}

/** Adds each demo outlet's feed, as a reader does in the options page (the outlet must be known). */
export async function addNewsroomFeeds(ext: ExtensionBrowser, newsroom: Newsroom): Promise<void> {
  for (const { host } of demoOutlets.filter((outlet) => !outlet.unknown)) {
    const url = newsroom.feedUrl(host);
    await request(ext, { type: 'feeds:add', payload: { url } }, `Adding ${host}'s feed`);
  }
}

/** Fetches every feed now, as the reader's "Refresh now" does, and waits until it is done. */
export function refreshCoverage(ext: ExtensionBrowser): Promise<void> {
  return request(ext, { type: 'coverage:refresh', payload: {} }, 'The refresh');
}

export async function subscribeToNewsroom(ext: ExtensionBrowser, newsroom: Newsroom): Promise<void> {
  await addNewsroomFeeds(ext, newsroom);
  await refreshCoverage(ext);
}

/** Opens the popup for an article tab, sized as the browser shows it, and waits for its report. */
export async function openPopupFor(ext: ExtensionBrowser, articleTabId: number): Promise<Page> {
  const popup = await ext.openPopup(articleTabId);
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup
    .locator('[data-testid="report-state"], [data-testid="outlet-card"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return popup;
}
