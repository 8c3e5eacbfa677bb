import fc from 'fast-check';
import { expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../utils/sources/json-error';
import { fuzzRuns } from '../../fuzz-runs';

// 10,000 runs (npm run fuzz) take a few seconds on a busy machine.
const timeout = Math.max(5_000, fuzzRuns * 3);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// Valid JSON with one character dropped, swapped or inserted: mostly invalid, close to real mistakes.
const nearJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\n', 'x', "'"))
  .map(([json, at, insert]) => {
    const i = at % (json.length + 1);
    return json.slice(0, i) + insert + json.slice(i + (insert ? 0 : 1));
  });

it('finds an error exactly when JSON.parse refuses the text, and within the text', { timeout }, () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), nearJson, fc.string()), (text) => {
      const offset = jsonErrorOffset(text);
      expect(offset === -1).toBe(parses(text));
      expect(offset).toBeLessThanOrEqual(text.length);
    }),
    { numRuns: fuzzRuns },
  );
});
