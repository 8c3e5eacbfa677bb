import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readJsonLd } from '../../../utils/extract/json-ld';
import { fuzzRuns } from '../../fuzz-runs';

const doc = new DOMParser().parseFromString('<html><head></head></html>', 'text/html');

function readSources(sources: string[]) {
  doc.head.replaceChildren();
  for (const source of sources) {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = source;
    doc.head.append(script);
  }
  return readJsonLd(doc.documentElement);
}

// Any JSON a page might hold, shaped like JSON-LD often enough to reach the deeper code paths.
const jsonLdish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    tie('node'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  node: fc.record(
    {
      '@type': fc.oneof(fc.constantFrom('NewsArticle', 'WebSite', 'Person', 'Article'), fc.jsonValue()),
      '@id': fc.constantFrom('#a', '#b', 1),
      '@graph': tie('value'),
      mainEntity: tie('value'),
      headline: fc.jsonValue(),
      name: fc.oneof(fc.string(), fc.jsonValue()),
      author: tie('value'),
      publisher: tie('value'),
    },
    { requiredKeys: [] },
  ),
}));

it('never throws and returns only strings or nulls, whatever the JSON-LD', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          jsonLdish.value.map((v) => JSON.stringify(v)),
          fc.string(),
        ),
        { maxLength: 3 },
      ),
      (sources) => {
        const facts = readSources(sources);
        for (const field of [
          facts.headline,
          facts.name,
          facts.description,
          facts.publisher,
          facts.siteName,
        ]) {
          expect(field === null || (typeof field === 'string' && field.length > 0)).toBe(true);
        }
        expect(facts.authors.every((author) => typeof author === 'string' && author.length > 0)).toBe(true);
      },
    ),
    { numRuns: fuzzRuns },
  );
});
