/**
 * The reader's main path, in a real Chromium with the built extension: a demo article under a real
 * outlet's host name, the toolbar badge, and the popup's outlet card and coverage.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from '../../scripts/demo/browser';
import { type Newsroom, startNewsroom } from '../../scripts/demo/newsroom';
import { openPopupFor, subscribeToNewsroom } from '../../scripts/demo/setup';
import { demoArticle, featuredArticle } from '../../scripts/demo/stories';
import { seriousAxeViolations } from '../helpers/axe';

/** The New York Times on the minimum wage. */
const wageArticle = demoArticle('minimum-wage', 'www.nytimes.com');
let newsroom: Newsroom;
let ext: ExtensionBrowser;

beforeAll(async () => {
  newsroom = await startNewsroom();
  ext = await launchExtension({ hosts: newsroom.hosts });
  await subscribeToNewsroom(ext, newsroom);
});

afterAll(async () => {
  await ext?.close();
  await newsroom?.close();
});

async function openArticle(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await ext.tabIdOf(page) };
}

async function waitForBadge(tabId: number, expected: string): Promise<void> {
  await expect.poll(() => ext.badgeText(tabId), { timeout: 10_000 }).toBe(expected);
}

describe('on a news article from a rated outlet', () => {
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ tabId } = await openArticle(newsroom.articleUrl(wageArticle)));
    popup = await openPopupFor(ext, tabId);
    await popup.getByTestId('story-glance').waitFor();
  });

  it('shows the outlet’s lean on the toolbar badge', async () => {
    // The New York Times is rated lean-left in the bundled dataset.
    await waitForBadge(tabId, 'LL');
  });

  it('names the outlet and shows its rating, owner, country and where the rating comes from', async () => {
    await expect.poll(() => popup.getByTestId('outlet-name').innerText()).toBe('The New York Times');
    const card = popup.getByTestId('outlet-card');
    expect(await card.getByRole('img').first().getAttribute('aria-label')).toMatch(/lean left/i);
    expect(await popup.getByTestId('outlet-factuality').innerText()).not.toBe('');
    expect(await popup.getByTestId('outlet-owner').innerText()).toMatch(/New York Times Company/i);
    expect(await popup.getByTestId('outlet-country').innerText()).toMatch(/United States/);
    expect(await popup.getByTestId('rating-sources').innerText()).toMatch(/AllSides|Media Bias/);
  });

  it('shows the article’s own title and byline', async () => {
    const text = await popup.locator('body').innerText();
    expect(text).toContain(wageArticle.headline);
    expect(text).toContain(wageArticle.author);
  });

  it('lists coverage of the same story, and nothing from other stories', async () => {
    const text = await popup.locator('body').innerText();
    expect(text).toContain(demoArticle('minimum-wage', 'www.theguardian.com').headline);
    expect(text).toContain(demoArticle('minimum-wage', 'www.reuters.com').headline);
    expect(text).not.toContain(demoArticle('sierra-wildfire', 'apnews.com').headline);
    expect(text).not.toContain(demoArticle('age-verification', 'www.foxnews.com').headline);
    expect(await popup.getByTestId('coverage-counts').innerText()).toMatch(/\d+/);
  });

  it('has no serious or critical accessibility violation, in light and dark', async () => {
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('fits at 200% zoom without sideways scrolling', async () => {
    await popup.setViewportSize({ width: 210, height: 600 });
    expect(
      await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await popup.setViewportSize({ width: 420, height: 600 });
  });

  it('saves light and dark screenshots of the popup', async () => {
    mkdirSync('out/e2e', { recursive: true });
    await popup.screenshot({ path: 'out/e2e/popup-light.png', fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.screenshot({ path: 'out/e2e/popup-dark.png', fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
    const lightBackground = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe(lightBackground);
  });
});

describe('the story one side barely covered', () => {
  it('shows a blindspot', async () => {
    const { tabId } = await openArticle(
      newsroom.articleUrl(demoArticle('age-verification', 'www.foxnews.com')),
    );
    const popup = await openPopupFor(ext, tabId);
    const blindspot = popup.getByTestId('blindspot');
    await blindspot.waitFor();
    expect(await blindspot.getAttribute('data-status')).toBe('blindspot');
    expect(await blindspot.innerText()).toMatch(/left/i);
  });
});

describe('wire copies', () => {
  it('marks a wire story run by another outlet', async () => {
    const { tabId } = await openArticle(
      newsroom.articleUrl(demoArticle('sierra-wildfire', 'www.nytimes.com')),
    );
    const popup = await openPopupFor(ext, tabId);
    await popup.getByTestId('story-glance').waitFor();
    expect(await popup.getByTestId('wire-copy').count()).toBeGreaterThan(0);
  });
});

describe('the badge follows the tab', () => {
  it('changes on navigation and comes back on history back', async () => {
    const { page, tabId } = await openArticle(newsroom.articleUrl(featuredArticle));
    await waitForBadge(tabId, 'LL');
    await page.goto(newsroom.articleUrl(demoArticle('minimum-wage', 'www.reuters.com')));
    await waitForBadge(tabId, 'C');
    await page.goBack();
    await waitForBadge(tabId, 'LL');
  });
});

describe('pages Parallax cannot report on', () => {
  it('says a front page is not a news article', async () => {
    const { tabId } = await openArticle(`${newsroom.origin('www.reuters.com')}/`);
    const popup = await openPopupFor(ext, tabId);
    expect(await popup.getByTestId('report-state').getAttribute('data-state')).toBe('not-article');
  });

  it('says an outlet is unknown and offers to rate it', async () => {
    const url = newsroom.articleUrl(demoArticle('minimum-wage', 'www.northfieldledger.com'));
    const { tabId } = await openArticle(url);
    const popup = await openPopupFor(ext, tabId);
    expect(await popup.getByTestId('report-state').getAttribute('data-state')).toBe('unknown-outlet');
    expect(await popup.locator('body').innerText()).toContain('northfieldledger.com');
  });

  it('says a browser page cannot be read', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopupFor(ext, await ext.tabIdOf(page));
    expect(await popup.getByTestId('report-state').getAttribute('data-state')).toBe('unsupported-page');
  });
});
