import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../utils/sources/json-keys';

describe('scanJson', () => {
  it('finds keys given twice, with the path of their object and the line', () => {
    const text = '[\n{"a": 1, "b": {"c": 2, "c": 3}},\n{"a": 1, "\\u0061": "x\\"y"}\n]';
    expect(scanJson(text).duplicates).toEqual([
      { path: [0, 'b'], key: 'c', line: 2 },
      { path: [1], key: 'a', line: 3 },
    ]);
  });

  it('does not confuse equal keys in sibling objects, or strings that look like keys', () => {
    expect(scanJson('[{"a": 1}, {"a": 2}, {"b": "a", "c": ["a", "a"]}]').duplicates).toEqual([]);
  });

  it('gives the line each top-level element starts on', () => {
    expect(scanJson('[\n{"id": "a"},\n\n{"id": "b",\n "x": [1,\n2]},\n3\n]').elementLines).toEqual([2, 4, 7]);
    expect(scanJson('{"outlets": [1, 2]}').elementLines).toEqual([]);
    expect(scanJson('[]').elementLines).toEqual([]);
  });
});
