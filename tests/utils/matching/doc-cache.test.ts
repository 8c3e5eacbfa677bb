import { describe, expect, it } from 'vitest';
import { DocCache } from '../../../utils/matching/doc-cache';

describe('DocCache', () => {
  it('works a document out once, until cleared', () => {
    const cache = new DocCache<string>(10);
    let computed = 0;
    const compute = () => `value ${++computed}`;
    expect(cache.get(3, compute)).toBe('value 1');
    expect(cache.get(3, compute)).toBe('value 1');
    expect(cache.get(4, compute)).toBe('value 2');
    cache.clear();
    expect(cache.get(3, compute)).toBe('value 3');
  });

  it('holds at most its capacity, starting over when full', () => {
    const cache = new DocCache<number>(2);
    let computed = 0;
    const compute = () => ++computed;
    cache.get(1, compute);
    cache.get(2, compute);
    cache.get(3, compute); // full: starts over with 3 alone
    expect(computed).toBe(3);
    expect(cache.get(3, compute)).toBe(3);
    expect(cache.get(1, compute)).toBe(4);
  });
});
