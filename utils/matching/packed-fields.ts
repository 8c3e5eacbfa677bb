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
 * The items of packed fields read back from storage (untrusted): checked as they are read, so a
 * damaged value throws with the reason rather than give items with fields that are not text.
 * `shared` gives the index's one copy of a source or language name.
 */
export function unpackFields(
  value: unknown,
  shared: (name: string | undefined) => string | undefined,
): StoredItem[] {
  const packed = value as Partial<PackedFields> | null;
  if (typeof packed !== 'object' || packed === null) throw new Error('item fields missing');
  const { count, names, source, lang } = packed;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error('bad item count');
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
    throw new Error('a name is not text');
  const ids = unpackTexts(packed.id, count, 'id');
  if (ids.includes(undefined)) throw new Error('an item lacks an id');
  const urls = unpackTexts(packed.url, count, 'url', ids);
  const summaries = unpackTexts(packed.summary, count, 'summary');
  const texts = unpackTexts(packed.text, count, 'text');
  const published = unpackTexts(packed.published, count, 'published');
  const sharedNames = names.map(shared);
  const sources = unpackNames(source, count, sharedNames);
  const langs = unpackNames(lang, count, sharedNames);
  const items: StoredItem[] = new Array(count);
  for (let i = 0; i < count; i++) {
    items[i] = {
      id: ids[i]!,
      url: urls[i],
      summary: summaries[i],
      text: texts[i],
      published: published[i],
      source: sources[i],
      lang: langs[i],
    };
  }
  return items;
}

/** One text field's values; a URL coded AS_ID is its item's id, from `ids`. */
function unpackTexts(
  value: unknown,
  count: number,
  field: TextField,
  ids?: (string | undefined)[],
): (string | undefined)[] {
  const packed = value as Partial<PackedTexts> | null;
  if (typeof packed !== 'object' || packed === null) throw new Error(`${field} missing`);
  const { joined, lengths } = packed;
  if (typeof joined !== 'string' || !(lengths instanceof Int32Array) || lengths.length !== count)
    throw new Error(`bad ${field}`);
  const values: (string | undefined)[] = new Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[i]!;
    if (length === ABSENT) values[i] = undefined;
    else if (length === AS_ID && ids) values[i] = ids[i];
    else if (length >= 0 && at + length <= joined.length) {
      values[i] = joined.slice(at, at + length);
      at += length;
    } else throw new Error(`bad ${field}`);
  }
  if (at !== joined.length) throw new Error(`bad ${field}`);
  return values;
}

function unpackNames(value: unknown, count: number, names: (string | undefined)[]): (string | undefined)[] {
  if (!(value instanceof Int32Array) || value.length !== count) throw new Error('bad names');
  const named: (string | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const number = value[i]!;
    if (number !== ABSENT && (number < 0 || number >= names.length)) throw new Error('bad names');
    named[i] = number === ABSENT ? undefined : names[number];
  }
  return named;
}
