// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, expectRefusal, jsonObject, runCli, SPAWN_TIMEOUT_MS } from '../../helpers/run-cli';

const URL = 'https://www.washingtonpost.com/local/2026/05/12/lakeport-tram/';
const PAGE = `${CLI_FIXTURES}/article.html`;
const POOL = `${CLI_FIXTURES}/pool.jsonl`;

describe('analyze --url URL FILE.html --pool POOL.jsonl', () => {
  it(
    "prints the popup's framing report as one JSON object",
    async () => {
      const run = await runCli(['analyze', '--url', URL, PAGE, '--pool', POOL]);
      expect(run.code, run.stderr).toBe(0);
      const report = jsonObject(run.stdout);
      for (const key of [
        'article',
        'counts',
        'coverage',
        'unrated',
        'distribution',
        'blindspot',
        'factualityMix',
        'ownershipMix',
        'countryMix',
        'firstReported',
        'framingTerms',
        'headlineOnlyTerms',
        'omittedFacts',
        'summary',
        'similarStories',
      ]) {
        expect(report, key).toHaveProperty(key);
      }
      expect(report.article).toMatchObject({
        url: URL,
        title: 'Lakeport approves Harbor Avenue tram in 6-3 council vote',
        outlet: { id: 'washington-post' },
      });
      // The coverage is the tram story of the pool, never the unrelated items.
      const coverage = report.coverage as Record<string, { id: string }[]>;
      const shown = [...Object.values(coverage).flat(), ...(report.unrated as { id: string }[])];
      expect(shown.map((article) => article.id).sort()).toEqual(['tram-left', 'tram-right', 'tram-wire']);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses a bad pool line in one line naming the file and the line',
    async () => {
      const run = await runCli(
        ['analyze', '--url', URL, PAGE, '--pool', '-'],
        '{"id":"a","title":"ok"}\n[1,2]\n',
      );
      expectRefusal(run, '-:2', 'JSON object');
    },
    SPAWN_TIMEOUT_MS,
  );
});
