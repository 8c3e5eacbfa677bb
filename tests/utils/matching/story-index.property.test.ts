import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { createStoryIndex, restoreStoryIndex } from '../../../utils/matching/story-index';
import { tokenize } from '../../../utils/matching/text';
import { fuzzRuns } from '../../fuzz-runs';

/** Text from a small vocabulary (so items overlap and match), odd Unicode, or anything at all. */
const words = [
  'bridge',
  'council',
  'vote',
  'Springfield',
  'mayor',
  '42',
  'storm',
  'Ohio',
  'power',
  'AP',
  'Reuters',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((list) => list.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u200b\u200d',
    'é'.normalize('NFD').repeat(50),
    '🏳️‍🌈 ﷽ 𝕏',
    'x'.repeat(20_000),
  ),
);
const date = fc.option(
  fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((time) => new Date(time).toISOString()),
  { nil: undefined },
);
const item = (id: string) =>
  fc
    .record({
      title: text,
      summary: fc.option(text, { nil: undefined }),
      published: date,
      lang: fc.constantFrom(undefined, 'en', 'fr', 'zz-bad'),
    })
    .map((fields): CoverageItem => {
      const out: CoverageItem = { id, title: fields.title };
      if (fields.summary !== undefined) out.summary = fields.summary;
      if (fields.published !== undefined) out.published = fields.published;
      if (fields.lang !== undefined) out.lang = fields.lang;
      return out;
    });
const pool = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(`item-${i}`))));
const query = fc
  .tuple(item('query'), fc.option(text, { nil: undefined }))
  .map(([q, body]) => (body === undefined ? q : { ...q, text: body }));

describe('story index properties', () => {
  it('answers in order, within 0…1, without the query itself, and never throws', () => {
    fc.assert(
      fc.property(pool, query, (items, q) => {
        const index = createStoryIndex();
        index.add(items);
        const matches = index.related(q);
        for (const match of matches) {
          expect(match.score).toBeGreaterThan(0);
          expect(match.score).toBeLessThanOrEqual(1);
          expect(match.id).not.toBe(q.id);
        }
        const scores = matches.map((match) => match.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('gives the same answer whatever order the items came in, and after a snapshot round trip', () => {
    fc.assert(
      fc.property(pool, query, (items, q) => {
        const forward = createStoryIndex();
        forward.add(items);
        const backward = createStoryIndex();
        backward.add([...items].reverse());
        const answer = forward
          .related(q)
          .map((match) => [match.id, match.score.toFixed(6), match.wireCopyOf]);
        expect(
          backward.related(q).map((match) => [match.id, match.score.toFixed(6), match.wireCopyOf]),
        ).toEqual(answer);
        const restored = restoreStoryIndex(structuredClone(forward.snapshot()));
        expect(
          restored.related(q).map((match) => [match.id, match.score.toFixed(6), match.wireCopyOf]),
        ).toEqual(answer);
      }),
      { numRuns: Math.max(20, Math.floor(fuzzRuns / 4)) },
    );
  });

  it('tokenizes any text without throwing, into non-empty terms', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const token of tokenize(value)) expect(token.term.length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('splits any text into the same words whatever comes before or after it', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const terms = (value: string) => tokenize(value).map((token) => token.term);
        expect(terms(`${first}\n${second}`)).toEqual([...terms(first), ...terms(second)]);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
