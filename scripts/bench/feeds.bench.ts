/**
 * Coverage cache benchmark (`npm run bench`): a full refresh of 300 generated feeds of 50 items
 * each through the extension's own refresher (fetch → decode → parse → clean up → store), on
 * fake-indexeddb in Node, with an in-memory fetch so the network does not count. Prints CPU time
 * (process.cpuUsage, target < 5 s), wall time, the parse share, bytes stored per item, and the
 * cost of a refresh in which every feed answers 304.
 */
import 'fake-indexeddb/auto';
import { countItems, listItems } from '../../utils/db/items';
import { openParallaxDb } from '../../utils/db/open';
import { parseFeed } from '../../utils/feeds/parse';
import { refreshFeeds } from '../../utils/feeds/refresh';

const FEEDS = 300;
const ITEMS = 50;
const CPU_TARGET_S = 5;

const WORDS =
  'senate budget vote president election court ruling climate summit trade tariffs inflation report war ceasefire talks minister resigns protest police city council health vaccine school strike market rally'.split(
    ' ',
  );
const pick = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');

function feedXml(feed: number, now: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const published = new Date(now - (feed * ITEMS + i) * 20_000).toUTCString();
    return `<item><title>${pick(feed + i, 9)}</title><link>https://outlet${feed}.example/news/${i}-${pick(i, 3).replaceAll(' ', '-')}?utm_source=rss</link><description><![CDATA[<p>${pick(feed * i, 40)}</p><p><a href="https://outlet${feed}.example/">More</a></p>]]></description><pubDate>${published}</pubDate><guid isPermaLink="false">${feed}-${i}</guid></item>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet ${feed}</title><link>https://outlet${feed}.example/</link><language>en</language>${items}</channel></rss>`;
}

const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
};

async function main(): Promise<void> {
  const now = Date.now();
  const bodies = new Map(
    Array.from({ length: FEEDS }, (_, i) => [`https://outlet${i}.example/rss`, feedXml(i, now)]),
  );
  const feeds = [...bodies.keys()].map((url, i) => ({ url, outletId: `outlet${i}` }));
  const feedBytes = [...bodies.values()].reduce((sum, body) => sum + Buffer.byteLength(body), 0);
  let requests = 0;
  // An in-memory server: ETag per feed, 304 on a matching If-None-Match.
  const fakeFetch: typeof fetch = async (input, init) => {
    requests++;
    const url = String(input);
    const etag = `"${url.length}-${bodies.get(url)!.length}"`;
    if (new Headers(init?.headers).get('if-none-match') === etag) return new Response(null, { status: 304 });
    return new Response(bodies.get(url), { headers: { 'Content-Type': 'application/rss+xml', ETag: etag } });
  };

  const parseStart = process.cpuUsage();
  const encoder = new TextEncoder();
  for (const [url, body] of bodies) parseFeed(encoder.encode(body), { url });
  const parseCpu = cpuSeconds(parseStart);

  const db = await openParallaxDb('bench-feeds');
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();
  const full = await refreshFeeds(feeds, { db, fetch: fakeFetch });
  const fullCpu = cpuSeconds(cpuStart);
  const fullWall = (performance.now() - wallStart) / 1000;

  const stored = await listItems(db);
  const bytesPerItem =
    stored.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(item)), 0) / stored.length;

  requests = 0;
  cpuStart = process.cpuUsage();
  wallStart = performance.now();
  const again = await refreshFeeds(feeds, { db, fetch: fakeFetch });
  const notModifiedCpu = cpuSeconds(cpuStart);
  const notModifiedWall = (performance.now() - wallStart) / 1000;

  const verdict = fullCpu < CPU_TARGET_S ? 'within' : 'OVER';
  console.log(
    `feeds: ${FEEDS} feeds x ${ITEMS} items (${(feedBytes / 1e6).toFixed(1)} MB of RSS), fake-indexeddb, Node ${process.version}`,
  );
  console.log(
    `full refresh (fetch+parse+store): ${fullCpu.toFixed(2)} s CPU, ${fullWall.toFixed(2)} s wall, ${full.added} items stored, ${(full.added / fullCpu).toFixed(0)} items/s CPU — ${verdict} the ${CPU_TARGET_S} s target`,
  );
  console.log(
    `  of which parsing alone: ${parseCpu.toFixed(2)} s CPU (${((FEEDS * ITEMS) / parseCpu).toFixed(0)} items/s)`,
  );
  console.log(
    `bytes stored per item: ${bytesPerItem.toFixed(0)} (JSON size of the record; ${await countItems(db)} items)`,
  );
  console.log(
    `refresh where every feed answers 304: ${notModifiedCpu.toFixed(3)} s CPU, ${notModifiedWall.toFixed(3)} s wall, ${again.notModified}/${requests} not modified, ${again.added} added`,
  );
  if (full.failed.length || full.added !== FEEDS * ITEMS)
    throw new Error(`unexpected refresh result: ${JSON.stringify(full).slice(0, 300)}`);
}

await main();
