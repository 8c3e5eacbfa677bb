import { vi } from 'vitest';
import { createOptionsHandler, type OptionsDeps } from '../../../utils/background/options-handler';
import { openParallaxDb } from '../../../utils/db';
import type { OptionsMessage, OptionsProtocol, OptionsType } from '../../../utils/messages';
import { type FeedPrefs, parseFeedPrefs } from '../../../utils/storage';

let databases = 0;

export const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Demo</title>
<item><title>One</title><link>https://www.cnn.com/2026/01/01/one.html</link></item>
<item><title>Two</title><link>https://www.cnn.com/2026/01/01/two.html</link></item>
</channel></rss>`;

/** The options handler on a fresh fake-indexeddb database, with in-memory feed prefs and a fake fetch. */
export async function optionsHarness(overrides: Partial<OptionsDeps> = {}) {
  const db = openParallaxDb(`options-test-${++databases}`);
  let prefs: FeedPrefs = { added: [], disabled: [] };
  const ratingsChanged = vi.fn(async () => undefined);
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = String(input);
    if (url.endsWith('/html'))
      return new Response('<!doctype html><html><body>hi</body></html>', {
        headers: { 'content-type': 'text/html' },
      });
    if (url.endsWith('/missing')) return new Response('gone', { status: 404 });
    return new Response(RSS, { headers: { 'content-type': 'application/rss+xml' } });
  });
  const deps: OptionsDeps = {
    db: () => db,
    ratingsChanged,
    feedPrefs: async () => prefs,
    updateFeedPrefs: async (change) => {
      prefs = parseFeedPrefs(change(prefs));
      return prefs;
    },
    fetch: fetch as unknown as typeof globalThis.fetch,
    now: () => new Date('2026-03-04T12:00:00Z'),
    ...overrides,
  };
  const handle = createOptionsHandler(deps);
  const send = <K extends OptionsType>(type: K, payload: OptionsProtocol[K]['payload']) =>
    handle({ type, payload } as OptionsMessage) as Promise<OptionsProtocol[K]['response']>;
  return { send, db: await db, ratingsChanged, fetch, prefs: () => prefs };
}
