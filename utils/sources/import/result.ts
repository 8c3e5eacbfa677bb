/**
 * What every importer returns, and the collector that turns candidate rows into validated,
 * de-duplicated outlets with a reason for every row it skips.
 */
import { DATASET_SCHEMA_VERSION, type Dataset, type Outlet } from '../schema';
import { formatIssue, isOutletId, LIMITS, validateOutlet } from '../validate-dataset';

/** Where a row is: a 1-based line of a CSV file, or a 0-based index in a JSON list. */
export type RowLocation = { line: number } | { index: number };

export type RowError = RowLocation & { reason: string };

export interface ImportResult {
  dataset: Dataset;
  imported: number;
  skipped: number;
  errors: RowError[];
}

/** A file refused whole: not a ratings file of the format asked for, or too large. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  /** The dataset's name (a file name): provenance shows it as `import:<name>`. */
  name: string;
  /** ISO date of the dataset's revision; today by default. */
  updated?: string;
}

/** Files beyond these are refused rather than parsed: no real ratings file comes close. */
export const IMPORT_LIMITS = { bytes: 20_000_000, rows: 100_000, cell: 10_000 } as const;

export function checkSize(text: string): void {
  if (text.length > IMPORT_LIMITS.bytes) {
    throw new ImportError(
      `the file is ${text.length} characters long; at most ${IMPORT_LIMITS.bytes} are read`,
    );
  }
  if (text.includes('\u0000')) throw new ImportError('the file is binary, not a text ratings file');
}

function describeLocation(location: RowLocation): string {
  return 'line' in location ? `line ${location.line}` : `entry ${location.index}`;
}

/** An id made from the outlet's first domain or path: `cnn.com` → `cnn-com`. */
function idFrom(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, LIMITS.id - 4).replace(/-+$/, '') || 'outlet';
}

export class RowCollector {
  private readonly outlets: Outlet[] = [];
  private readonly errors: RowError[] = [];
  private readonly ids = new Map<string, RowLocation>();
  private readonly entries = new Map<string, RowLocation>();
  private skipped = 0;

  /** Records a row refused before it became a candidate outlet. */
  reject(location: RowLocation, reason: string): void {
    this.errors.push({ ...location, reason });
    this.skipped++;
  }

  /**
   * Validates a candidate outlet. Without an `id`, one is made from its first domain or path.
   * A row whose id, domain or path an earlier row already has is skipped.
   */
  add(location: RowLocation, candidate: Record<string, unknown>): void {
    const generated = candidate.id === undefined || candidate.id === '';
    const first = [candidate.domains, candidate.paths].flatMap((list) =>
      Array.isArray(list) ? list : [],
    )[0];
    const id = generated ? this.uniqueId(idFrom(String(first ?? candidate.name ?? ''))) : candidate.id;
    const { outlet, issues } = validateOutlet({ ...candidate, id });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (!outlet) {
      this.reject(location, errors.map(formatIssue).join('; '));
      return;
    }
    const earlierId = this.ids.get(outlet.id);
    if (earlierId && !generated) {
      this.reject(location, `duplicate id "${outlet.id}" (first at ${describeLocation(earlierId)})`);
      return;
    }
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) {
      const earlier = this.entries.get(entry);
      if (earlier) {
        this.reject(location, `duplicate domain "${entry}" (first at ${describeLocation(earlier)})`);
        return;
      }
    }
    this.ids.set(outlet.id, location);
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) this.entries.set(entry, location);
    this.outlets.push(outlet);
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id) || !isOutletId(id); n++) id = `${base}-${n}`;
    return id;
  }

  result(options: ImportOptions): ImportResult {
    const errors = [...this.errors].sort((a, b) => rank(a) - rank(b));
    return {
      dataset: {
        schema: DATASET_SCHEMA_VERSION,
        name: options.name,
        updated: options.updated ?? new Date().toISOString().slice(0, 10),
        outlets: this.outlets,
      },
      imported: this.outlets.length,
      skipped: this.skipped,
      errors,
    };
  }
}

function rank(error: RowError): number {
  return 'line' in error ? error.line : error.index;
}
