/**
 * The options page in a real Chromium with the built extension: the reader's own rating changes
 * what the popup shows, an import with bad rows reports them (line and reason) and a file that is
 * not a ratings file keeps the old data, reading balance charts what the popup reported on, and
 * every section has no serious accessibility violation and fits at 200% zoom.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from '../../scripts/demo/browser';
import { type Newsroom, startNewsroom } from '../../scripts/demo/newsroom';
import { openPopupFor } from '../../scripts/demo/setup';
import { featuredArticle } from '../../scripts/demo/stories';
import { seriousAxeViolations } from '../helpers/axe';

/** Saving a rating reloads ~2,000 outlets: on a busy 2-core machine that takes seconds, not ms. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

let newsroom: Newsroom;
let ext: ExtensionBrowser;

beforeAll(async () => {
  newsroom = await startNewsroom();
  ext = await launchExtension({ hosts: newsroom.hosts });
});

afterAll(async () => {
  await ext?.close();
  await newsroom?.close();
});

async function openOptionsAt(hash: string): Promise<Page> {
  const page = await ext.openOptions();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);
  return page;
}

async function popupLean(tabId: number): Promise<{ lean: string | null; sources: string }> {
  const popup = await openPopupFor(ext, tabId);
  try {
    const card = popup.getByTestId('outlet-card');
    await card.waitFor();
    return {
      lean: await card.getByTestId('lean-meter').getAttribute('data-lean'),
      sources: (await popup.getByTestId('rating-sources').textContent()) ?? '',
    };
  } finally {
    await popup.close();
  }
}

describe('an override in the options page', () => {
  it('changes the popup’s outlet card for a demo article at once', async () => {
    // The New York Times is lean-left in the bundled dataset.
    const article = await ext.context.newPage();
    await article.goto(newsroom.articleUrl(featuredArticle));
    const tabId = await ext.tabIdOf(article);
    expect((await popupLean(tabId)).lean).toBe('lean-left');

    // The popup's "change this rating" link lands here, searched by the outlet's domain.
    const options = await openOptionsAt('#sources?domain=nytimes.com');
    const toggle = options.getByRole('button', { name: /Rate it yourself The New York Times/ });
    await toggle.waitFor();
    // The domain's one outlet opens ready to edit; with more than one, the reader picks it.
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await options.locator('#edit-nytimes-lean').selectOption('right');
    await options.locator('#edit-nytimes-owner').fill('A Reader’s Idea of an Owner');
    await options.getByRole('button', { name: 'Save my rating' }).click();
    await poll(() => options.getByTestId('sources-status').textContent()).toMatch(/Saved/);

    const after = await popupLean(tabId);
    expect(after.lean).toBe('right');
    expect(after.sources).toMatch(/your own rating/);
    await poll(() => ext.badgeText(tabId)).toBe('R');

    // Reset: the datasets' rating is back.
    await options.getByRole('button', { name: /Reset to the datasets/ }).click();
    await poll(() => options.getByTestId('sources-status').textContent()).toMatch(/back to the datasets/);
    expect((await popupLean(tabId)).lean).toBe('lean-left');
    await options.close();
    await article.close();
  });
});

const GOOD_AND_BAD = [
  'name,domains,bias,factuality,country',
  'Riverside Ledger,riverside-ledger.example,center,high,US',
  'Bad Lean,badlean.example,sideways,high,US',
  'Second Ledger,riverside-ledger.example,left,,US',
].join('\n');

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

describe('an import with bad rows', () => {
  it('reports each bad row with its line and reason, and a file that is not a ratings file keeps the old data', async () => {
    const page = await openOptionsAt('#imports');
    await chooseFile(page, 'ledger-ratings.csv', GOOD_AND_BAD);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe(
      '1 outlets can be imported; 2 rows will be skipped.',
    );
    const rows = await preview.locator('tbody tr').allTextContents();
    expect(rows[0]).toMatch(/line 3.*sideways/);
    expect(rows[1]).toMatch(/line 4.*duplicate domain "riverside-ledger.example"/);
    await page.getByRole('button', { name: 'Apply the import' }).click();
    await poll(() => page.getByTestId('imports-status').textContent()).toMatch(/Imported 1 outlets/);
    await poll(() => page.getByTestId('imported-datasets').textContent()).toMatch(
      /ledger-ratings.csv: 1 outlets/,
    );

    // Not a ratings file: refused whole, with the reason; the earlier import stays.
    await chooseFile(page, 'ledger-ratings.csv', 'title,author\nA story,Someone\n');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await poll(() => page.getByTestId('imports-status').textContent()).toMatch(
      /Not imported; your ratings are unchanged\. .*header lacks/,
    );
    expect(await page.getByRole('button', { name: 'Apply the import' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('imported-datasets').textContent()).toMatch(
      /ledger-ratings.csv: 1 outlets/,
    );

    await page.goto(
      `chrome-extension://${ext.extensionId}/options.html#sources?domain=riverside-ledger.example`,
    );
    await poll(() => page.locator('.source-name').allTextContents()).toEqual(['Riverside Ledger']);
    await page.close();
  });
});

describe('reading balance', () => {
  it('is off until turned on, then charts the lean of the articles the popup reported on', async () => {
    const settings = await openOptionsAt('#settings');
    await settings.getByLabel(/Reading balance: remember/).check();
    await poll(() => settings.getByTestId('settings-status').textContent()).toBe('Saved.');
    await settings.close();

    const article = await ext.context.newPage();
    await article.goto(newsroom.articleUrl(featuredArticle));
    await (await openPopupFor(ext, await ext.tabIdOf(article))).close();
    await article.close();

    const page = await openOptionsAt('#balance');
    await poll(() => page.getByTestId('balance-totals').textContent()).toBe(
      '1 articles recorded: 1 from the left, 0 from the center, 0 from the right.',
    );
    expect(await page.getByRole('img', { name: /Lean of what you read/ }).count()).toBe(1);
    expect(await page.getByTestId('balance-top').textContent()).toMatch(/The New York Times: 1 articles/);
    await page.close();
  });
});

describe('accessibility', () => {
  it.each(['#sources', '#imports', '#feeds', '#settings', '#balance'])(
    '%s has no serious or critical axe violation and fits at double zoom',
    async (hash) => {
      const page = await openOptionsAt(hash);
      await page.locator('main section h2').first().waitFor();
      await page.waitForTimeout(300);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // 200% zoom of the 1280 px window: the page reflows, nothing needs sideways scrolling.
      await page.setViewportSize({ width: 640, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});
