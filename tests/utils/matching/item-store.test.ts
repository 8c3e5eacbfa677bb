import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { combinedTerms } from '../../../utils/matching/features';
import { checkedStoredTexts, ItemStore, type StoredTexts } from '../../../utils/matching/item-store';
import { packStrings, StringList } from '../../../utils/matching/packed-strings';
import { DEFAULT_PARAMS } from '../../../utils/matching/params';

const asIs = (name: string | undefined) => name;

/** Keeps each item as the story index does: read for its terms, its texts kept as they are read. */
function stored(items: CoverageItem[], store = new ItemStore()): ItemStore {
  for (const item of items) {
    store.open();
    combinedTerms(item, DEFAULT_PARAMS, (entry) => entry, store);
    store.close(item, asIs);
  }
  store.trim();
  return store;
}

const odd: CoverageItem[] = [
  {
    id: 'full',
    title: 'Senate passes the Kerry climate bill',
    url: 'https://example.org/a',
    summary: 'The Senate voted 62 to 38 on the U.S. bill Kerry’s aides wrote — “a win”, they said.',
    text: 'Full text, kept as it is.',
    published: '2026-03-10T12:00:00Z',
    source: 'example.org',
    lang: 'en-US',
  },
  {
    id: 'spaces',
    title: '  Leading,  doubled\tand trailing  ',
    summary: '\n\nTwo paragraphs.\n\nSecond one…',
  },
  { id: 'blank summary', title: 'A title', summary: '   ' },
  { id: 'empty', title: '', summary: '' },
  { id: 'no words', title: '!!! — ???', summary: '…' },
  {
    id: 'scripts',
    title: 'Café crème, Ελλάδα, 東京 and 30,000 people',
    summary: 'e\u0301te\u0301 😀 emoji\ud800 lone',
  },
  { id: 'repeated', title: 'vote vote vote Vote VOTE', summary: 'vote, vote. vote' },
  { id: 'dated', title: 'Dated as the feeds date items', published: '2026-03-10T12:00:00.000Z' },
  { id: 'no such day', title: 'A date no calendar has', published: '2026-02-30T00:00:00.000Z' },
  { id: 'offset', title: 'A date with an offset', published: '2026-03-10T12:00:00+01:00' },
];

describe('ItemStore', () => {
  it('gives back every item exactly as it was added, whatever its spacing, punctuation, script or date', () => {
    const store = stored(odd);
    expect(odd.map((_, doc) => store.item(doc))).toStrictEqual(odd);
  });

  it('gives back a text longer than all the room it had, of thousands of spellings and gaps', () => {
    const gaps = [' ', ', ', ' — ', '; '];
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}${gaps[i % gaps.length]}`);
    const long: CoverageItem = { id: 'book', title: 'A whole book as a summary', summary: words.join('') };
    const store = stored([odd[0]!, long, odd[1]!]);
    expect([0, 1, 2].map((doc) => store.item(doc))).toStrictEqual([odd[0], long, odd[1]]);
  });

  it('keeps each spelling once: repeated headlines cost a few bytes a word', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      id: `i${i}`,
      title: 'Parliament approves the northern bridge budget after a long debate',
      summary: `Lawmakers voted ${i} times on the bridge budget, officials said.`,
    }));
    const texts = stored(items).snapshot(Int32Array.from(items.keys()));
    const characters = items.reduce((sum, item) => sum + item.title.length + item.summary.length, 0);
    const spellings = new StringList(texts.spellings, 'spellings').all();
    expect(spellings.filter((spelling) => spelling === 'bridge')).toHaveLength(1);
    expect(texts.texts.length).toBeLessThan(characters / 4);
  });

  it('snapshots the documents asked for in the order asked, which read back the same items', () => {
    const store = stored(odd);
    store.remove(1);
    const order = Int32Array.from(odd.keys())
      .filter((doc) => doc !== 1)
      .reverse();
    const restored = new ItemStore(checkedStoredTexts(structuredClone(store.snapshot(order)), asIs));
    const kept = odd.filter((item) => item.id !== 'spaces').reverse();
    expect(restored.length).toBe(kept.length);
    expect(kept.map((_, doc) => restored.item(doc))).toStrictEqual(kept);
  });

  it('goes on adding to a restored store, reusing the spellings it holds', () => {
    const texts = stored(odd).snapshot(Int32Array.from(odd.keys()));
    const restored = new ItemStore(checkedStoredTexts(texts, asIs));
    const again = { id: 'again', title: 'Senate passes the Kerry climate bill', summary: 'vote, vote. vote' };
    stored([again], restored);
    expect(restored.item(odd.length)).toStrictEqual(again);
    const all = Int32Array.from({ length: restored.length }, (_, doc) => doc);
    expect(restored.snapshot(all).spellings).toEqual(texts.spellings);
  });

  it('refuses damaged stored texts with the reason', () => {
    const texts = stored(odd).snapshot(Int32Array.from(odd.keys()));
    const check = (changed: Partial<StoredTexts>) => () => checkedStoredTexts({ ...texts, ...changed }, asIs);
    expect(check({ starts: texts.starts.slice(1) })).toThrow(/disagree/);
    expect(check({ starts: texts.starts.map((start, i) => (i === 3 ? 0 : start)) })).toThrow(/not sorted/);
    expect(check({ spellings: { ...texts.spellings, joined: `${texts.spellings.joined}x` } })).toThrow(
      /bad spellings/,
    );
    expect(check({ gaps: [] as never })).toThrow(/gaps missing/);
    expect(check({ times: new Float64Array(texts.fields.count).fill(Number.POSITIVE_INFINITY) })).toThrow(
      /bad times/,
    );
    expect(check({ fields: { ...texts.fields, names: [7 as never] } })).toThrow(/not text/);
  });

  it('reads a damaged code back as some text, never past its own nor failing', () => {
    const texts = stored(odd).snapshot(Int32Array.from(odd.keys()));
    const cut = texts.texts.slice();
    cut[cut.length - 1] = 0x80; // the last number never ends
    const damaged = new ItemStore(
      checkedStoredTexts(
        { ...texts, texts: cut, spellings: packStrings(['only']), gaps: packStrings([]) },
        asIs,
      ),
    );
    const items = odd.map((_, doc) => damaged.item(doc));
    expect(items.map((item) => item.id)).toEqual(odd.map((item) => item.id));
    for (const item of items) expect(typeof item.title).toBe('string');
  });
});
