import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { combined, combinedTerms, itemFeatures, type TermNumbers } from '../../../utils/matching/features';
import { DEFAULT_PARAMS } from '../../../utils/matching/params';
import { termOf } from '../../../utils/matching/text';

/** Numbers terms in order of first sight, as an index does, and names them back. */
function numbering(): { numbers: TermNumbers; names: string[] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const numbers: TermNumbers = (entry) => {
    const term = termOf(entry);
    let id = ids.get(term);
    if (id === undefined) {
      id = names.length;
      ids.set(term, id);
      names.push(term);
    }
    return id;
  };
  return { numbers, names };
}

const page: CoverageItem = {
  id: 'page',
  title: 'Senate passes the Kerry climate bill',
  summary: 'The Senate voted 62 to 38 on the climate bill Kerry wrote.',
  text: 'Kerry said the vote was close. Opponents of the bill said the climate plan costs 30,000 jobs; Kerry disagreed.',
};
const feedItem: CoverageItem = {
  id: 'feed',
  title: 'Floods close schools in Dhaka',
  summary: 'Schools shut as floods rise.',
};
const bodyOnly: CoverageItem = {
  id: 'body',
  title: 'Port strike ends',
  text: `${'Dockers returned to work on Monday after the strike. '.repeat(20)}Shipping lines expect delays.`,
};

describe('combinedTerms', () => {
  it('gives the terms and weights of combined(itemFeatures(…)), in the same order', () => {
    for (const item of [page, feedItem, bodyOnly]) {
      const { numbers, names } = numbering();
      const expected = combined(itemFeatures(item, DEFAULT_PARAMS, numbers));
      const sums = combinedTerms(item, DEFAULT_PARAMS, numbers);
      const ids = Array.from(sums.ids.subarray(0, sums.count));
      expect(ids.map((id) => names[id])).toEqual(expected.ids.map((id) => names[id]));
      expect(Array.from(sums.weights.subarray(0, sums.count))).toEqual(expected.weights);
    }
  });

  it("keeps nothing of the previous item's terms", () => {
    const { numbers, names } = numbering();
    combinedTerms(page, DEFAULT_PARAMS, numbers);
    const sums = combinedTerms(feedItem, DEFAULT_PARAMS, numbers);
    const terms = Array.from(sums.ids.subarray(0, sums.count)).map((id) => names[id]);
    expect(terms).not.toContain('kerry');
    expect(terms).toEqual(
      combined(itemFeatures(feedItem, DEFAULT_PARAMS, numbers)).ids.map((id) => names[id]),
    );
  });
});
