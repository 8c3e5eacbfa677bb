/**
 * `feeds fetch --out POOL.jsonl [--feed URL]...`: fetches the configured feeds (every feed of the
 * bundled dataset) or the ones named, with the extension's own fetch, parse and clean-up code,
 * and writes their items as CONTRACT.md JSONL. A failing feed is reported, never fatal.
 * Optional: `--concurrency N` (default 6), `--timeout MS` (default 30000).
 */
import { writeFileSync } from 'node:fs';
import type { CoverageItem } from '../../utils/coverage/item';
import type { FeedRef } from '../../utils/db/schema';
import { canonicalUrl } from '../../utils/feeds/canonical-url';
import { FETCH_TIMEOUT_MS, fetchFeed } from '../../utils/feeds/fetch-feed';
import { mergeDuplicate } from '../../utils/feeds/merge-duplicate';
import { REFRESH_DEFAULTS } from '../../utils/feeds/refresh';
import { runLimited } from '../../utils/feeds/run-limited';
import { bundledDataset } from '../../utils/sources/bundled';
import { CliError, parseArgs, requireFlag, writeJson } from './io';

function configuredFeeds(): FeedRef[] {
  return bundledDataset().outlets.flatMap((outlet) =>
    outlet.feeds.map((feed) => ({ url: feed.url, outletId: outlet.id })),
  );
}

/** The named feeds, each credited to the bundled outlet that lists it, or else to its host name. */
function namedFeeds(urls: string[]): FeedRef[] {
  const outletOf = new Map(configuredFeeds().map((feed) => [feed.url, feed.outletId]));
  return urls.map((url) => {
    let host = '';
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // Reported as a failed feed below.
    }
    return { url, outletId: outletOf.get(url) ?? host };
  });
}

function positiveInteger(flags: Map<string, string[]>, name: string, fallback: number): number {
  const text = flags.get(name)?.at(-1);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new CliError(`--${name} must be a positive whole number, got "${text}"`);
  return value;
}

export async function run(args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'fetch') throw new CliError('usage: feeds fetch --out POOL.jsonl [--feed URL]...');
  const { flags, positional } = parseArgs(rest);
  if (positional.length) throw new CliError(`unexpected argument "${positional[0]}"`);
  const out = requireFlag(flags, 'out');
  const concurrency = positiveInteger(flags, 'concurrency', REFRESH_DEFAULTS.concurrency);
  const timeoutMs = positiveInteger(flags, 'timeout', FETCH_TIMEOUT_MS);
  const feeds = flags.has('feed') ? namedFeeds(flags.get('feed')!) : configuredFeeds();

  const failed: { url: string; reason: string }[] = [];
  const perFeed = new Map<string, CoverageItem[]>();
  await runLimited(feeds, concurrency, async (feed) => {
    if (!canonicalUrl(feed.url)) {
      failed.push({ url: feed.url, reason: 'not an http(s) URL' });
    } else {
      const result = await fetchFeed(feed.url, { fetch, timeoutMs });
      if (result.kind === 'ok') {
        perFeed.set(
          feed.url,
          result.feed.items.map((item) => ({ id: item.url, ...item, source: feed.outletId })),
        );
      } else if (result.kind === 'failed') {
        failed.push({ url: feed.url, reason: result.error.message });
        process.stderr.write(`feeds: ${feed.url}: ${result.error.message}\n`);
      }
    }
  });

  // In the order feeds were listed, one item per canonical URL, as the extension stores them.
  const items = new Map<string, CoverageItem>();
  for (const feed of feeds) {
    for (const item of perFeed.get(feed.url) ?? []) {
      const stored = items.get(item.id);
      const write = stored ? mergeDuplicate(stored, item) : item;
      if (write) items.set(item.id, write);
    }
  }
  const lines = [...items.values()].map((item) => JSON.stringify(item));
  try {
    writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
  } catch (error) {
    throw new CliError(`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const order = new Map(feeds.map((feed, i) => [feed.url, i]));
  failed.sort((a, b) => order.get(a.url)! - order.get(b.url)!);
  process.stderr.write(`feeds: ${feeds.length} feeds, ${items.size} items, ${failed.length} failed\n`);
  writeJson({ feeds: feeds.length, items: items.size, failed });
}
