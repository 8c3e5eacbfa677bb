/**
 * Parallax's own schema: a Dataset `{schema, name, updated, outlets}`, or a bare array of outlets
 * (the form of the bundled regional files). Each outlet is validated; bad ones are skipped.
 */
import { scanJson } from '../json-keys';
import { DATASET_SCHEMA_VERSION } from '../schema';
import { entryObject, parseImportJson } from './json-input';
import { ImportError, type ImportOptions, type ImportResult, RowCollector } from './result';

export function importJson(text: string, options: ImportOptions): ImportResult {
  const root = parseImportJson(text, 'a Parallax dataset');
  const isDataset = typeof root === 'object' && root !== null && !Array.isArray(root);
  const outlets = isDataset ? (root as Record<string, unknown>).outlets : root;
  if (isDataset && (root as Record<string, unknown>).schema !== DATASET_SCHEMA_VERSION) {
    throw new ImportError(
      `not a Parallax dataset of schema ${DATASET_SCHEMA_VERSION}: "schema" is ${JSON.stringify((root as Record<string, unknown>).schema) ?? 'missing'}`,
    );
  }
  if (!Array.isArray(outlets)) {
    throw new ImportError(
      'not a Parallax dataset: expected {"schema": 1, "outlets": [...]} or an array of outlets',
    );
  }
  const listPath = isDataset ? ['outlets'] : [];
  const ambiguous = new Map<number, string>();
  for (const { path, key, line } of scanJson(text).duplicates) {
    const index = path[listPath.length];
    if (path.length <= listPath.length || listPath.some((part, i) => path[i] !== part)) continue;
    if (typeof index === 'number' && !ambiguous.has(index)) {
      ambiguous.set(index, `has the key "${key}" twice (line ${line}): ambiguous`);
    }
  }
  const collector = new RowCollector();
  for (const [index, entry] of outlets.entries()) {
    const outlet = entryObject(collector, index, entry, ambiguous, 'is not an outlet object');
    if (!outlet) continue;
    // An outlet must carry its own id here: other layers and the reader's overrides refer to it.
    if (!('id' in outlet)) {
      collector.reject({ index }, 'id: is missing');
      continue;
    }
    collector.add({ index }, outlet);
  }
  return collector.result(options);
}
