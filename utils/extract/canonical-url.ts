// Captured at load: a page's scripts may replace built-ins before extraction runs.
const URLConstructor = URL;

function resolveUrl(href: string, base: string): URL | null {
  try {
    return new URLConstructor(href.trim(), base);
  } catch {
    return null;
  }
}

function relTokens(element: Element): string[] {
  return (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
}

/**
 * The page's `<link rel="canonical">` as an absolute http(s) URL, resolved against `<base href>`
 * and the document's URL the way a browser resolves links; null when absent or not http(s)
 * (`javascript:`, `data:`…).
 */
export function readCanonicalUrl(root: Element, documentUrl: string): string | null {
  const base = root.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = (base !== null && base !== undefined && resolveUrl(base, documentUrl)?.href) || documentUrl;
  const links = root.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (!relTokens(link).includes('canonical')) continue;
    const href = link.getAttribute('href');
    if (!href?.trim()) continue;
    const url = resolveUrl(href, baseUrl);
    return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
  }
  return null;
}
