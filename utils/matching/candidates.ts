/**
 * A search's running sums per document and the documents it found: the inner loops of a query,
 * in small methods of their own, so that they are compiled early and shared by every search (a
 * cold worker's first query runs them over lists as long as the collection).
 */
import { grow } from './postings';

/** A later term's list is walked when at most this many times longer than the candidates, else galloped. */
const WALK_RATIO = 4;
/** The day of an undated item. */
export const NO_DAY = -2_147_483_648;

export class Candidates {
  /** Float32, as the postings' weights: the sums (and so the scores) are the index's. */
  sums = new Float32Array(0);
  /** Documents found within the date window, or undated: the candidates. */
  inside = new Int32Array(0);
  insideCount = 0;
  /**
   * Postings met of documents outside the window: they never answer, so they get no sum (nothing
   * to clear) and are only counted, as found.
   */
  private outsideMet = 0;
  private sorted = false;

  /** Ready for a search over `documents` documents, all sums at 0. */
  start(documents: number): void {
    this.sums = grow(this.sums, documents);
    this.inside = grow(this.inside, documents);
    this.insideCount = 0;
    this.outsideMet = 0;
    this.sorted = false;
  }

  get anyFound(): boolean {
    return this.insideCount + this.outsideMet > 0;
  }

  /**
   * Adds a list's postings (`live`: null when every document is live); a document met for the
   * first time is a candidate when its day is within [firstDay, lastDay] or it has none (`days`),
   * else it is only counted as found.
   */
  scan(
    docs: Int32Array<ArrayBufferLike>,
    weights: Float32Array<ArrayBufferLike>,
    length: number,
    factor: number,
    live: Uint8Array | null,
    days: Int32Array<ArrayBufferLike>,
    firstDay: number,
    lastDay: number,
  ): void {
    const { sums, inside } = this;
    let { insideCount, outsideMet } = this;
    for (let p = 0; p < length; p++) {
      const doc = docs[p]!;
      if (live !== null && live[doc] === 0) continue;
      const sum = sums[doc]!;
      if (sum === 0) {
        const day = days[doc]!;
        if (day !== NO_DAY && (day < firstDay || day > lastDay)) {
          outsideMet++;
          continue;
        }
        inside[insideCount++] = doc;
      }
      sums[doc] = sum + factor * weights[p]!;
    }
    this.insideCount = insideCount;
    this.outsideMet = outsideMet;
  }

  /** Adds a list's postings to the documents found so far only. */
  addToFound(
    docs: Int32Array<ArrayBufferLike>,
    weights: Float32Array<ArrayBufferLike>,
    length: number,
    factor: number,
  ): void {
    const { sums, inside, insideCount } = this;
    if (length <= WALK_RATIO * insideCount) {
      // Many candidates: walking the list is the cheapest way to meet them.
      for (let p = 0; p < length; p++) {
        const doc = docs[p]!;
        if (sums[doc] !== 0) sums[doc]! += factor * weights[p]!;
      }
      return;
    }
    // Few candidates for a long list: meet the sorted candidates and the postings (sorted by
    // document) by galloping, a few steps per candidate rather than a step per posting.
    if (!this.sorted) {
      inside.subarray(0, insideCount).sort();
      this.sorted = true;
    }
    let p = 0;
    for (let c = 0; c < insideCount && p < length; c++) {
      const doc = inside[c]!;
      p = firstAtLeast(docs, p, length, doc);
      if (p < length && docs[p] === doc) sums[doc]! += factor * weights[p]!;
    }
  }

  /**
   * Drops the candidates whose sum is under `norms[doc]` × `cut` (their sums cleared): the caller
   * has shown that such a document cannot reach the score it asks for, whatever the terms left add.
   */
  dropUnder(norms: Float32Array<ArrayBufferLike>, cut: number): void {
    const { sums, inside } = this;
    let kept = 0;
    for (let c = 0; c < this.insideCount; c++) {
      const doc = inside[c]!;
      if (sums[doc]! < norms[doc]! * cut) sums[doc] = 0;
      else inside[kept++] = doc;
    }
    this.insideCount = kept;
  }
}

/** The first position from `from` on whose document is at least `doc` (`length` if none): galloping. */
function firstAtLeast(docs: Int32Array<ArrayBufferLike>, from: number, length: number, doc: number): number {
  if (from >= length || docs[from]! >= doc) return from;
  // docs[low] < doc; double the step until docs[high] >= doc or the end, then halve.
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < length && docs[high]! < doc) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > length) high = length;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (docs[mid]! < doc) low = mid;
    else high = mid;
  }
  return high;
}
