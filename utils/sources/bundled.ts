/**
 * The dataset shipped with the extension: the three regional files, validated in full at build
 * (`npm run dataset:check`, run in CI, keeps errors out of a release) and again at load, once per
 * worker start: there the check is structural (no public-suffix lookup per domain), as the worker
 * waits for it before its first answer. An outlet that is not in canonical form gets the full
 * check; one with an error is left out rather than failing the whole dataset.
 */
import europe from './data/europe.json';
import us from './data/us.json';
import world from './data/world.json';
import { DATASET_SCHEMA_VERSION, type Dataset } from './schema';
import { type Issue, validateOutlets } from './validate-dataset';

/** The bundled files in load order, by the name dataset:check and error messages use. */
export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'us.json': us,
  'europe.json': europe,
  'world.json': world,
};

/** Revision date of the bundled data: bump it with every data change. */
export const BUNDLED_UPDATED = '2026-11-29';

let cached: { dataset: Dataset; issues: Issue[] } | null = null;

function load(): { dataset: Dataset; issues: Issue[] } {
  // Validated together, so an id or domain used in two regions is caught too.
  const all: unknown[] = [];
  for (const outlets of Object.values(BUNDLED_FILES)) if (Array.isArray(outlets)) all.push(...outlets);
  const { outlets, issues } = validateOutlets(all, 'outlets', { prevalidated: true });
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
