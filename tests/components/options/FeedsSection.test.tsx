import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { FeedsSection } from '../../../components/options/FeedsSection';
import type { FeedRow } from '../../../utils/messages';
import { installEnglishMessages } from '../i18n-stub';
import { fakeSend, settle } from './fake-send';

beforeEach(() => installEnglishMessages());

const healthy: FeedRow = {
  url: 'https://www.cnn.com/rss',
  outletId: 'cnn',
  outletName: 'CNN',
  readerAdded: false,
  enabled: true,
  status: {
    url: 'https://www.cnn.com/rss',
    outletId: 'cnn',
    consecutiveFailures: 0,
    lastSuccessAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    items: 40,
    bytes: 52_000,
  },
};
const failing: FeedRow = {
  url: 'https://www.bbc.com/rss',
  outletId: 'bbc-news',
  outletName: 'BBC News',
  readerAdded: true,
  enabled: false,
  status: {
    url: 'https://www.bbc.com/rss',
    outletId: 'bbc-news',
    consecutiveFailures: 2,
    lastError: { at: new Date(Date.now() - 60_000).toISOString(), message: 'HTTP 503' },
  },
};

function setup(addAnswer: unknown) {
  const fake = fakeSend({
    'feeds:list': () => ({ feeds: [healthy, failing] }),
    'feeds:add': () => addAnswer,
    'feeds:set-enabled': () => ({ ok: true }),
    'coverage:refresh': () => ({ ok: true }),
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<FeedsSection send={fake.send} locale="en" />, root);
  return { root, ...fake };
}

async function addFeed(root: HTMLElement, url: string) {
  const input = root.querySelector('#feed-url') as HTMLInputElement;
  input.value = url;
  input.dispatchEvent(new Event('input'));
  await settle();
  (input.closest('form') as HTMLFormElement).requestSubmit();
  await settle();
}

describe('Feeds', () => {
  it('lists each feed’s health: last success, items and size, or the last error', async () => {
    const { root } = setup(null);
    await settle();
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(rows[0]).toContain('Last fetched 3 h ago');
    expect(rows[0]).toContain('40 articles, 51 kB');
    expect(rows[1]).toContain('Failed 1 min ago: HTTP 503');
    expect(rows[1]).toContain('added by you');
    expect(root.textContent).toContain('2 feeds, 1 with errors');
    const [on, off] = [...root.querySelectorAll('tbody input[type=checkbox]')] as HTMLInputElement[];
    expect([on?.checked, off?.checked]).toEqual([true, false]);
  });

  it('adds a feed only after the background fetched it, and says why it refused one', async () => {
    const refused = setup({ ok: false, reason: 'not added: the answer is an HTML page, not a feed' });
    await addFeed(refused.root, 'https://www.cnn.com/');
    expect(refused.calls.find((c) => c.type === 'feeds:add')?.payload).toEqual({
      url: 'https://www.cnn.com/',
      outletId: null,
    });
    expect(refused.root.querySelector('[data-testid=feeds-status]')?.textContent).toBe(
      'Not added: not added: the answer is an HTML page, not a feed',
    );

    const added = setup({
      ok: true,
      items: 12,
      feed: { ...healthy, url: 'https://www.cnn.com/new.xml', readerAdded: true },
    });
    await addFeed(added.root, 'https://www.cnn.com/new.xml');
    expect(added.root.querySelector('[data-testid=feeds-status]')?.textContent).toBe(
      'Added a feed of CNN (12 articles in it now).',
    );
  });

  it('turns a feed off', async () => {
    const { root, calls } = setup(null);
    await settle();
    (root.querySelector('tbody input[type=checkbox]') as HTMLInputElement).click();
    await settle();
    expect(calls.find((c) => c.type === 'feeds:set-enabled')?.payload).toEqual({
      url: healthy.url,
      enabled: false,
    });
    expect(root.querySelector('[data-testid=feeds-status]')?.textContent).toBe(
      'Parallax no longer reads https://www.cnn.com/rss.',
    );
  });
});
