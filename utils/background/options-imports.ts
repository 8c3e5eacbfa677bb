/**
 * The options page's Imports: a ratings file is read and checked (a preview, nothing stored),
 * then applied whole as one dataset record, in one IndexedDB put, or not at all; undo removes it.
 * The same importers as the CLI `import` command.
 */
import { deleteDataset, getDataset, listDatasets, type ParallaxDb, saveDataset } from '../db';
import type { ImportedDatasetInfo, ImportPreview, Outcome } from '../messages';
import { type ImportFormat, type ImportResult, importRatings } from '../sources/import';

/** The row errors a preview lists; the rest are counted. */
export const MAX_PREVIEW_ERRORS = 200;

export interface ImportsDeps {
  db: () => Promise<ParallaxDb>;
  changed: () => Promise<void>;
  now?: () => Date;
}

export interface ImportRequest {
  format: ImportFormat;
  name: string;
  text: string;
}

function readFile(request: ImportRequest, today: string): Outcome<{ result: ImportResult }> {
  try {
    const result = importRatings(request.format, request.text, { name: request.name, updated: today });
    return { ok: true, result };
  } catch (error) {
    // ImportError says why the file is not a ratings file; anything else is a bug, said plainly too.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function previewOf(result: ImportResult, replaces: boolean): ImportPreview {
  return {
    name: result.dataset.name,
    imported: result.imported,
    skipped: result.skipped,
    errors: result.errors.slice(0, MAX_PREVIEW_ERRORS),
    moreErrors: Math.max(0, result.errors.length - MAX_PREVIEW_ERRORS),
    replaces,
  };
}

async function check(deps: ImportsDeps, request: ImportRequest) {
  const now = deps.now?.() ?? new Date();
  const file = readFile(request, now.toISOString().slice(0, 10));
  if (!file.ok) return { ...file, now };
  const db = await deps.db();
  const replaces = (await getDataset(db, request.name)) !== undefined;
  return { ok: true as const, result: file.result, preview: previewOf(file.result, replaces), db, now };
}

/** Reads a file and says what applying it would do; stores nothing. */
export async function previewImport(
  deps: ImportsDeps,
  request: ImportRequest,
): Promise<Outcome<{ preview: ImportPreview }>> {
  const checked = await check(deps, request);
  return checked.ok ? { ok: true, preview: checked.preview } : { ok: false, reason: checked.reason };
}

/** Stores the file's valid rows as one dataset (replacing one of the same name), or nothing. */
export async function applyImport(
  deps: ImportsDeps,
  request: ImportRequest,
): Promise<Outcome<{ preview: ImportPreview }>> {
  const checked = await check(deps, request);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  if (checked.result.imported === 0) {
    return { ok: false, reason: `no row of ${request.name} is a valid rating: nothing was imported` };
  }
  await saveDataset(checked.db, checked.result.dataset, checked.now.toISOString());
  await deps.changed();
  return { ok: true, preview: checked.preview };
}

export async function listImports(deps: ImportsDeps): Promise<ImportedDatasetInfo[]> {
  const records = await listDatasets(await deps.db());
  return records
    .map((record) => ({
      name: record.name,
      importedAt: record.importedAt,
      outlets: record.dataset.outlets.length,
    }))
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** Removes an imported dataset: its ratings stop applying at once. */
export async function undoImport(deps: ImportsDeps, name: string): Promise<Outcome> {
  const db = await deps.db();
  if (!(await getDataset(db, name))) return { ok: false, reason: `no imported dataset is named "${name}"` };
  await deleteDataset(db, name);
  await deps.changed();
  return { ok: true };
}
