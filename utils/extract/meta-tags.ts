import { MAX_META_ELEMENTS } from './limits';

/** A page's `<meta>` values by lower-case key (`og:title`, `description`…), in document order. */
export type MetaTags = Map<string, string[]>;

/**
 * Reads `<meta property|name=… content=…>`. RDFa allows several space-separated properties on
 * one element (`property="og:title twitter:title"`), so each gets the value. A key's `property`
 * values (the RDFa markup OpenGraph and Dublin Core define) come before its `name` values.
 */
export function readMetaTags(root: Element): MetaTags {
  const byProperty: MetaTags = new Map();
  const byName: MetaTags = new Map();
  const elements = root.getElementsByTagName('meta');
  for (let i = 0; i < elements.length && i < MAX_META_ELEMENTS; i++) {
    const element = elements[i]!;
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    const property = element.getAttribute('property');
    // `name="DC.creator"` is the HTML spelling of the `dc:creator` property.
    const keys = property ?? element.getAttribute('name')?.replace(/\./g, ':') ?? '';
    const tags = property === null ? byName : byProperty;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const values = tags.get(key);
      if (values) values.push(content);
      else tags.set(key, [content]);
    }
  }
  for (const [key, values] of byName) byProperty.set(key, [...(byProperty.get(key) ?? []), ...values]);
  return byProperty;
}

/** The first value of the first key present. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
