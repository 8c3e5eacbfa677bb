/**
 * The fields an item store keeps of each item as a story-index snapshot carries them: each text
 * field's values one after another in one string, with their lengths, and the few names (source,
 * language) as numbers in a table of them. A structured clone reads a string and a typed array at
 * the speed of a copy, while reading back 50,000 small objects took three quarters of reading a
 * 50,000-item snapshot from IndexedDB.
 */
import type { StoredItem } from './item-store';

/** Some items' values of one text field: value i is `lengths[i]` long, after the ones before it. */
export interface PackedTexts {
  joined: string;
  /** ABSENT for an undefined value; for `url`, AS_ID for the item's id. */
  lengths: Int32Array;
}

export interface PackedFields {
  count: number;
  id: PackedTexts;
  url: PackedTexts;
  summary: PackedTexts;
  text: PackedTexts;
  published: PackedTexts;
  /** The sources and languages met, each once; an item's are numbers in it (ABSENT: none). */
  names: string[];
  source: Int32Array;
  lang: Int32Array;
}

const ABSENT = -1;
/** A URL that is its item's id (a stored item's always is): not written twice. */
const AS_ID = -2;

type TextField = 'id' | 'url' | 'summary' | 'text' | 'published';

export function packFields(items: readonly StoredItem[]): PackedFields {
  const texts = (field: TextField): PackedTexts => {
    const lengths = new Int32Array(items.length);
    const values: string[] = [];
    for (const [i, item] of items.entries()) {
      const value = item[field];
      if (value === undefined) lengths[i] = ABSENT;
      else if (field === 'url' && value === item.id) lengths[i] = AS_ID;
      else {
        lengths[i] = value.length;
        values.push(value);
      }
    }
    return { joined: values.join(''), lengths };
  };
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const named = (field: 'source' | 'lang'): Int32Array =>
    Int32Array.from(items, (item) => {
      const name = item[field];
      if (name === undefined) return ABSENT;
      let number = numbers.get(name);
      if (number === undefined) {
        number = names.push(name) - 1;
        numbers.set(name, number);
      }
      return number;
    });
  return {
    count: items.length,
    id: texts('id'),
    url: texts('url'),
    summary: texts('summary'),
    text: texts('text'),
    published: texts('published'),
    names,
    source: named('source'),
    lang: named('lang'),
  };
}

/**
 * Packed fields read back from storage (untrusted), checked as they are opened, so a damaged value
 * throws with the reason rather than give items with fields that are not text. A document's record
 * is made when first asked for: a cold start reads a few hundred of the 50,000 (unpacking them all
 * was a fifth of it). `shared` gives the index's one copy of a source or language name.
 */
export class PackedFieldsReader {
  readonly count: number;
  private readonly ids: TextsReader;
  private readonly urls: TextsReader;
  private readonly summaries: TextsReader;
  private readonly texts: TextsReader;
  private readonly published: TextsReader;
  private readonly names: (string | undefined)[];
  private readonly sources: Int32Array;
  private readonly langs: Int32Array;

  constructor(value: unknown, shared: (name: string | undefined) => string | undefined) {
    const packed = value as Partial<PackedFields> | null;
    if (typeof packed !== 'object' || packed === null) throw new Error('item fields missing');
    const { count, names, source, lang } = packed;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error('bad item count');
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
      throw new Error('a name is not text');
    this.count = count;
    this.ids = new TextsReader(packed.id, count, 'id', false);
    this.urls = new TextsReader(packed.url, count, 'url', true);
    this.summaries = new TextsReader(packed.summary, count, 'summary', false);
    this.texts = new TextsReader(packed.text, count, 'text', false);
    this.published = new TextsReader(packed.published, count, 'published', false);
    this.names = names.map(shared);
    this.sources = checkedNames(source, count, names.length);
    this.langs = checkedNames(lang, count, names.length);
  }

  id(doc: number): string {
    return this.ids.at(doc)!;
  }

  lang(doc: number): string | undefined {
    return this.name(this.langs[doc]!);
  }

