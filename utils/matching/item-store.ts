/**
 * The items a story index keeps, compactly: headlines and summaries (most of an item's bytes) as
 * the numbers of their spellings and of the gaps between them, in one byte buffer; the other fields
 * as they are, in one small object a document. Indexing reads every word of those texts anyway (see
 * `ReadTexts`), so keeping them this way costs no second scan. Answers get their items back whole.
 */
import type { CoverageItem } from '../coverage/item';
import { DocCache } from './doc-cache';
import type { ReadTexts } from './features';
import { isoTime } from './iso-time';
import { type PackedFields, PackedFieldsReader, packFields } from './packed-fields';
import { type PackedStrings, packStrings, StringList } from './packed-strings';
import { numberedSpelling, numberSpelling, scanned } from './text';

/** What the index reads of a document on every query, with the fields kept as they are. */
export interface StoredItem {
  readonly id: string;
  readonly url: string | undefined;
  /** The summary when it is not kept as words: absent or blank (indexing did not read it). */
  readonly summary: string | undefined;
  readonly text: string | undefined;
  /** The date when it is not kept as a time: absent, or not as `toISOString` writes it. */
  readonly published: string | undefined;
  readonly source: string | undefined;
  readonly lang: string | undefined;
}

/** One object literal of all the fields: half the size of a class instance (no room kept for more). */
function storedItem(
  id: string,
  url: string | undefined,
  summary: string | undefined,
  text: string | undefined,
  published: string | undefined,
  source: string | undefined,
  lang: string | undefined,
): StoredItem {
  return { id, url, summary, text, published, source, lang };
}

/** The store as `snapshot()` gives it (structured-cloneable; `checkedStoredTexts` reads it back). */
export interface StoredTexts {
  /** Each document's own fields (see `StoredItem`). */
  fields: PackedFields;
  /** Document d's headline is coded at texts[starts[2d]…starts[2d+1]), its summary up to starts[2d+2]. */
  texts: Uint8Array;
  starts: Uint32Array;
  /** Each item's date as a time (ms), when `toISOString` writes it back as it was; NaN otherwise. */
  times: Float64Array;
  spellings: PackedStrings;
  gaps: PackedStrings;
}

/** Stored texts as read back and checked: what a store is made from. */
export type LoadedTexts = Omit<StoredTexts, 'fields' | 'spellings' | 'gaps'> & {
  fields: PackedFieldsReader;
  spellings: StringList;
  gaps: StringList;
};

/**
 * A gap's number: 0 for none, 1 + its code for one ASCII character, past ONE_CHARACTER the gaps
 * met (a text is coded as: gap, then each word as 2 × its spelling's number, plus 1 when a gap
 * other than one space follows it, coded next).
 */
const ONE_CHARACTER = 129;

/**
 * Items decoded lately, kept: a query reads the same candidates' items again and again (their
 * words, their wire shape, their URL), as the index once kept every item whole.
 */
const DECODED = 1024;

/** The greatest time a Date holds (ms either side of 1970). */
const MAX_TIME = 8.64e15;

let marks = 0;
function nextMark(): number {
  return ++marks;
}

export class ItemStore implements ReadTexts {
  /**
   * Each document's fields (see `record`): a restored one's made when first read, null once removed
   * (its texts stay until the index is rebuilt).
   */
  private readonly records: (StoredItem | null | undefined)[];
  /** The fields of the documents a snapshot gave, numbered first. */
  private readonly restoredFields: PackedFieldsReader | null;
  private bytes: Uint8Array<ArrayBufferLike>;
  private used: number;
  private starts: Uint32Array<ArrayBufferLike>;
  private times: Float64Array<ArrayBufferLike>;
  /**
   * The spellings a snapshot gave, numbered first, each taken out as a text is decoded: a cold
   * start makes no array of them (see `allSpellings`).
   */
  private restoredSpellings: StringList | null;
  /** The spellings numbered after the restored ones, or all of them once they are all needed. */
  private spellings: string[];
  /**
   * Each spelling's number, found by its text: made when a spelling new to this mark is met, dropped
   * after each batch (`trim`): the scanner's table numbers the spellings it knows.
   */
  private spellingNumbers: Map<string, number> | null = null;
  private readonly gaps: string[];
  private readonly gapNumbers = new Map<string, number>();
  /** This store's own mark on the spelling numbers it gives in the scanner's table. */
  private readonly mark = nextMark();
  private readonly decoded = new DocCache<CoverageItem>(DECODED);
  /** Where the open document's summary is coded from, or -1 when it has none coded. */
  private summaryStart = -1;

