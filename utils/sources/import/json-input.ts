/** What the JSON importers (`json`, `mbfc`) share: reading the file, and refusing an entry before it is a candidate. */
import { describeJsonError } from '../json-error';
import { checkSize, ImportError, type RowCollector } from './result';

/** The parsed file (a leading byte-order mark allowed); a file that is no JSON is refused as not `what`. */
export function parseImportJson(text: string, what: string): unknown {
  checkSize(text);
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new ImportError(`not ${what}: not valid JSON at ${describeJsonError(json, error)}`);
  }
}

/**
 * Entry `index` as an object to import, or null once `collector` has rejected it: for the reason
 * `ambiguous` gives it (a key given twice), or with `notObject` when it is no object.
 */
export function entryObject(
  collector: RowCollector,
  index: number,
  entry: unknown,
  ambiguous: ReadonlyMap<number, string>,
  notObject: string,
): Record<string, unknown> | null {
  const problem = ambiguous.get(index);
  if (problem) {
    collector.reject({ index }, problem);
    return null;
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    collector.reject({ index }, notObject);
    return null;
  }
  return entry as Record<string, unknown>;
}