  record(doc: number): StoredItem {
    const id = this.id(doc);
    return {
      id,
      url: this.urls.at(doc) ?? (this.urls.isId(doc) ? id : undefined),
      summary: this.summaries.at(doc),
      text: this.texts.at(doc),
      published: this.published.at(doc),
      source: this.name(this.sources[doc]!),
      lang: this.lang(doc),
    };
  }

  private name(number: number): string | undefined {
    return number === ABSENT ? undefined : this.names[number];
  }
}

/**
 * The documents in the order of their ids (`byId[i]` has the i-th id): a document is found by its
 * id by a binary search, with no table of every id.
 */
export class IdOrder {
  private constructor(
    private readonly fields: PackedFieldsReader,
    private readonly byId: Int32Array,
  ) {}

  /**
   * Checks `value` (read back from storage: untrusted): each document once, each id after the one
   * before it (code unit order, as `<`), so none is there twice. Throws with the reason.
   */
  static checked(fields: PackedFieldsReader, value: unknown): IdOrder {
    const { count } = fields;
    if (!(value instanceof Int32Array) || value.length !== count) throw new Error('bad id order');
    const seen = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const doc = value[i]!;
      if (!(doc >= 0 && doc < count) || seen[doc] === 1) throw new Error('bad id order');
      seen[doc] = 1;
    }
    let last = count > 0 ? fields.id(value[0]!) : '';
    for (let i = 1; i < count; i++) {
      const id = fields.id(value[i]!);
      if (!(last < id)) throw new Error('item ids repeated or out of order');
      last = id;
    }
    return new IdOrder(fields, value);
  }

  /** The documents of `ids` (one for each document) in the order of their ids. */
  static of(ids: readonly string[]): Int32Array {
    const byId = Int32Array.from(ids.keys());
    return byId.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  }

  /** The document with id `id`, or -1. */
  docOf(id: string): number {
    let low = 0;
    let high = this.byId.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const doc = this.byId[middle]!;
      const other = this.fields.id(doc);
      if (other === id) return doc;
      if (other < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** One text field's values, checked: where each starts (-1: absent, or a URL that is its item's id). */
class TextsReader {
  private readonly joined: string;
  private readonly lengths: Int32Array;
  private readonly starts: Int32Array;

  constructor(value: unknown, count: number, field: TextField, asId: boolean) {
    const packed = value as Partial<PackedTexts> | null;
    if (typeof packed !== 'object' || packed === null) throw new Error(`${field} missing`);
    const { joined, lengths } = packed;
    if (typeof joined !== 'string' || !(lengths instanceof Int32Array) || lengths.length !== count)
      throw new Error(`bad ${field}`);
    const starts = new Int32Array(count);
    let at = 0;
    for (let i = 0; i < count; i++) {
      const length = lengths[i]!;
      if (length >= 0) {
        starts[i] = at;
        at += length;
      } else if (length === ABSENT || (length === AS_ID && asId)) starts[i] = -1;
      else throw new Error(`bad ${field}`);
    }
    if (at !== joined.length) throw new Error(`bad ${field}`);
    // Every item has an id.
    if (field === 'id' && starts.includes(-1)) throw new Error('an item lacks an id');
    this.joined = joined;
    this.lengths = lengths;
    this.starts = starts;
  }

  /** Value i, undefined when absent or its item's id. */
  at(i: number): string | undefined {
    const start = this.starts[i]!;
    return start < 0 ? undefined : this.joined.slice(start, start + this.lengths[i]!);
  }

  isId(i: number): boolean {
    return this.lengths[i] === AS_ID;
  }
}

function checkedNames(value: unknown, count: number, names: number): Int32Array {
  if (!(value instanceof Int32Array) || value.length !== count) throw new Error('bad names');
  for (let i = 0; i < count; i++) {
    const number = value[i]!;
    if (number !== ABSENT && (number < 0 || number >= names)) throw new Error('bad names');
  }
  return value;
}
