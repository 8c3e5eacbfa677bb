import { describe, expect, it } from 'vitest';
import {
  BUNDLED_FILES,
  bundledBuildProblems,
  bundledDataset,
  bundledIssues,
} from '../../../utils/sources/bundled';
import { validateDataset } from '../../../utils/sources/validate-dataset';

describe('bundledDataset', () => {
  it('is validated once and shared', () => {
    expect(bundledDataset()).toBe(bundledDataset());
    expect(bundledDataset()).toMatchObject({ schema: 1, name: 'bundled' });
  });

  it('holds only outlets that pass validation, and accounts for every outlet of the files', () => {
    const { outlets } = bundledDataset();
    expect(validateDataset(bundledDataset()).issues.filter((issue) => issue.severity === 'error')).toEqual(
      [],
    );
    const total = Object.values(BUNDLED_FILES).reduce<number>(
      (n, file) => n + (Array.isArray(file) ? file.length : 0),
      0,
    );
    const left = new Set(
      bundledIssues()
        .filter((issue) => issue.severity === 'error')
        .map((issue) => /^outlets\[(\d+)\]/.exec(issue.path)?.[1]),
    );
    expect(outlets.length).toBe(total - left.size);
  });
});

describe('bundledBuildProblems', () => {
  const [first] = BUNDLED_FILES['us.json'] as Record<string, unknown>[];

  it('lets the shipped files through: valid and canonical, usable unchecked', () => {
    expect(bundledBuildProblems()).toEqual([]);
  });

  it('refuses an outlet the check would change, and names each error', () => {
    // Valid, but the check trims the name: used unchecked, it would differ from the checked one.
    const padded = { ...first, name: ` ${first!.name} ` };
    expect(bundledBuildProblems({ 'us.json': [padded] })).toEqual([
      'an outlet is not in canonical form: run npm run dataset:check',
    ]);
    const nameless = { ...first, name: '' };
    const problems = bundledBuildProblems({ 'us.json': [nameless], 'world.json': [first] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^outlets\[0\]\.name: /);
  });
});
