// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CLI_FIXTURES,
  expectRefusal,
  jsonObject,
  PROJECT_ROOT,
  runCli,
  SPAWN_TIMEOUT_MS,
} from '../../helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each fixture holds Harbor Gazette, Plains Report (or a second good row) and one bad row.
const CASES = [
  { format: 'mbfc', file: 'mbfc.json', imported: 2, error: { index: 1 }, reason: 'sideways' },
  { format: 'allsides', file: 'allsides.csv', imported: 2, error: { line: 3 }, reason: 'formula' },
  { format: 'csv', file: 'ratings.csv', imported: 2, error: { line: 3 }, reason: 'leftish' },
  { format: 'json', file: 'ratings.json', imported: 1, error: { index: 1 }, reason: 'bias.score' },
] as const;

describe('import --format F FILE --out OUT.json', () => {
  it(
    'writes the dataset for each format and prints the counts and each skipped row',
    async () => {
      const runs = await Promise.all(
        CASES.map(({ format, file }) =>
          runCli([
            'import',
            '--format',
            format,
            `${CLI_FIXTURES}/import/${file}`,
            '--out',
            join(dir, `${format}.json`),
          ]),
        ),
      );
      CASES.forEach(({ format, imported, error, reason }, i) => {
        const run = runs[i]!;
        expect(run.code, `${format}: ${run.stderr}`).toBe(0);
        const summary = jsonObject(run.stdout);
        expect(Object.keys(summary).sort(), format).toEqual(['errors', 'imported', 'skipped']);
        expect(summary, format).toMatchObject({ imported, skipped: 1 });
        const errors = summary.errors as Record<string, unknown>[];
        expect(errors, format).toHaveLength(1);
        expect(Object.keys(errors[0]!).sort(), format).toEqual([...Object.keys(error), 'reason'].sort());
        expect(errors[0], format).toMatchObject(error);
        expect(errors[0]!.reason, format).toContain(reason);

        const dataset = JSON.parse(readFileSync(join(dir, `${format}.json`), 'utf8'));
        expect(dataset.schema, format).toBe(1);
        expect(dataset.outlets, format).toHaveLength(imported);
        expect(dataset.outlets[0], format).toMatchObject({
          name: 'Harbor Gazette',
          domains: ['harborgazette.example'],
          bias: { label: 'lean-left' },
        });
      });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses a file that is not of the format, in one line naming the file and line, and writes nothing',
    async () => {
      const out = join(dir, 'refused.json');
      const broken = `${CLI_FIXTURES}/import/broken.json`;
      const [notJson, badFormat, missingOut] = await Promise.all([
        runCli(['import', '--format', 'json', broken, '--out', out]),
        runCli(['import', '--format', 'xml', broken, '--out', out]),
        runCli(['import', '--format', 'csv', `${CLI_FIXTURES}/import/ratings.csv`]),
      ]);
      expectRefusal(notJson, 'broken.json', 'line 3');
      expectRefusal(badFormat, '--format', 'xml');
      expectRefusal(missingOut, '--out');
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(PROJECT_ROOT, 'undefined'))).toBe(false);
    },
    SPAWN_TIMEOUT_MS,
  );
});
