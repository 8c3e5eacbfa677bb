import { describe, expect, it } from 'vitest';
import { Candidates, NO_DAY } from '../../../utils/matching/candidates';

const list = (docs: number[]) => ({
  docs: Int32Array.from(docs),
  weights: Float32Array.from(docs, (doc) => 1 + doc / 100),
  length: docs.length,
});

describe('Candidates', () => {
  const days = Int32Array.from({ length: 1000 }, (_, doc) => (doc % 10 === 0 ? NO_DAY : doc % 7));

  it('keeps as candidates the documents within the date window or undated, and gives the others no sum', () => {
    const candidates = new Candidates();
    candidates.start(1000);
    const first = list([0, 1, 2, 3, 4, 5, 6, 10, 11]);
    candidates.scan(first.docs, first.weights, first.length, 1, null, days, 2, 4);
    expect([...candidates.inside.subarray(0, candidates.insideCount)]).toEqual([0, 2, 3, 4, 10, 11]);
    expect(candidates.anyFound).toBe(true);
    expect(candidates.sums[1]).toBe(0);
    expect(candidates.sums[5]).toBe(0);
    expect(candidates.sums[2]).toBeCloseTo(1.02, 5);
  });

  it('adds a later term to the documents found only, alike for few candidates and many', () => {
    const later = list(Array.from({ length: 900 }, (_, i) => i));
    for (const found of [[3, 250, 899], Array.from({ length: 400 }, (_, i) => i * 2)]) {
      const candidates = new Candidates();
      candidates.start(1000);
      const first = list(found);
      candidates.scan(first.docs, first.weights, first.length, 1, null, days, -Infinity, Infinity);
      candidates.addToFound(later.docs, later.weights, later.length, 0.5);
      for (let doc = 0; doc < 1000; doc++) {
        const expected = found.includes(doc) ? Math.fround(Math.fround(1 + doc / 100) * 1.5) : 0;
        expect(candidates.sums[doc]).toBeCloseTo(expected, 4);
      }
    }
  });

  it('drops the candidates whose sum is under their norm times the cut, and clears their sums', () => {
    const candidates = new Candidates();
    candidates.start(1000);
    const first = list([3, 250, 400, 899]);
    candidates.scan(first.docs, first.weights, first.length, 1, null, days, -Infinity, Infinity);
    const norms = Float32Array.from({ length: 1000 }, (_, doc) => (doc === 400 ? 10 : 2));
    // Sums 1.03, 3.5, 5, 9.99; limits 2 × 1.5 = 3 (15 for document 400).
    candidates.dropUnder(norms, 1.5);
    expect([...candidates.inside.subarray(0, candidates.insideCount)]).toEqual([250, 899]);
    expect(candidates.sums[3]).toBe(0);
    expect(candidates.sums[400]).toBe(0);
    // A later term reaches only those kept.
    const later = list([3, 250, 400, 899]);
    candidates.addToFound(later.docs, later.weights, later.length, 1);
    expect(candidates.sums[3]).toBe(0);
    expect(candidates.sums[250]).toBeCloseTo(7, 5);
  });
});
