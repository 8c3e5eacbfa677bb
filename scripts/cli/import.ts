/**
 * `import --format mbfc|allsides|csv|json FILE --out OUT.json`: reads a ratings file into
 * Parallax's dataset schema, writes it to OUT.json and prints `{"imported", "skipped", "errors"}`.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  IMPORT_FORMATS,
  ImportError,
  type ImportFormat,
  importRatings,
} from '../../utils/sources/import/index';
import type { Dataset } from '../../utils/sources/schema';
import { CliError, parseArgs, readInput, requireFlag, writeJson } from './io';

/** The dataset as JSON with one outlet a line: diffable, like the bundled files. */
export function formatDataset({ outlets, ...head }: Dataset): string {
  const lines = outlets.map((outlet) => JSON.stringify(outlet));
  const prefix = JSON.stringify(head).slice(0, -1);
  return `${prefix},"outlets":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

export async function run(args: string[]): Promise<void> {
  const { flags, positional } = parseArgs(args);
  const format = requireFlag(flags, 'format');
  if (!(IMPORT_FORMATS as string[]).includes(format)) {
    throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(', ')} (got "${format}")`);
  }
  const [file, ...extra] = positional;
  if (!file) throw new CliError('missing the ratings FILE to import');
  if (extra.length) throw new CliError(`one FILE at a time (got ${positional.length})`);
  const out = requireFlag(flags, 'out');
  const name = flags.get('name')?.at(-1) ?? basename(file);

  let result: ReturnType<typeof importRatings>;
  try {
    result = importRatings(format as ImportFormat, readInput(file), { name });
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  try {
    writeFileSync(out, formatDataset(result.dataset));
  } catch (error) {
    throw new CliError(`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  writeJson({ imported: result.imported, skipped: result.skipped, errors: result.errors });
}
