/** Reading a ratings file in one of the formats of ../../../../shared/CONTRACT.md into a Dataset. */
import { importAllSides } from './allsides';
import { importCsv } from './csv';
import { importJson } from './json';
import { importMbfc } from './mbfc';
import type { ImportOptions, ImportResult } from './result';

export type { ImportOptions, ImportResult, RowError } from './result';
export { ImportError } from './result';

const IMPORTERS = {
  mbfc: importMbfc,
  allsides: importAllSides,
  csv: importCsv,
  json: importJson,
} as const satisfies Record<string, (text: string, options: ImportOptions) => ImportResult>;

export type ImportFormat = keyof typeof IMPORTERS;
export const IMPORT_FORMATS = Object.keys(IMPORTERS) as ImportFormat[];

/**
 * Imports a ratings file. Bad rows are skipped and listed in `errors`; a file that is not a
 * ratings file of `format` at all throws an ImportError saying why.
 */
export function importRatings(format: ImportFormat, text: string, options: ImportOptions): ImportResult {
  return IMPORTERS[format](text, options);
}
