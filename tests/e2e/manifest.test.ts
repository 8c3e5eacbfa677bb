/**
 * The built extension, as a store reviewer or an attacker reads it (SECURITY.md, "Rendering" and
 * "Messages"): the extension pages run only the extension's own scripts, no web page or other
 * extension may message it, the pages expose no file to the web, and no code is fetched or
 * evaluated at run time. Needs `wxt build` and `wxt build -b firefox` first (`npm run test:e2e`
 * runs both).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const OUTPUT = fileURLToPath(new URL('../../.output', import.meta.url));

interface BuiltManifest {
  content_security_policy?: { extension_pages?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  permissions?: string[];
}

/** The files under `dir` whose names end with `extension`, as full paths. */
function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(extension))
    .map((path) => join(dir, path));
}

/** A CSP's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) byName.set(name.toLowerCase(), sources);
  }
  return byName;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const build = join(OUTPUT, target);
  const read = (): BuiltManifest => {
    const path = join(build, 'manifest.json');
    if (!existsSync(path))
      throw new Error(`No build at ${build}: run \`npm run test:e2e\` (it builds first).`);
    return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
  };

  it("lets extension pages run the extension's own scripts only", () => {
    const policy = directives(read().content_security_policy?.extension_pages ?? '');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('accepts no message from web pages or other extensions, and exposes no file to pages', () => {
    const manifest = read();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Narrow API permissions: no cookies, history, scripting, webRequest, downloads or the like.
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'storage', 'tabs', 'unlimitedStorage']);
  });

  it('loads every script and stylesheet of its pages from the package itself', () => {
    const pages = filesUnder(build, '.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const references = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map(
        (m) => m[1],
      );
      const remote = references.filter((url) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url ?? ''));
      expect(remote, relative(build, page)).toEqual([]);
    }
  });

  it('neither evaluates strings as code nor imports code from the network', () => {
    const scripts = filesUnder(build, '.js');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = readFileSync(script, 'utf8');
      const found = code.match(
        /(?<![\w$.])eval\(|new Function\(|importScripts\(|import\(\s*["'`]https?:|setTimeout\(\s*["'`]/g,
      );
      expect(found ?? [], relative(build, script)).toEqual([]);
    }
  });
});
