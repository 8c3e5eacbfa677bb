// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../../helpers/feed-server';
import {
  expectRefusal,
  jsonLines,
  jsonObject,
  PROJECT_ROOT,
  runCli,
  SPAWN_TIMEOUT_MS,
} from '../../helpers/run-cli';

let server: FeedServer;
const dir = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function expectedTitles(fixture: string): string[] {
  const expected = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'tests/fixtures/feeds', fixture, 'expected.json'), 'utf8'),
  ) as { items: { title: string }[] };
  return expected.items.map((item) => item.title);
}

describe('feeds fetch --out POOL.jsonl --feed URL...', () => {
  it(
    'writes the items of the named feeds and reports each failing feed without stopping',
    async () => {
      const out = join(dir, 'pool.jsonl');
      const feeds = [
        `${server.origin}/fixtures/rss2/feed.xml`,
        `${server.origin}/status/500`,
        `${server.origin}/gzip/atom/feed.atom`,
        'ftp://files.example/feed.xml',
      ];
      const run = await runCli(['feeds', 'fetch', '--out', out, ...feeds.flatMap((url) => ['--feed', url])]);
      expect(run.code, run.stderr).toBe(0);
      const summary = jsonObject(run.stdout);
      expect(Object.keys(summary).sort()).toEqual(['failed', 'feeds', 'items']);
      const failed = summary.failed as Record<string, unknown>[];
      expect(failed.map((failure) => failure.url)).toEqual([feeds[1], feeds[3]]);
      for (const failure of failed) {
        expect(Object.keys(failure).sort()).toEqual(['reason', 'url']);
        expect(failure.reason).toBeTypeOf('string');
        expect(failure.reason).not.toBe('');
      }

      // The pool is CONTRACT.md items: what a related or cluster run reads back.
      const items = jsonLines(readFileSync(out, 'utf8'));
      expect(summary.feeds).toBe(4);
      expect(summary.items).toBe(items.length);
      for (const item of items) {
        expect(item.id).toBeTypeOf('string');
        expect(item.title).toBeTypeOf('string');
        expect(String(item.url)).toMatch(/^https?:\/\//);
      }
      expect(items.map((item) => item.title).sort()).toEqual(
        [...expectedTitles('rss2'), ...expectedTitles('atom')].sort(),
      );
      expect(server.hits('/fixtures/rss2/feed.xml')).toBe(1);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses a call without --out or without the fetch subcommand, in one line',
    async () => {
      const [noOut, noSubcommand] = await Promise.all([
        runCli(['feeds', 'fetch', '--feed', `${server.origin}/fixtures/rss2/feed.xml`]),
        runCli(['feeds', '--out', join(dir, 'x.jsonl')]),
      ]);
      expectRefusal(noOut, '--out');
      expectRefusal(noSubcommand, 'feeds fetch');
      expect(server.hits('/fixtures/rss2/feed.xml')).toBe(1);
    },
    SPAWN_TIMEOUT_MS,
  );
});
