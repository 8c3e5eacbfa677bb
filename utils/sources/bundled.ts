/**
 * The dataset shipped with the extension: the three regional files, validated in full at build
 * (`npm run dataset:check`, run in CI, keeps errors out of a release; the extension's build itself
 * refuses data that fails the full check or is not in canonical form, see wxt.config.ts). The
 * extension therefore uses the files as they are: a cold worker waits for them before its first
 * answer. Elsewhere (the CLI, tests) they are checked at load, structurally (no public-suffix
 * lookup per domain), an outlet not in canonical form getting the full check; one with an error is
 * left out rather than failing the whole dataset.
 */
import europe from './data/europe.json';
import us from './data/us.json';
import world from './data/world.json';
import { DATASET_SCHEMA_VERSION, type Dataset, type Outlet } from './schema';
import { type Issue, validateOutlets } from './validate-dataset';

/** Set to true by the extension's build (wxt.config.ts `define`), after its check of the files. */
declare const __PARALLAX_BUNDLED_CHECKED__: boolean | undefined;

/** The bundled files in load order, by the name dataset:check and error messages use. */
export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'us.json': us,
  'europe.json': europe,
  'world.json': world,
};

/** Revision date of the bundled data: bump it with every data change. */
export const BUNDLED_UPDATED = '2026-11-29';

let cached: { dataset: Dataset; issues: Issue[] } | null = null;

/** The files' outlets, concatenated: validated together, so a clash across regions counts. */
function allOutlets(files: Readonly<Record<string, unknown>>): unknown[] {
  const all: unknown[] = [];
  for (const outlets of Object.values(files)) if (Array.isArray(outlets)) all.push(...outlets);
  return all;
}

function load(): { dataset: Dataset; issues: Issue[] } {
  const checkedAtBuild = typeof __PARALLAX_BUNDLED_CHECKED__ !== 'undefined' && __PARALLAX_BUNDLED_CHECKED__;
  const { outlets, issues } = checkedAtBuild
    ? { outlets: allOutlets(BUNDLED_FILES) as Outlet[], issues: [] }
    : validateOutlets(allOutlets(BUNDLED_FILES), 'outlets', { prevalidated: true });
  return {
    dataset: { schema: DATASET_SCHEMA_VERSION, name: 'bundled', updated: BUNDLED_UPDATED, outlets },
    issues,
  };
}

export function bundledDataset(): Dataset {
  cached ??= load();
  return cached.dataset;
}

/** What validation left out or warned about (paths index the three files concatenated). */
export function bundledIssues(): Issue[] {
  cached ??= load();
  return cached.issues;
}

/**
 * Why the extension's build must not ship the files as they are: each error of the full check (no
 * shortcut for canonical outlets), or that the check would change an outlet (not in canonical
 * form). Empty when the extension may use them unchecked.
 */
export function bundledBuildProblems(files = BUNDLED_FILES): string[] {
  const all = allOutlets(files);
  const { outlets, issues } = validateOutlets(all, 'outlets');
  const problems = issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.path}: ${issue.message}`);
  if (problems.length === 0 && JSON.stringify(outlets) !== JSON.stringify(all)) {
    problems.push('an outlet is not in canonical form: run npm run dataset:check');
  }
  return problems;
}
