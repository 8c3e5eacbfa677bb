import { readFileSync } from 'node:fs';
import type { CoverageItem } from '../../utils/coverage/item';

/** A bad-input failure: the CLI prints its message as one line on stderr and exits 1. */
export class CliError extends Error {}

/** Reads a file, or standard input for `-`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Reads items (JSONL, one object a line) as CONTRACT.md defines them; a bad line names file and line. */
export function readItems(path: string): CoverageItem[] {
  const items: CoverageItem[] = [];
  const lines = readInput(path).split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${path}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${where}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CliError(`${where}: an item must be a JSON object`);
    }
    const record = value as Record<string, unknown>;
    if (typeof record.id !== 'string' && typeof record.id !== 'number') {
      throw new CliError(`${where}: "id" must be a string`);
    }
    if (typeof record.title !== 'string') throw new CliError(`${where}: "title" must be a string`);
    const item: CoverageItem = { id: String(record.id), title: record.title };
    for (const key of ['url', 'summary', 'text', 'published', 'source', 'lang'] as const) {
      const field = record[key];
      if (field === undefined || field === null) continue;
      if (typeof field !== 'string') throw new CliError(`${where}: "${key}" must be a string`);
      item[key] = field;
    }
    items.push(item);
  });
  return items;
}

/** Writes one JSON object a line to stdout. */
export function writeJsonLines(rows: Iterable<unknown>): void {
  const out: string[] = [];
  for (const row of rows) out.push(JSON.stringify(row));
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Parses `--flag value` pairs and positional arguments. Repeated flags collect into arrays.
 * Flags named in `booleans` take no value.
 */
export function parseArgs(
  args: string[],
  booleans: string[] = [],
): { flags: Map<string, string[]>; positional: string[] } {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      let value = inline;
      if (value === undefined) {
        if (booleans.includes(name)) value = 'true';
        else {
          value = args[++i];
          if (value === undefined) throw new CliError(`--${name} needs a value`);
        }
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positional.push(arg);
  }
  return { flags, positional };
}

/** The single value of a required flag. */
export function requireFlag(flags: Map<string, string[]>, name: string): string {
  const value = flags.get(name)?.at(-1);
  if (value === undefined) throw new CliError(`missing --${name}`);
  return value;
}