  constructor(texts?: LoadedTexts) {
    // Checked texts are the store's own (see `checkedStoredTexts`).
    this.restoredFields = texts ? texts.fields : null;
    this.records = texts ? new Array(texts.fields.count) : [];
    this.bytes = texts ? texts.texts : new Uint8Array(1 << 16);
    this.used = texts ? texts.texts.length : 0;
    this.starts = texts ? texts.starts : new Uint32Array(1024);
    this.times = texts ? texts.times : new Float64Array(512);
    this.restoredSpellings = texts ? texts.spellings : null;
    this.spellings = [];
    this.gaps = texts ? texts.gaps.all() : [];
    for (const [number, gap] of this.gaps.entries()) this.gapNumbers.set(gap, number);
  }

  get length(): number {
    return this.records.length;
  }

  /** Document `doc`'s fields, undefined once removed. */
  record(doc: number): StoredItem | undefined {
    let record = this.records[doc];
    if (record === undefined) {
      record = this.restoredFields!.record(doc);
      this.records[doc] = record;
    }
    return record ?? undefined;
  }

  /** Starts document `length`: the texts read until `close` are its. */
  open(): void {
    const doc = this.records.length;
    this.starts = grown(this.starts, 2 * doc + 3);
    this.times = grown(this.times, doc + 1);
    this.starts[2 * doc] = this.used;
    this.summaryStart = -1;
  }

  title(text: string): void {
    this.code(text);
  }

  summary(text: string): void {
    this.summaryStart = this.used;
    this.code(text);
  }

  /**
   * Ends the open document: `item`'s fields kept, those named by `shared` once for all. Returns its
   * date's time when kept as one (the index reads its day from it), else NaN.
   */
  close(item: CoverageItem, shared: (name: string | undefined) => string | undefined): number {
    const doc = this.records.length;
    const coded = this.summaryStart >= 0;
    this.starts[2 * doc + 1] = coded ? this.summaryStart : this.used;
    this.starts[2 * doc + 2] = this.used;
    const time = isoTime(item.published);
    this.times[doc] = time;
    this.records.push(
      storedItem(
        item.id,
        item.url,
        coded ? undefined : item.summary,
        item.text,
        Number.isNaN(time) ? item.published : undefined,
        shared(item.source),
        shared(item.lang),
      ),
    );
    return time;
  }

  /** Document `doc` as it was added (its own fields: see `close`), its `record` read before if removed since. */
  item(doc: number, record = this.record(doc)!): CoverageItem {
    return this.decoded.get(doc, () => this.decode(doc, record));
  }

  private decode(doc: number, record: StoredItem): CoverageItem {
    const [titleStart, summaryStart, end] = [
      this.starts[2 * doc]!,
      this.starts[2 * doc + 1]!,
      this.starts[2 * doc + 2]!,
    ];
    const item: CoverageItem = { id: record.id, title: this.text(titleStart, summaryStart) };
    if (record.url !== undefined) item.url = record.url;
    if (summaryStart < end) item.summary = this.text(summaryStart, end);
    else if (record.summary !== undefined) item.summary = record.summary;
    if (record.text !== undefined) item.text = record.text;
    const time = this.times[doc]!;
    if (!Number.isNaN(time)) item.published = new Date(time).toISOString();
    else if (record.published !== undefined) item.published = record.published;
    if (record.source !== undefined) item.source = record.source;
    if (record.lang !== undefined) item.lang = record.lang;
    return item;
  }

