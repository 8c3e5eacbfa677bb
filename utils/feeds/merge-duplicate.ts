/**
 * The rule for one article seen twice (two feeds, or two fetches): the first record stays, dated
 * by the earliest publication date either gave ("who reported first" depends on it).
 * Returns the record to write, or undefined when the stored one stands as it is.
 */
export function mergeDuplicate<T extends { published?: string }>(stored: T, incoming: T): T | undefined {
  if (!incoming.published || (stored.published && stored.published <= incoming.published)) return undefined;
  return { ...stored, published: incoming.published };
}
