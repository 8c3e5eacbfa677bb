import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../utils/matching/item-store';
import {
  IdOrder,
  type PackedFields,
  PackedFieldsReader,
  packFields,
} from '../../../utils/matching/packed-fields';
import { unpackFields } from '../../helpers/unpack-fields';

const asIs = (name: string | undefined) => name;

function stored(fields: Partial<StoredItem> & { id: string }): StoredItem {
  return {
    url: undefined,
    summary: undefined,
    text: undefined,
    published: undefined,
    source: undefined,
    lang: undefined,
    ...fields,
  };
}

// Every field present and absent, URLs as their ids and not, text beyond Latin-1, empty strings.
const items: StoredItem[] = [
  stored({ id: 'https://a.example/1', url: 'https://a.example/1', source: 'a.example', lang: 'en' }),
  stored({ id: 'gdelt-7', url: 'https://b.example/7?x=1', source: 'b.example', lang: 'fr-FR' }),
  stored({ id: 'no-url', summary: '', text: 'Текст статьи 📰', published: 'Tue, 3 Mar 2026', lang: 'ru' }),
  stored({ id: '', url: '', summary: 'A summary kept as it is', source: 'a.example' }),
  stored({ id: 'https://a.example/2', url: 'https://a.example/2', source: 'a.example', lang: 'en' }),
];

describe('packed item fields', () => {
  it('read back the same items after a structured clone, as IndexedDB stores them', () => {
    const packed = packFields(items);
    expect(unpackFields(structuredClone(packed), asIs)).toStrictEqual(items);
    expect(unpackFields(packFields([]), asIs)).toEqual([]);
  });

  it('write a URL that is its item’s id once, and each source or language name once', () => {
    const packed = packFields(items);
    expect(packed.url.joined).toBe('https://b.example/7?x=1');
    expect(packed.names.sort()).toEqual(['a.example', 'b.example', 'en', 'fr-FR', 'ru']);
  });

  it('give the one copy of a name the index keeps', () => {
    const canonical = new Map<string, string>();
    const shared = (name: string | undefined) => {
      if (name === undefined) return undefined;
      if (!canonical.has(name)) canonical.set(name, `shared:${name}`);
      return canonical.get(name);
    };
    const unpacked = unpackFields(packFields(items), shared);
    expect(unpacked.map((item) => item.source)).toEqual([
      'shared:a.example',
      'shared:b.example',
      undefined,
      'shared:a.example',
      'shared:a.example',
    ]);
  });

  it('refuse damaged fields with the reason', () => {
    const packed = packFields(items);
    const check = (changed: Partial<PackedFields>) => () => unpackFields({ ...packed, ...changed }, asIs);
    expect(() => unpackFields(null, asIs)).toThrow(/fields missing/);
    expect(check({ count: 6 })).toThrow(/bad id/);
    expect(check({ count: -1 })).toThrow(/bad item count/);
    expect(check({ id: { ...packed.id, joined: `${packed.id.joined}x` } })).toThrow(/bad id/);
    expect(check({ id: { ...packed.id, joined: packed.id.joined.slice(1) } })).toThrow(/bad id/);
    expect(check({ id: { ...packed.id, lengths: packed.id.lengths.map((n, i) => (i ? n : -1)) } })).toThrow(
      /bad id|lacks an id/,
    );
    expect(check({ summary: { ...packed.summary, lengths: new Int32Array(5).fill(-2) } })).toThrow(
      /bad summary/,
    );
    expect(check({ text: undefined })).toThrow(/text missing/);
    expect(check({ names: [7 as never] })).toThrow(/not text/);
    expect(check({ source: Int32Array.of(0, 1, -1, 0, 9) })).toThrow(/bad names/);
    expect(check({ lang: new Int32Array(2) })).toThrow(/bad names/);
  });

  it('find an item by its id through their order, and refuse an order that is not theirs', () => {
    const reader = new PackedFieldsReader(structuredClone(packFields(items)), asIs);
    const byId = IdOrder.checked(reader, IdOrder.of(items.map((item) => item.id)));
    for (const [doc, item] of items.entries()) {
      expect(byId.docOf(item.id)).toBe(doc);
      expect(reader.record(doc)).toStrictEqual(item);
    }
    for (const absent of ['https://a.example/', 'https://a.example/3', 'zzz'])
      expect(byId.docOf(absent)).toBe(-1);
    expect(() => IdOrder.checked(reader, Int32Array.from(items.keys()))).toThrow(/out of order/);
    expect(() => IdOrder.checked(reader, new Int32Array(items.length))).toThrow(/bad id order/);
    expect(() => IdOrder.checked(reader, Int32Array.of(0, 1, 2, 3, 9))).toThrow(/bad id order/);
    expect(() => IdOrder.checked(reader, [3, 0, 4, 1, 2])).toThrow(/bad id order/);
    const repeated = [items[0]!, ...items];
    const withRepeat = new PackedFieldsReader(packFields(repeated), asIs);
    expect(() => IdOrder.checked(withRepeat, IdOrder.of(repeated.map((item) => item.id)))).toThrow(
      /repeated/,
    );
  });
});
