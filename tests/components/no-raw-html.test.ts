/**
 * Headlines, summaries, outlet names and imported notes are untrusted text (SECURITY.md,
 * "Rendering"): the extension's pages render them as text through Preact, never as HTML. This
 * reads the UI's sources for any way of turning a string into markup, so one cannot slip in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const UI_FOLDERS = ['components', 'entrypoints'];
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/g;

/** The UI's source files under `folder`, as paths from the project's root. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(tsx?|html)$/.test(path))
    .map((path) => join(folder, path));
}

describe("the extension's pages", () => {
  const files = UI_FOLDERS.flatMap(sources);

  it('are read from their sources', () => {
    expect(files).toContain('entrypoints/popup/App.tsx');
  });

  it.each(files)('%s parses no string as HTML', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8').match(HTML_SINKS) ?? []).toEqual([]);
  });
});
