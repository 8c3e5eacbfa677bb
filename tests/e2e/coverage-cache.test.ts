/**
 * The coverage cache in a real Chromium: the built extension fetches the demo newsroom's feeds under
 * real outlet host names, stores the items in IndexedDB, and keeps them, without duplicates, across
 * worker restarts, including a worker stopped in the middle of a refresh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from '../../scripts/demo/browser';
import { type Newsroom, startNewsroom } from '../../scripts/demo/newsroom';
import { addNewsroomFeeds, refreshCoverage, subscribeToNewsroom } from '../../scripts/demo/setup';
import { demoOutlets, demoStories } from '../../scripts/demo/stories';

/** Every article of the outlets Parallax can subscribe to (the unknown outlet has no feed). */
const expectedArticles = demoStories
  .flatMap((story) => story.articles)
  .filter((article) => !demoOutlets.find((outlet) => outlet.host === article.host)?.unknown);

let newsroom: Newsroom | undefined;
let ext: ExtensionBrowser | undefined;

afterEach(async () => {
  await ext?.close();
  await newsroom?.close();
});

async function start(): Promise<{ ext: ExtensionBrowser; newsroom: Newsroom }> {
  newsroom = await startNewsroom();
  ext = await launchExtension({ hosts: newsroom.hosts });
  return { ext, newsroom };
}

const feedRequests = (room: Newsroom) => room.requests.filter((request) => request.endsWith('/feed.xml'));

describe('the coverage cache', () => {
  it('stores every demo article once, and keeps them across a worker restart and another refresh', async () => {
    const { ext, newsroom } = await start();
    await subscribeToNewsroom(ext, newsroom);

    const ids = await ext.storedItemIds();
    const stored = ids.filter((id) =>
      expectedArticles.some((article) => id.endsWith(`/news/${article.slug}`)),
    );
    expect(stored).toHaveLength(expectedArticles.length);

    await ext.stopWorker();
    await subscribeToNewsroom(ext, newsroom); // wakes the worker, adds nothing new, refreshes again
    const again = await ext.storedItemIds();
    expect(again.sort()).toEqual(ids.sort());
  });

  it('finishes a refresh that a stopped worker left in the middle, losing nothing and storing nothing twice', async () => {
    const { ext, newsroom } = await start();
    await addNewsroomFeeds(ext, newsroom); // each feed is fetched once to check it; nothing is stored yet
    const checked = feedRequests(newsroom).length;
    newsroom.setFeedDelay(5_000);
    const refreshing = refreshCoverage(ext).catch(() => 'interrupted');
    // Stop the worker once the refresh has asked for some feeds, before the slow server answered them all
    // (it runs after the first-start refresh of the bundled feeds, which all fail here: no network).
    await expect
      .poll(() => feedRequests(newsroom).length, { timeout: 120_000, interval: 100 })
      .toBeGreaterThan(checked);
    await ext.stopWorker();
    expect(await refreshing).toBe('interrupted');
    // It really was cut off: some of the articles are not stored yet.
    expect((await ext.storedItemIds()).length).toBeLessThan(expectedArticles.length);
    newsroom.setFeedDelay(0);

    // The next start of the worker (woken here by a message, as by any event) resumes the unfinished refresh.
    await ext.wakeWorker();
    await expect
      .poll(
        async () => {
          // Events keep coming in a browser; one that reached the stopping worker is lost.
          await ext.wakeWorker();
          const ids = await ext.storedItemIds();
          return expectedArticles.filter((article) => ids.some((id) => id.endsWith(`/news/${article.slug}`)))
            .length;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(expectedArticles.length);
    const ids = await ext.storedItemIds();
    expect(new Set(ids).size).toBe(ids.length);
  }, 240_000);
});