  /**
   * After a batch: gives back the room growing left unused past an eighth (after a large batch), so
   * that doubling does not cost a third of the texts' memory; small batches still find room.
   */
  trim(): void {
    this.spellingNumbers = null;
    const room = this.used + (this.used >> 3);
    if (this.bytes.length > room + (1 << 16)) this.bytes = this.bytes.slice(0, room);
    const starts = 2 * this.records.length + 1;
    const startsRoom = starts + (starts >> 3);
    if (this.starts.length > startsRoom + 1024) this.starts = this.starts.slice(0, startsRoom);
    const timesRoom = this.records.length + (this.records.length >> 3);
    if (this.times.length > timesRoom + 512) this.times = this.times.slice(0, timesRoom);
  }

  remove(doc: number): void {
    this.records[doc] = null;
  }

  /** The documents `order` gives (document i of the snapshot is `order[i]`), texts compacted. */
  snapshot(order: Int32Array): StoredTexts {
    const items: StoredItem[] = [];
    let total = 0;
    for (const doc of order) total += this.starts[2 * doc + 2]! - this.starts[2 * doc]!;
    const texts = new Uint8Array(total);
    const starts = new Uint32Array(2 * order.length + 1);
    const times = new Float64Array(order.length);
    let at = 0;
    for (const doc of order) {
      const [start, summary, end] = [
        this.starts[2 * doc]!,
        this.starts[2 * doc + 1]!,
        this.starts[2 * doc + 2]!,
      ];
      starts[2 * items.length] = at;
      starts[2 * items.length + 1] = at + summary - start;
      times[items.length] = this.times[doc]!;
      texts.set(this.bytes.subarray(start, end), at);
      at += end - start;
      items.push(this.record(doc)!);
    }
    starts[2 * items.length] = at;
    return {
      fields: packFields(items),
      texts,
      starts,
      times,
      spellings: packStrings(this.allSpellings()),
      gaps: packStrings(this.gaps),
    };
  }

  /** Codes the text the scanner has just read (see ONE_CHARACTER). */
  private code(text: string): void {
    const { entries, begins, ends, count } = scanned;
    this.gap(text, 0, count > 0 ? begins[0]! : text.length);
    for (let w = 0; w < count; w++) {
      const end = ends[w]!;
      const next = w + 1 < count ? begins[w + 1]! : text.length;
      const space = next === end + 1 && text.charCodeAt(end) === 32;
      this.write(this.spellingNumber(entries[w]!, text, begins[w]!, end) * 2 + (space ? 0 : 1));
      if (!space) this.gap(text, end, next);
    }
  }

  private spellingNumber(entry: number, text: string, begin: number, end: number): number {
    let number = numberedSpelling(entry, this.mark);
    if (number >= 0) return number;
    const spelling = text.slice(begin, end);
    if (this.spellingNumbers === null) {
      this.spellingNumbers = new Map();
      for (const [known, seen] of this.allSpellings().entries()) this.spellingNumbers.set(seen, known);
    }
    number = this.spellingNumbers.get(spelling) ?? -1;
    if (number < 0) {
      number = this.spellings.length;
      this.spellings.push(spelling);
      this.spellingNumbers.set(spelling, number);
    }
    numberSpelling(entry, this.mark, number);
    return number;
  }

  private gap(text: string, start: number, end: number): void {
    this.write(this.gapNumber(text, start, end));
  }

  private gapNumber(text: string, start: number, end: number): number {
    if (end === start) return 0;
    const code = text.charCodeAt(start);
    if (end === start + 1 && code < 128) return 1 + code;
    const gap = text.slice(start, end);
    let number = this.gapNumbers.get(gap);
    if (number === undefined) {
      number = this.gaps.length;
      this.gaps.push(gap);
      this.gapNumbers.set(gap, number);
    }
    return ONE_CHARACTER + number;
  }

