// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, expectRefusal, jsonLines, runCli, SPAWN_TIMEOUT_MS } from '../../helpers/run-cli';

describe('cluster --pool POOL.jsonl', () => {
  it(
    'prints one {id, story} line per item, in input order; items of one story share the string',
    async () => {
      const run = await runCli(['cluster', '--pool', `${CLI_FIXTURES}/pool.jsonl`]);
      expect(run.code, run.stderr).toBe(0);
      const lines = jsonLines(run.stdout);
      for (const line of lines) {
        expect(Object.keys(line).sort()).toEqual(['id', 'story']);
        expect(line.story).toBeTypeOf('string');
      }
      expect(lines.map((line) => line.id)).toEqual([
        'tram-wire',
        'tram-left',
        'tram-right',
        'whale',
        'chess',
      ]);
      const story = Object.fromEntries(lines.map((line) => [line.id, line.story]));
      expect(story['tram-left']).toBe(story['tram-wire']);
      expect(story['tram-right']).toBe(story['tram-wire']);
      expect(new Set([story['tram-wire'], story.whale, story.chess]).size).toBe(3);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses an item without a string title, naming the file and the line',
    async () => {
      const run = await runCli(
        ['cluster', '--pool', '-'],
        '{"id":"a","title":"ok"}\n\n{"id":"b","title":7}\n',
      );
      expectRefusal(run, '-:3', '"title"');
    },
    SPAWN_TIMEOUT_MS,
  );
});
