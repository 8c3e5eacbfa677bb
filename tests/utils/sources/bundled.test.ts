import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, bundledDataset, bundledIssues } from '../../../utils/sources/bundled';
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
