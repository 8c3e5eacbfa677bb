/**
 * Parallax's own schema: a Dataset `{schema, name, updated, outlets}`, or a bare array of outlets
 * (the form of the bundled regional files). Each outlet is validated; bad ones are skipped.
 */
import { describeJsonError } from '../json-error';
import { scanJson } from '../json-keys';
import { DATASET_SCHEMA_VERSION } from '../schema';
import { checkSize, ImportError, type ImportOptions, type ImportResult, RowCollector } from './result';

export function importJson(text: string, options: ImportOptions): ImportResult {
  checkSize(text);
  let root: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`not a Parallax dataset: not valid JSON at ${describeJsonError(json, error)}`);
  }
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
  for (const [index, outlet] of outlets.entries()) {
    const problem = ambiguous.get(index);
    if (problem) {
      collector.reject({ index }, problem);
      continue;
    }
    if (typeof outlet !== 'object' || outlet === null || Array.isArray(outlet)) {
      collector.reject({ index }, 'is not an outlet object');
      continue;
    }
    // An outlet must carry its own id here: other layers and the reader's overrides refer to it.
    if (!('id' in outlet)) {
      collector.reject({ index }, 'id: is missing');
      continue;
    }
    collector.add({ index }, outlet as Record<string, unknown>);
  }
  return collector.result(options);
}
