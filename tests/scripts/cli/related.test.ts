// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, expectRefusal, jsonLines, runCli, SPAWN_TIMEOUT_MS } from '../../helpers/run-cli';

const POOL = `${CLI_FIXTURES}/pool.jsonl`;
const QUERIES = `${CLI_FIXTURES}/queries.jsonl`;
const TRAM = ['tram-wire', 'tram-left', 'tram-right'];

describe('related --pool POOL.jsonl --queries QUERIES.jsonl', () => {
  it(
    'prints one line per query, in input order, with the same-story pool items best first',
    async () => {
      const run = await runCli(['related', '--pool', POOL, '--queries', QUERIES]);
      expect(run.code, run.stderr).toBe(0);
      const lines = jsonLines(run.stdout);
      expect(lines.map((line) => line.query)).toEqual(['q-whale', 'tram-wire', 'q-tram']);
      for (const line of lines) {
        expect(Object.keys(line).sort()).toEqual(['matches', 'query']);
        const matches = line.matches as Record<string, unknown>[];
        for (const match of matches) {
          expect(Object.keys(match).sort()).toEqual(['id', 'score']);
          expect(match.id).toBeTypeOf('string');
          expect(Number.isFinite(match.score)).toBe(true);
        }
        const scores = matches.map((match) => match.score as number);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
      const ids = (query: string) =>
        (lines.find((line) => line.query === query)!.matches as { id: string }[]).map((match) => match.id);
      expect(ids('q-whale')).toEqual(['whale']);
      expect(ids('q-tram').sort()).toEqual([...TRAM].sort());
      // The query "tram-wire" is itself in the pool: that pool item is not its own coverage.
      expect(ids('tram-wire').sort()).toEqual(['tram-left', 'tram-right']);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses a pool with a bad line, naming the file and the line',
    async () => {
      const [badJson, missingFlag] = await Promise.all([
        runCli(['related', '--pool', '-', '--queries', QUERIES], '{"id":"a","title":"ok"}\n{"id":"b",\n'),
        runCli(['related', '--pool', POOL]),
      ]);
      expectRefusal(badJson, '-:2', 'not valid JSON');
      expectRefusal(missingFlag, '--queries');
    },
    SPAWN_TIMEOUT_MS,
  );
});
