/**
 * The Firefox MV3 build, as addons.mozilla.org and a Firefox user would meet it: it passes
 * Mozilla's linter with no errors, and it installs in Firefox ESR (headless, `web-ext run`),
 * where Firefox accepts its manifest without warnings and its background script runs without
 * an uncaught error. Firefox runs in a fresh profile that cannot reach the network.
 * Needs `wxt build -b firefox` first.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmd, type LintMessage } from 'web-ext';
import { FIREFOX_CANDIDATES, findFirefox } from '../../scripts/firefox/find-firefox';
import { isBrowserServiceRequest } from '../../scripts/firefox/offline-prefs';
import { installTemporarily } from '../../scripts/firefox/temporary-install';

const BUILD = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

const where = (message: LintMessage) =>
  `${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''}: ${message.message}`;

const firefox = findFirefox();
// CI installs Firefox ESR, so there a missing Firefox is a failure, not a skip.
const firefoxRequired = Boolean(process.env.CI);
if (!firefox && !firefoxRequired) {
  console.warn(
    `Skipping the Firefox install test: no Firefox at ${FIREFOX_CANDIDATES.join(' or ')} ` +
      '(apt-get install firefox-esr, or set PARALLAX_FIREFOX to a Firefox binary).',
  );
}

describe('the Firefox MV3 build', () => {
  // A copy, so that a rebuild running meanwhile cannot change the build under test.
  let build = '';
  let geckoId = '';
  beforeAll(async () => {
    if (!existsSync(join(BUILD, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${BUILD}: run \`npx wxt build -b firefox\` first.`);
    }
    build = await mkdtemp(join(tmpdir(), 'parallax-firefox-build-'));
    await cp(BUILD, build, { recursive: true });
    const manifest = JSON.parse(await readFile(join(build, 'manifest.json'), 'utf8'));
    geckoId = manifest.browser_specific_settings?.gecko?.id;
  });
  afterAll(async () => {
    if (build) await rm(build, { recursive: true, force: true });
  });

  it('passes web-ext lint with no errors', { timeout: 120_000 }, async () => {
    const result = await cmd.lint({ sourceDir: build, output: 'none' }, { shouldExitProgram: false });
    expect(result.errors.map(where)).toEqual([]);
  });

  it.runIf(firefox || firefoxRequired)(
    'installs in Firefox ESR as a temporary add-on, and its background runs without errors',
    { timeout: 90_000 },
    async () => {
      if (!firefox)
        throw new Error(`CI is set but no Firefox is installed at ${FIREFOX_CANDIDATES.join(' or ')}`);
      const report = await installTemporarily({ sourceDir: build, firefoxBinary: firefox });

      expect(typeof geckoId).toBe('string');
      expect(report.addons.map((addon) => addon.id)).toEqual([geckoId]);
      const [addon] = report.addons;
      // Firefox checks the manifest against its own schema, the ESR's, not the linter's.
      expect(addon?.warnings).toEqual([]);
      expect(addon?.backgroundScriptStatus).toBe('RUNNING');
      expect(report.extensionErrors).toEqual([]);
      // The profile keeps Firefox's own services quiet (the trap would stop them anyway); what
      // the extension itself fetches is the privacy test's business.
      expect(report.attemptedRequests.filter(isBrowserServiceRequest)).toEqual([]);
    },
  );
});
