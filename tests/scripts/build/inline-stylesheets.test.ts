// @vitest-environment node
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlineStylesheetLinks, inlineStylesheets } from '../../../scripts/build/inline-stylesheets';

const page = `<head>
    <script type="module" crossorigin src="/chunks/popup-A.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared-B.js">
    <link rel="stylesheet" crossorigin href="/assets/shared-B.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-A.css">
  </head>`;

const sheets: Record<string, string> = {
  '/assets/shared-B.css':
    ':root{color-scheme:light dark}@media (prefers-color-scheme:dark){:root{--bg:#111}}\n',
  '/assets/popup-A.css': '.popup-header h1{margin:0}',
};

describe('inlineStylesheetLinks', () => {
  it('puts each linked stylesheet in a <style> where it was linked, in the same order, scripts untouched', () => {
    const html = inlineStylesheetLinks(page, (href) => sheets[href] ?? null);
    expect(html).toContain('<script type="module" crossorigin src="/chunks/popup-A.js"></script>');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/chunks/shared-B.js">');
    expect(html).not.toContain('rel="stylesheet"');
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]);
    expect(styles).toEqual([sheets['/assets/shared-B.css']!.trim(), sheets['/assets/popup-A.css']]);
  });

  it('keeps the link to a stylesheet it was not given', () => {
    const html = inlineStylesheetLinks(page, (href) =>
      href === '/assets/popup-A.css' ? sheets[href]! : null,
    );
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/shared-B.css">');
    expect(html).toContain('<style>.popup-header h1{margin:0}</style>');
  });

  it('refuses CSS that would change meaning inside the page', () => {
    expect(() => inlineStylesheetLinks(page, () => '.logo{background:url(logo.png)}')).toThrow(
      /cannot be inlined/,
    );
    expect(() => inlineStylesheetLinks(page, () => 'a{content:"</style>"}')).toThrow(/cannot be inlined/);
    // Absolute URLs mean the same from anywhere.
    expect(() => inlineStylesheetLinks(page, () => '.logo{background:url(/icon/16.png)}')).not.toThrow();
  });
});

function asset(fileName: string, source: string): Rollup.OutputAsset {
  return { type: 'asset', fileName, source } as Rollup.OutputAsset;
}

describe('the inlineStylesheets build plugin', () => {
  it('inlines the pages’ stylesheets and leaves out the files, except CSS a dynamic import loads', () => {
    const lazy = {
      type: 'chunk',
      fileName: 'chunks/lazy-C.js',
      isDynamicEntry: true,
      viteMetadata: { importedCss: new Set(['assets/popup-A.css']), importedAssets: new Set() },
    } as unknown as Rollup.OutputChunk;
    const bundle: Rollup.OutputBundle = {
      'entrypoints/popup/index.html': asset('entrypoints/popup/index.html', page),
      'assets/shared-B.css': asset('assets/shared-B.css', sheets['/assets/shared-B.css']!),
      'assets/popup-A.css': asset('assets/popup-A.css', sheets['/assets/popup-A.css']!),
      'chunks/lazy-C.js': lazy,
    };
    const plugin = inlineStylesheets();
    const generateBundle = plugin.generateBundle as (options: unknown, bundle: Rollup.OutputBundle) => void;
    generateBundle.call({}, {}, bundle);

    const html = String((bundle['entrypoints/popup/index.html'] as Rollup.OutputAsset).source);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<style>.popup-header h1{margin:0}</style>');
    expect(Object.keys(bundle).sort()).toEqual([
      'assets/popup-A.css',
      'chunks/lazy-C.js',
      'entrypoints/popup/index.html',
    ]);
  });
});
