import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateDataset,
  validateOutlet,
  validateOutletPatch,
  validateOutlets,
} from '../../../utils/sources/validate-dataset';
import { fuzzRuns } from '../../fuzz-runs';
import { fixtureOutlets } from './fixture-outlets';

// `npm run fuzz` runs 10,000 cases: allow them the time, on a shared machine.
const timeout = Math.max(5000, fuzzRuns * 3);

// A real outlet with one field (or sub-field) replaced by anything: the shapes broken data takes.
const mutatedOutlet = fc
  .tuple(
    fc.constantFrom(...fixtureOutlets()),
    fc.constantFrom(
      'id',
      'name',
      'domains',
      'paths',
      'kind',
      'bias',
      'factuality',
      'owner',
      'country',
      'languages',
      'paywall',
      'feeds',
      'provided',
      'aliases',
    ),
    fc.jsonValue(),
  )
  .map(([outlet, field, value]) => ({ ...outlet, [field]: value }));

describe('validation properties', () => {
  it(
    'never throws, and an outlet it accepts validates again unchanged',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), mutatedOutlet), (value) => {
          const { outlet } = validateOutlet(value);
          if (outlet) expect(validateOutlet(outlet).outlet).toEqual(outlet);
          validateOutletPatch(value);
          validateDataset({ schema: 1, name: 'x', updated: '2026-01-01', outlets: [value] });
        }),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );

  it(
    'checking prevalidated data structurally keeps and reports what the full check does',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.anything(), mutatedOutlet), { maxLength: 4 }), (values) => {
          const full = validateOutlets(values);
          // The one rule the structural check leaves to dataset:check.
          if (full.issues.some((issue) => issue.message.includes('public suffix'))) return;
          expect(validateOutlets(values, 'outlets', { prevalidated: true })).toEqual(full);
        }),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );
});
