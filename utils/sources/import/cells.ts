/**
 * Reading ratings files cell by cell: CSV through papaparse (quotes, CRLF, BOM), cells trimmed
 * and bounded, and the pieces of a rating (a site's URL, a list) turned into dataset values.
 */
import Papa from 'papaparse';
import { splitUrl } from '../host';
import { IMPORT_LIMITS, ImportError, type RowCollector } from './result';

export interface CsvRow {
  /** 1-based line the row starts on (a quoted cell may span lines). */
  line: number;
  /** Cells by lowercase header name; missing trailing cells are empty strings. */
  cells: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

/**
 * Parses CSV with a header row. Rows with more cells than the header (an unquoted comma in a
 * name) are reported to the collector, not guessed at.
 */
export function readCsv(text: string, collector: RowCollector): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const records: { cells: string[]; line: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    // Always commas: guessing would take a name with semicolons for the delimiter.
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      // Skip the blank lines a file ends with or has between rows.
      const cells = result.data;
      if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ cells, line: lineOf(start) });
      start = result.meta.cursor;
      while (body[start] === '\r' || body[start] === '\n') start++;
    },
  });
  if (records.length > IMPORT_LIMITS.rows + 1) {
    throw new ImportError(`the file has ${records.length - 1} rows; at most ${IMPORT_LIMITS.rows} are read`);
  }
  const [header, ...data] = records;
  if (!header) throw new ImportError('the file is empty');
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const rows: CsvRow[] = [];
  for (const { cells, line } of data) {
    if (cells.length > columns.length) {
      collector.reject(
        { line },
        `has ${cells.length} cells but the header has ${columns.length} (an unquoted comma?)`,
      );
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((column, i) => {
      row[column] = cells[i] ?? '';
    });
    rows.push({ line, cells: row });
  }
  return { columns, rows };
}

/** Refuses a file whose header lacks the columns that make it a ratings file of this format. */
export function requireColumns(columns: string[], required: string[], format: string): void {
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length) {
    throw new ImportError(
      `not ${format} ratings file: the header lacks ${missing.map((c) => `"${c}"`).join(', ')} ` +
        `(found ${
          columns
            .slice(0, 12)
            .map((c) => `"${c}"`)
            .join(', ') || 'nothing'
        })`,
    );
  }
}

/** A trimmed cell; undefined when empty. Throws the row's reason when it is huge. */
export function cell(value: unknown, column: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new RowProblem(`"${column}" must be text (got ${typeof value})`);
  if (value.length > IMPORT_LIMITS.cell) {
    throw new RowProblem(`"${column}" is ${value.length} characters long; at most ${IMPORT_LIMITS.cell}`);
  }
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** A row-level problem found while reading cells; the importer records it and skips the row. */
export class RowProblem extends Error {}

/** `domains` and `paths` for a site given as a host or URL: `https://www.cnn.com/` → cnn.com; `medium.com/swlh` → a path. */
export function siteOf(value: string, column: string): { domains: string[]; paths: string[] } {
  const parts = splitUrl(value);
  if (!parts)
    throw new RowProblem(`"${column}" ${JSON.stringify(value.slice(0, 80))} is not a site's host or URL`);
  const path = parts.path.replace(/\/+$/, '');
  return path ? { domains: [], paths: [`${parts.host}${path}`] } : { domains: [parts.host], paths: [] };
}

/** A list cell: entries separated by spaces, `;` or `|`. */
export function listOf(value: string | undefined): string[] {
  return value ? value.split(/[\s;|]+/).filter(Boolean) : [];
}

/** Lowercase, with spaces and underscores as hyphens: `Lean Left` → `lean-left`. */
export function labelKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}
