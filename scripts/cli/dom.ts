import { JSDOM, VirtualConsole } from 'jsdom';

function load(html: string, url: string): Document {
  // Defaults already keep the page inert (no scripts run, no subresources fetched); a silent
  // console keeps jsdom's CSS warnings off stderr.
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window
    .document;
}

/**
 * Parses a page the way the extension sees it in a tab, for Node tools. jsdom can throw on
 * stylesheets it cannot parse (a known jsdom issue); the page is then parsed again without its
 * `<style>` elements, which extraction never reads anyway.
 */
export function parseHtml(html: string, url: string): Document {
  try {
    return load(html, url);
  } catch (error) {
    const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
    if (withoutStyles === html) throw error;
    return load(withoutStyles, url);
  }
}
