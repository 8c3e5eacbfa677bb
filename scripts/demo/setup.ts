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

export async function subscribeToNewsroom(ext: ExtensionBrowser, newsroom: Newsroom): Promise<void> {
  const page = await ext.openOptions();
  try {
    for (const { host } of demoOutlets.filter((outlet) => !outlet.unknown)) {
      const answer = (await send(page, { type: 'feeds:add', payload: { url: newsroom.feedUrl(host) } })) as {
        ok?: boolean;
        reason?: string;
      };
      if (!answer?.ok)
        throw new Error(`Adding ${host}'s feed failed: ${answer?.reason ?? JSON.stringify(answer)}`);
    }
    const refreshed = (await send(page, { type: 'coverage:refresh', payload: {} })) as {
      ok?: boolean;
      reason?: string;
    };
    if (!refreshed?.ok)
      throw new Error(`The refresh failed: ${refreshed?.reason ?? JSON.stringify(refreshed)}`);
  } finally {
    await page.close();
  }
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
