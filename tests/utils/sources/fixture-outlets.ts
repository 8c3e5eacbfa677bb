/** The hand-written test outlets of tests/fixtures/sources/outlets.json, validated as the app would. */

import type { Outlet } from '../../../utils/sources/schema';
import { validateOutlets } from '../../../utils/sources/validate-dataset';
import fixture from '../../fixtures/sources/outlets.json';

export function fixtureOutlets(): Outlet[] {
  const { outlets, issues } = validateOutlets(fixture);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length) throw new Error(`fixture is invalid: ${JSON.stringify(errors)}`);
  return outlets;
}
