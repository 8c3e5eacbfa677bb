/**
 * A list of strings as a snapshot carries it: one string of them all and where each ends. A
 * structured clone reads one string and one typed array at the speed of a copy, where an array of
 * 50,000 strings is 50,000 values to read back; and the reader takes a string out only when it
 * needs it (see `StringList`).
 */
export interface PackedStrings {
  joined: string;
  /** String i is joined[ends[i - 1] ?? 0 … ends[i]). */
  ends: Uint32Array;
}

export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    end += values[i]!.length;
    ends[i] = end;
  }
  return { joined: values.join(''), ends };
}

/** Packed strings, read back and checked; each string taken out when asked for. */
export class StringList {
  private readonly joined: string;
  private readonly ends: Uint32Array;

  /**
   * Checks `value` (read back from storage: untrusted) and throws, naming `what`, when its ends
   * are not in order within the joined string.
   */
  constructor(value: unknown, what: string) {
    const packed = value as Partial<PackedStrings> | null;
    const joined = packed?.joined;
    const ends = packed?.ends;
    if (typeof joined !== 'string' || !(ends instanceof Uint32Array)) throw new Error(`${what} missing`);
    let last = 0;
    for (let i = 0; i < ends.length; i++) {
      if (ends[i]! < last) throw new Error(`bad ${what}`);
      last = ends[i]!;
    }
    if (last !== joined.length) throw new Error(`bad ${what}`);
    this.joined = joined;
    this.ends = ends;
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): string {
    return this.joined.slice(this.start(i), this.ends[i]!);
  }

  all(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  /** Whether each string is after the one before it (code unit order, as `<`): none repeated. */
  isStrictlySorted(): boolean {
    // Strings taken out and compared by `<`: faster in a cold start than comparing in place.
    let last = this.length > 0 ? this.at(0) : '';
    for (let i = 1; i < this.length; i++) {
      const next = this.at(i);
      if (!(last < next)) return false;
      last = next;
    }
    return true;
  }

  /** Where `value` is in a strictly sorted list (see `isStrictlySorted`), or -1: a binary search. */
  indexOfSorted(value: string): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, value);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** String i's order beside `value` (negative: before it), read in place: no string taken out. */
  private compare(i: number, value: string): number {
    const { joined } = this;
    const start = this.start(i);
    const length = this.ends[i]! - start;
    const shorter = Math.min(length, value.length);
    for (let k = 0; k < shorter; k++) {
      const order = joined.charCodeAt(start + k) - value.charCodeAt(k);
      if (order !== 0) return order;
    }
    return length - value.length;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }
}