  /** Appends `value` (below 2^32) in 7-bit groups, low first, the high bit set on all but the last. */
  private write(value: number): void {
    if (this.used + 5 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, 1 << 16));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    const { bytes } = this;
    let at = this.used;
    let rest = value;
    while (rest >= 0x80) {
      bytes[at++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    bytes[at++] = rest;
    this.used = at;
  }

  /** Every spelling, by number: the restored ones taken out once for all when first needed. */
  private allSpellings(): string[] {
    if (this.restoredSpellings !== null) {
      this.spellings = [...this.restoredSpellings.all(), ...this.spellings];
      this.restoredSpellings = null;
    }
    return this.spellings;
  }

  private text(start: number, end: number): string {
    return decode(this.bytes, start, end, this.spelling, this.gaps);
  }

  /** Spelling `number`, undefined past them (a damaged code). */
  private readonly spelling = (number: number): string | undefined => {
    const restored = this.restoredSpellings;
    if (restored === null) return this.spellings[number];
    return number < restored.length ? restored.at(number) : this.spellings[number - restored.length];
  };
}

/** Room for `needed` values (doubling). */
function grown<T extends Uint32Array<ArrayBufferLike> | Float64Array<ArrayBufferLike>>(
  values: T,
  needed: number,
): T {
  if (needed <= values.length) return values;
  const grown = new (values.constructor as new (n: number) => T)(Math.max(needed, values.length * 2));
  grown.set(values);
  return grown;
}

/**
 * The text coded at bytes[start…end) (see ONE_CHARACTER), joined as it is read (the parts are
 * joined for good when the text is first read). Never reads past its range nor fails: a damaged
 * code (read back from storage) gives a wrong text, not an error; checking every text as a cold
 * start reads them took a third of it.
 */
function decode(
  bytes: Uint8Array<ArrayBufferLike>,
  start: number,
  end: number,
  spelling: (number: number) => string | undefined,
  gaps: string[],
): string {
  let text = '';
  let gapNext = true;
  for (let at = start; at < end; ) {
    let byte = bytes[at++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte >= 0x80 && at < end; shift += 7) {
      byte = bytes[at++]!;
      value |= (byte & 0x7f) << shift;
    }
    if (gapNext) {
      if (value >= ONE_CHARACTER) text += gaps[value - ONE_CHARACTER] ?? '';
      else if (value > 0) text += String.fromCharCode(value - 1);
      gapNext = false;
    } else {
      text += spelling(value >>> 1) ?? '';
      if ((value & 1) === 0) text += ' ';
      else gapNext = true;
    }
  }
  return text;
}

/**
 * Stored texts read back from storage (untrusted), checked before an index uses them: each item's
 * fields are text, the texts' ranges within the buffer (`decode` reads no further), the times dates.
 * Throws with the reason.
 */
export function checkedStoredTexts(
  value: Partial<StoredTexts>,
  shared: (name: string | undefined) => string | undefined,
): LoadedTexts {
  const { fields, texts, starts, times, spellings, gaps } = value;
  const reader = new PackedFieldsReader(fields, shared);
  const spellingList = new StringList(spellings, 'spellings');
  const gapList = new StringList(gaps, 'gaps');
  if (!(texts instanceof Uint8Array) || !(starts instanceof Uint32Array)) throw new Error('bad texts');
  if (starts.length !== 2 * reader.count + 1 || starts[2 * reader.count] !== texts.length)
    throw new Error('text starts and items disagree');
  if (!(times instanceof Float64Array) || times.length !== reader.count) throw new Error('bad times');
  for (let i = 0; i < starts.length - 1; i++)
    if (starts[i]! > starts[i + 1]!) throw new Error('text starts not sorted');
  // A time past the dates a Date can hold would throw as it is written back.
  for (let doc = 0; doc < times.length; doc++) {
    const time = times[doc]!;
    if (!Number.isNaN(time) && !(Number.isInteger(time) && Math.abs(time) <= MAX_TIME))
      throw new Error('bad times');
  }
  return { fields: reader, texts, starts, times, spellings: spellingList, gaps: gapList };
}
