import { describe, expect, it } from 'vitest';
import { headlineOnlyTerms, omittedFacts } from '../../../utils/framing/facts';

const others = [
  { title: 'Council approves bridge', body: 'Mayor Dana Whitfield said the $42 million bridge passed 7-4.' },
  {
    title: 'Bridge approved',
    body: 'The council backed the $42 million project, Mayor Dana Whitfield said.',
  },
  {
    title: 'Riverside bridge wins vote',
    body: 'Whitfield hailed the vote. Construction starts in June 2026.',
  },
];

describe('omittedFacts', () => {
  it('lists names and numbers most other reports carry that the article lacks', () => {
    const article = {
      title: 'Council approves bridge despite protests',
      body: 'Residents protested the bridge on Tuesday.',
    };
    expect(omittedFacts(article, others)).toEqual([
      { fact: 'Mayor Dana Whitfield', reportedBy: 3 },
      { fact: '42', reportedBy: 2 },
    ]);
  });

  it('counts a name as reported when the article uses its last word', () => {
    const article = { title: 'Bridge approved', body: 'Ms. Whitfield won; the $42 million plan passed.' };
    expect(omittedFacts(article, others)).toEqual([]);
  });

  it('needs at least two other reports', () => {
    expect(omittedFacts({ title: 'x', body: '' }, others.slice(0, 1))).toEqual([]);
  });
});

describe('headlineOnlyTerms', () => {
  it('gives the headline words no other report used, as written', () => {
    expect(headlineOnlyTerms('Council rams through costly bridges', others)).toEqual(['rams', 'costly']);
  });

  it('is empty with no other report', () => {
    expect(headlineOnlyTerms('Council rams through costly bridge', [])).toEqual([]);
  });
});
