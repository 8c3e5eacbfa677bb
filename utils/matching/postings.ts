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
    docs: Int32Array<ArrayBufferLike> = new Int32Array(2),
    weights: Float32Array<ArrayBufferLike> = new Float32Array(2),
    length = 0,
    df = length,
  ) {
    this.docs = docs;
    this.weights = weights;
    this.length = length;
    this.df = df;
  }

  push(doc: number, weight: number): void {
    if (this.length === this.docs.length) {
      const capacity = Math.max(4, this.length * 2);
      const docs = new Int32Array(capacity);
      docs.set(this.docs.subarray(0, this.length));
      const weights = new Float32Array(capacity);
      weights.set(this.weights.subarray(0, this.length));
      this.docs = docs;
      this.weights = weights;
    }
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
    this.df++;
  }
}

/** Smoothed inverse document frequency (BM25's), never negative. */
export function idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}
