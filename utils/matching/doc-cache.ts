/**
 * Values worked out from an indexed document (its features, its wire shape), kept while the index
 * is unchanged: the mutual-neighbour checks search from the same candidates query after query.
 * Bounded, so a long-lived worker does not come to hold a copy of every item's words.
 */
export class DocCache<T> {
  private readonly values = new Map<number, T>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(doc: number, compute: () => T): T {
    let value = this.values.get(doc);
    if (value === undefined) {
      // Starting over is simpler than evicting one by one, and rare: few documents are candidates.
      if (this.values.size >= this.capacity) this.values.clear();
      value = compute();
      this.values.set(doc, value);
    }
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
