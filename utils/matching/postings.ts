/**
 * Compact postings: for each term, the documents holding it and the term's weight there, in
 * growable typed arrays (8 bytes a posting, no object per posting). Documents are dense numbers.
 */
export class PostingList {
  docs: Int32Array<ArrayBufferLike>;
  weights: Float32Array<ArrayBufferLike>;
  length: number;
  /** Live documents holding the term (removed ones stay in the arrays until compaction). */
  df: number;

  constructor(
    docs: Int32Array<ArrayBufferLike> = NO_DOCS,
    weights: Float32Array<ArrayBufferLike> = NO_WEIGHTS,
    length = 0,
    df = length,
  ) {
    this.docs = docs;
    this.weights = weights;
    this.length = length;
    this.df = df;
  }

  /**
   * Appends postings of documents after those it holds, in increasing order (so postings stay
   * sorted). A new list keeps the given arrays as they are; a list that grows doubles its room.
   */
  appendAll(docs: Int32Array<ArrayBufferLike>, weights: Float32Array<ArrayBufferLike>): void {
    if (this.length === 0 && this.docs.length === 0) {
      this.docs = docs;
      this.weights = weights;
    } else {
      const needed = this.length + docs.length;
      if (needed > this.docs.length) {
        const capacity = Math.max(needed, this.docs.length * 2);
        const grownDocs = new Int32Array(capacity);
        grownDocs.set(this.docs.subarray(0, this.length));
        const grownWeights = new Float32Array(capacity);
        grownWeights.set(this.weights.subarray(0, this.length));
        this.docs = grownDocs;
        this.weights = grownWeights;
      }
      this.docs.set(docs, this.length);
      this.weights.set(weights, this.length);
    }
    this.length += docs.length;
    this.df += docs.length;
  }
}

const NO_DOCS = new Int32Array(0);
const NO_WEIGHTS = new Float32Array(0);

/** Smoothed inverse document frequency (BM25's), never negative, raised to `power` (see params.ts). */
export function idf(df: number, documents: number, power: number): number {
  const value = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  return power === 1 ? value : value ** power;
}

/** `array`, or a copy with room for at least `needed` elements (doubling, so appends stay cheap). */
export function grow<
  T extends Int32Array<ArrayBufferLike> | Float32Array<ArrayBufferLike> | Uint8Array<ArrayBufferLike>,
>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 64));
  next.set(array);
  return next;
}
