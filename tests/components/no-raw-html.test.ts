/**
 * Headlines, summaries, outlet names and imported notes are untrusted text (SECURITY.md,
 * "Rendering"): the extension's pages render them as text through Preact, never as HTML. This
 * reads the UI's sources for any way of turning a string into markup, so one cannot slip in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const UI_FOLDERS = ['components', 'entrypoints'];
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(tsx?|html)$/.test(entry.name) ? [path] : [];
  });
}

describe("the extension's pages", () => {
  const files = UI_FOLDERS.flatMap((folder) => sources(join(ROOT, folder)));

  it('are read from their sources', () => {
    expect(files.map((file) => relative(ROOT, file))).toContain('entrypoints/popup/App.tsx');
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s parses no string as HTML', (_name, file) => {
    expect(readFileSync(file, 'utf8').match(HTML_SINKS) ?? []).toEqual([]);
  });
});
