/**
 * Runs the real command line (`scripts/cli.ts`) in a child process, as a user or a benchmark
 * would, for the contract tests of tests/scripts/cli. `node --import tsx` starts faster than
 * `npm run`. The child is spawned asynchronously so a server in the test's own process (the
 * feed server) keeps answering while the command runs.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of the CLI's own fixtures, as a path the child (run from the project root) can read. */
export const CLI_FIXTURES = 'tests/fixtures/cli';

/**
 * A spawn takes about a second on an idle machine and up to ~20 s (analyze and extract load jsdom)
 * on a shared 2-core machine under load: a test that spawns allows this much.
 */
export const SPAWN_TIMEOUT_MS = 60_000;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    // A debug stack trace would hide whether the one-line reason stands on its own.
    delete env.PARALLAX_DEBUG;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Stdout as JSONL: every line must be one JSON object (nothing else may reach stdout). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n'), 'stdout ends with a newline').toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const value: unknown = JSON.parse(line);
      expect(value, `a JSONL line is an object: ${line}`).toBeTypeOf('object');
      expect(Array.isArray(value) || value === null).toBe(false);
      return value as Record<string, unknown>;
    });
}

/** Stdout as one JSON object on one line. */
export function jsonObject(stdout: string): Record<string, unknown> {
  const lines = jsonLines(stdout);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/**
 * A refusal as CONTRACT.md wants it: a non-zero exit, nothing on stdout and one line on stderr
 * that says what was wrong (each of `mentions`) without a stack trace.
 */
export function expectRefusal(run: CliRun, ...mentions: (string | RegExp)[]): void {
  expect(run.code, run.stderr).not.toBe(0);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  for (const mention of mentions) {
    if (typeof mention === 'string') expect(lines[0]).toContain(mention);
    else expect(lines[0]).toMatch(mention);
  }
}
