import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, ImportError, importRatings } from '../../../utils/sources/import/index';
import { validateDataset } from '../../../utils/sources/validate-dataset';
import { fuzzRuns } from '../../fuzz-runs';

// `npm run fuzz` runs 10,000 cases: allow them the time, on a shared machine.
const timeout = Math.max(5000, fuzzRuns * 3);

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'left',
    'Lean Left',
    'center',
    'right-center',
    'HIGH',
    'MIXED',
    'cnn.com',
    'https://www.bbc.co.uk/',
    '=1+1',
    '"',
    ',',
    '\r\n',
    '\uFEFF',
  ),
);
const csvText = fc
  .tuple(
    fc.constantFrom(
      'name,bias,type,allsides_url,agree,disagree,url,confidence',
      'id,name,domains,bias,bias_score,country',
      'x',
    ),
    fc.array(fc.array(cellText, { maxLength: 10 }), { maxLength: 8 }),
  )
  .map(([header, rows]) => [header, ...rows.map((row) => row.join(','))].join('\n'));
const jsonText = fc
  .array(
    fc.record(
      {
        domain: fc.oneof(cellText, fc.integer()),
        name: cellText,
        bias: cellText,
        reporting: cellText,
        id: cellText,
        domains: fc.array(cellText),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 6 },
  )
  .chain((entries) =>
    fc.constantFrom(
      JSON.stringify({ sources: entries }),
      JSON.stringify({ schema: 1, outlets: entries }),
      JSON.stringify(entries),
    ),
  );

describe('importer properties', () => {
  it(
    'never throws anything but an ImportError, and what it imports is a valid dataset',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...IMPORT_FORMATS),
          fc.oneof(fc.string(), csvText, jsonText),
          (format, text) => {
            try {
              const result = importRatings(format, text, { name: 'fuzz', updated: '2026-01-01' });
              expect(result.imported).toBe(result.dataset.outlets.length);
              expect(result.skipped).toBe(result.errors.length);
              const { dataset, issues } = validateDataset(result.dataset);
              expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
              expect(dataset?.outlets).toHaveLength(result.imported);
            } catch (error) {
              expect(error).toBeInstanceOf(ImportError);
            }
          },
        ),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );
});
