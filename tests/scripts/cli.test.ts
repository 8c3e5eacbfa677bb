// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runCli, SPAWN_TIMEOUT_MS } from '../helpers/run-cli';

describe('the CLI dispatcher', () => {
  it(
    'refuses an unknown command with its name first on stderr and nothing on stdout',
    async () => {
      const run = await runCli(['summarise', '--pool', 'x.jsonl']);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toBe('unknown command "summarise"');
      // The usage that follows lists every command of CONTRACT.md.
      for (const command of ['related', 'cluster', 'extract', 'source', 'import', 'analyze', 'feeds']) {
        expect(run.stderr).toContain(command);
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});
