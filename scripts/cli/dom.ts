import { JSDOM, VirtualConsole } from 'jsdom';

function load(html: string, url: string): Document {
  // Defaults already keep the page inert (no scripts run, no subresources fetched); a silent
  // console keeps jsdom's CSS warnings off stderr.
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window
    .document;
}

/** The page without its CSS: `<style>` elements and `style` attributes, which extraction never reads. */
function withoutCss(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/(<[a-z][^>]*?)\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
}

/**
 * Parses a page the way the extension sees it in a tab, for Node tools. jsdom throws on some CSS
 * that browsers accept (a known jsdom issue, e.g. `style="background:url(a.png)no-repeat;color:red"`);
 * the page is then parsed again without its CSS.
 */
export function parseHtml(html: string, url: string): Document {
  try {
    return load(html, url);
  } catch (error) {
    const stripped = withoutCss(html);
    if (stripped === html) throw error;
    return load(stripped, url);
  }
}
