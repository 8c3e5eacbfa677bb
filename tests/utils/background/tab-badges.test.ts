import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutletClue } from '../../../utils/background/outlet-directory';
import { TabBadges } from '../../../utils/background/tab-badges';
import type { OutletCard } from '../../../utils/messages';
import { card } from './outlet-fixtures';

const OUTLETS: Record<string, OutletCard> = {
  'www.cnn.com': card('CNN', 'cnn.com', 'lean-left'),
  'www.foxnews.com': card('Fox News', 'foxnews.com', 'right'),
  'www.reuters.com': card('Reuters', 'reuters.com', 'center'),
  'www.example-mixed.com': card('Mixed Outlet', 'example-mixed.com', 'mixed'),
};

function findOutlet(clue: OutletClue): Promise<OutletCard | null> {
  // Like the real lookup: the canonical URL wins over the page URL, the publisher is the last resort.
  const host = new URL(clue.canonicalUrl ?? clue.url).hostname;
  const byPublisher = Object.values(OUTLETS).find((outlet) => outlet.name === clue.publisher);
  return Promise.resolve(OUTLETS[host] ?? byPublisher ?? null);
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const hints = (url: string, more: { canonicalUrl?: string; publisher?: string } = {}) => ({
  url,
  canonicalUrl: more.canonicalUrl ?? null,
  siteName: null,
  publisher: more.publisher ?? null,
  isArticle: true,
});

describe('TabBadges', () => {
  let enabled: boolean;
  let badges: TabBadges;

  beforeEach(() => {
    fakeBrowser.reset();
    enabled = true;
    badges = new TabBadges({
      action: fakeBrowser.action,
      findOutlet,
      badgeEnabled: async () => enabled,
      titleFor: (outlet) => (outlet ? `Parallax: ${outlet.name}` : 'Parallax'),
    });
  });

  it('labels a tab with its outlet’s lean and colour, and says who in the tooltip', async () => {
    await badges.navigated(1, 'https://www.cnn.com/2026/01/01/politics/x/index.html');
    expect(await badge(1)).toBe('LL');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual([37, 99, 235, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe('Parallax: CNN');
  });

  it('follows navigation to another outlet and to a non-news site', async () => {
    await badges.navigated(1, 'https://www.cnn.com/a');
    await badges.navigated(1, 'https://www.foxnews.com/politics/b');
    expect(await badge(1)).toBe('R');
    await badges.navigated(1, 'https://www.wikipedia.org/');
    expect(await badge(1)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe('Parallax');
  });

  it('keeps each tab’s own badge across tab switches', async () => {
    await badges.navigated(1, 'https://www.cnn.com/a');
    await badges.navigated(2, 'https://www.reuters.com/world/b');
    expect([await badge(1), await badge(2)]).toEqual(['LL', 'C']);
  });

  it('labels a prerendered tab that replaces another, and forgets the old one', async () => {
    await badges.navigated(1, 'https://www.cnn.com/a');
    await badges.replaced(5, 1, 'https://www.foxnews.com/b');
    expect(await badge(5)).toBe('R');
    expect(badges.knows(1)).toBe(false);
  });

  it('refines the badge with the page’s canonical URL or publisher', async () => {
    const amp = 'https://amp-cache.example.org/c/www.reuters.com/x';
    await badges.navigated(3, amp);
    expect(await badge(3)).toBe('');
    await badges.hinted(3, hints(amp, { canonicalUrl: 'https://www.reuters.com/x' }));
    expect(await badge(3)).toBe('C');
    await badges.navigated(4, 'https://syndication.example.net/story');
    await badges.hinted(4, hints('https://syndication.example.net/story', { publisher: 'Fox News' }));
    expect(await badge(4)).toBe('R');
  });

  it('keeps hints through a back/forward return to the same page, and drops them on another page', async () => {
    const amp = 'https://amp-cache.example.org/c/www.reuters.com/x';
    await badges.navigated(3, amp);
    await badges.hinted(3, hints(amp, { canonicalUrl: 'https://www.reuters.com/x' }));
    await badges.navigated(3, amp);
    expect(await badge(3)).toBe('C');
    await badges.navigated(3, 'https://amp-cache.example.org/c/other');
    expect(await badge(3)).toBe('');
  });

  it('ignores hints from a page the tab has already left', async () => {
    await badges.navigated(1, 'https://www.cnn.com/a');
    await badges.navigated(1, 'https://www.wikipedia.org/');
    await badges.hinted(1, hints('https://www.cnn.com/a', { publisher: 'Fox News' }));
    expect(await badge(1)).toBe('');
  });

  it('never lets a slow lookup for an old page overwrite the new page’s badge', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing = new TabBadges({
      action: fakeBrowser.action,
      findOutlet: async (clue) => {
        if (clue.url.includes('cnn')) await slow;
        return findOutlet(clue);
      },
      badgeEnabled: async () => true,
      titleFor: () => 'Parallax',
    });
    const first = racing.navigated(1, 'https://www.cnn.com/a');
    await racing.navigated(1, 'https://www.foxnews.com/b');
    release();
    await first;
    expect(await badge(1)).toBe('R');
  });

  it('shows ? for a known outlet with a mixed lean', async () => {
    await badges.navigated(1, 'https://www.example-mixed.com/a');
    expect(await badge(1)).toBe('?');
  });

  it('clears every badge when the reader turns the setting off, and restores them when on', async () => {
    await badges.navigated(1, 'https://www.cnn.com/a');
    enabled = false;
    await badges.refreshAll();
    expect(await badge(1)).toBe('');
    enabled = true;
    await badges.refreshAll();
    expect(await badge(1)).toBe('LL');
  });

  it('shows no badge on browser pages', async () => {
    await badges.navigated(1, 'chrome://settings/');
    expect(await badge(1)).toBe('');
  });
});
