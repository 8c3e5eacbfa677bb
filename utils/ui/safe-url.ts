/**
 * The URL to put in an href, or null when it must not be rendered as a link. Only http and https
 * pass: `javascript:` would run in our extension page, `data:` and `file:` can disguise content.
 * URLs come from feeds and pages, which are untrusted.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
