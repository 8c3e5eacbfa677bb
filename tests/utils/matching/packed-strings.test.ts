import { describe, expect, it } from 'vitest';
import { packStrings, StringList } from '../../../utils/matching/packed-strings';

// Empty strings, text beyond Latin-1 (surrogate pairs), one string the start of the next.
const words = ['', 'a', 'ab', 'abc', 'b', 'Ελλάδα', '東京', '😀'];

describe('packed strings', () => {
  it('read back the same strings after a structured clone, as IndexedDB stores them', () => {
    const list = new StringList(structuredClone(packStrings(words)), 'words');
    expect(list.length).toBe(words.length);
    expect(list.all()).toEqual(words);
    expect(new StringList(packStrings([]), 'words').all()).toEqual([]);
  });

  it('find a string of a sorted list where it is, and no other', () => {
    const sorted = [...words].sort();
    const list = new StringList(packStrings(sorted), 'words');
    expect(list.isStrictlySorted()).toBe(true);
    for (const [at, word] of sorted.entries()) expect(list.indexOfSorted(word)).toBe(at);
    for (const absent of ['aa', 'abcd', 'c', 'Ε', '東', '\uffff'])
      expect(list.indexOfSorted(absent)).toBe(-1);
  });

  it('tell a list out of order or with a string repeated', () => {
    expect(new StringList(packStrings(['b', 'a']), 'words').isStrictlySorted()).toBe(false);
    expect(new StringList(packStrings(['a', 'b', 'b']), 'words').isStrictlySorted()).toBe(false);
  });

  it('refuse damaged packed strings with the reason', () => {
    const packed = packStrings(words);
    const read = (value: unknown) => () => new StringList(value, 'words');
    expect(read(null)).toThrow(/words missing/);
    expect(read(words)).toThrow(/words missing/);
    expect(read({ ...packed, ends: Array.from(packed.ends) })).toThrow(/words missing/);
    expect(read({ ...packed, joined: `${packed.joined}x` })).toThrow(/bad words/);
    expect(read({ ...packed, ends: packed.ends.map((end, i) => (i === 3 ? 0 : end)) })).toThrow(/bad words/);
  });
});
