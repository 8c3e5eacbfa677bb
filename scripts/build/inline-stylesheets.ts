/**
 * Puts the extension pages' stylesheets inside the pages, as <style> elements where Vite linked
 * them, and drops the stylesheet files no page links any more.
 *
 * Why: a linked stylesheet is one more chrome-extension:// request, a round trip through the
 * browser process, and it holds the page's first paint until it has arrived. Chromium shows the
 * toolbar popup only after its load event, which waits for every file the page loads. Inline, the
 * popup's 5 kB of CSS applies as the parser reaches it, and the app still never renders unstyled:
 * its module script runs only once the whole document, styles included, is parsed.
 * The manifest's CSP restricts scripts only, so inline styles are allowed.
 */
import type { Plugin, Rollup } from 'vite';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="([^"]+)"/;

/**
 * The page with each stylesheet link whose file `cssOf` knows replaced by a <style> holding it;
 * links to other files are kept.
 */
export function inlineStylesheetLinks(html: string, cssOf: (href: string) => string | null): string {
  return html.replace(STYLESHEET_LINK, (link) => {
    const href = HREF.exec(link)?.[1];
    const css = href === undefined ? null : cssOf(href);
    if (css === null) return link;
    // Relative url()s would point elsewhere from the page than from the stylesheet's folder, and
    // "</style" would end the element early: neither occurs in Parallax's CSS, and both must fail loudly.
    if (/url\(\s*['"]?(?![a-z]+:|\/)/i.test(css) || /<\/style/i.test(css)) {
      throw new Error(`stylesheet ${href} cannot be inlined as it is`);
    }
    return `<style>${css.trim()}</style>`;
  });
}

export function inlineStylesheets(): Plugin {
  return {
    name: 'parallax:inline-stylesheets',
    apply: 'build',
    // After Vite's own HTML step has written the pages with their stylesheet links.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.values(bundle).filter(
        (file): file is Rollup.OutputAsset => file.type === 'asset',
      );
      const inlined = new Set<string>();
      for (const page of assets.filter((asset) => asset.fileName.endsWith('.html'))) {
        page.source = inlineStylesheetLinks(String(page.source), (href) => {
          const file = bundle[href.replace(/^\//, '')];
          if (file?.type !== 'asset' || !file.fileName.endsWith('.css')) return null;
          inlined.add(file.fileName);
          return String(file.source);
        });
      }
      // The CSS of a chunk loaded by a dynamic import() is linked by the script at run time: it stays a file.
      const loadedByScripts = new Set(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' && file.isDynamicEntry ? [...(file.viteMetadata?.importedCss ?? [])] : [],
        ),
      );
      for (const fileName of inlined) if (!loadedByScripts.has(fileName)) delete bundle[fileName];
    },
  };
}
