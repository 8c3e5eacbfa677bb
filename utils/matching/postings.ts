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
   * Room for `extra` more postings. Typed arrays are costly to allocate, so a batch reserves
   * once per term: exactly what a first bulk load needs, doubling after that.
   */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.docs.length) return;
    const capacity = this.length === 0 ? needed : Math.max(needed, this.docs.length * 2);
    const docs = new Int32Array(capacity);
    docs.set(this.docs.subarray(0, this.length));
    const weights = new Float32Array(capacity);
    weights.set(this.weights.subarray(0, this.length));
    this.docs = docs;
    this.weights = weights;
  }

  /** Appends after `reserve`; documents arrive in increasing order, so postings stay sorted. */
  append(doc: number, weight: number): void {
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
    this.df++;
  }
}

const NO_DOCS = new Int32Array(0);
const NO_WEIGHTS = new Float32Array(0);

/** Smoothed inverse document frequency (BM25's), never negative. */
export function idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}
