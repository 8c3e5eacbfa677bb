import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineEnv, offlinePrefs } from './offline-prefs';
import { type AddonDescriptor, listAddons } from './rdp';
import { startRequestTrap } from './request-trap';

/**
 * Installs a built extension in a real, headless Firefox the way a developer does, with
 * `web-ext run`, in a throwaway profile that cannot reach the network, and reports what Firefox
 * made of it. web-ext runs as a CLI in its own process group so that Firefox and all its child
 * processes stop with it, even when the install fails.
 */
export interface TemporaryInstallOptions {
  sourceDir: string;
  firefoxBinary: string;
  /** How long to keep watching after the install, for errors the background throws later. */
  settleMs?: number;
  /** Give up when Firefox has not installed the add-on by then. */
  timeoutMs?: number;
}

export interface TemporaryInstallReport {
  /** The temporarily installed add-ons as Firefox lists them, with its manifest warnings. */
  addons: AddonDescriptor[];
  /** Uncaught errors in the extension's own scripts, as Firefox printed them. */
  extensionErrors: string[];
  /** Every request Firefox tried to make; the trap refused them all. */
  attemptedRequests: string[];
  /** From launching web-ext to Firefox confirming the install. */
  installMs: number;
}

const WEB_EXT = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));
const INSTALLED = /Installed .* as a temporary add-on/;
// web-ext logs Firefox's stderr in chunks, so an error can start any line of the log.
const EXTENSION_ERROR = /JavaScript error: (moz-extension:\/\/.*)$/;
const DEBUGGER_PORT = /-start-debugger-server (\d+)/;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function webExtArgs(sourceDir: string, firefoxBinary: string, profile: string, proxyPort: number): string[] {
  const prefs = Object.entries(offlinePrefs(proxyPort)).map(([name, value]) => `--pref=${name}=${value}`);
  return [
    WEB_EXT,
    'run',
    '--no-config-discovery',
    `--source-dir=${sourceDir}`,
    `--firefox=${firefoxBinary}`,
    // Our own empty profile, so nothing is left in /tmp however Firefox ends.
    `--firefox-profile=${profile}`,
    '--profile-create-if-missing',
    '--keep-profile-changes',
    '--no-input',
    '--no-reload',
    '--verbose',
    '--arg=-headless',
    ...prefs,
  ];
}

/** The lines web-ext logs, with a way to wait for one. */
function collectLog(child: ChildProcess) {
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let exitCode: number | null | undefined;
  let partial = '';
  const onData = (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const closed = new Promise<void>((resolve) =>
    child.once('close', (code) => {
      lines.push(partial);
      exitCode = code;
      for (const listener of listeners) listener();
      resolve();
    }),
  );

  /** web-ext's errors, or else its last lines: what a developer needs to see why it failed. */
  function tail(): string {
    const errors = lines.filter((line) => /^\w*Error: /.test(line));
    return (errors.length > 0 ? errors : lines.slice(-20)).join('\n');
  }

  /** Resolves when a line matches; rejects when web-ext exits first or time runs out. */
  function waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error?: Error) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (lines.some((line) => pattern.test(line))) settle();
        else if (exitCode !== undefined) {
          settle(new Error(`web-ext exited (code ${exitCode}) before the add-on was installed:\n${tail()}`));
        }
      };
      const timer = setTimeout(
        () => settle(new Error(`Firefox did not install the add-on within ${timeoutMs} ms:\n${tail()}`)),
        timeoutMs,
      );
      listeners.add(check);
      check();
    });
  }

  return { lines, waitFor, closed };
}

/** Stops web-ext, Firefox and Firefox's child processes: the whole process group. */
async function stopGroup(child: ChildProcess, closed: Promise<void>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!groupAlive()) break;
    process.kill(-pid, signal);
    for (let waited = 0; waited < 5_000 && groupAlive(); waited += 100) await delay(100);
  }
  await Promise.race([closed, delay(1_000)]);
}

export async function installTemporarily(options: TemporaryInstallOptions): Promise<TemporaryInstallReport> {
  const { sourceDir, firefoxBinary, settleMs = 3_000, timeoutMs = 45_000 } = options;
  const trap = await startRequestTrap();
  const profile = await mkdtemp(join(tmpdir(), 'parallax-firefox-'));
  const child = spawn(process.execPath, webExtArgs(sourceDir, firefoxBinary, profile, trap.port), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...offlineEnv },
  });
  const log = collectLog(child);
  try {
    const started = Date.now();
    await log.waitFor(INSTALLED, timeoutMs);
    const installMs = Date.now() - started;
    await delay(settleMs);
    const port = Number(log.lines.map((line) => DEBUGGER_PORT.exec(line)?.[1]).find(Boolean));
    if (!port) throw new Error('web-ext did not log the port of Firefox’s debugger server');
    const addons = (await listAddons(port)).filter((addon) => addon.temporarilyInstalled);
    const extensionErrors = log.lines.flatMap((line) => EXTENSION_ERROR.exec(line)?.[1] ?? []);
    return { addons, extensionErrors, attemptedRequests: [...trap.attempts], installMs };
  } finally {
    await stopGroup(child, log.closed);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    await trap.close();
  }
}
