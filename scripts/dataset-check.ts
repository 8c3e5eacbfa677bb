/**
 * `npm run dataset:check`: checks the bundled source-bias data (utils/sources/data/*.json) with
 * utils/sources/check-dataset.ts and prints its coverage. Exits 1 on any error; warnings (a
 * redundant domain, a shared feed) and unrated outlets pass.
 *   --warnings    list every outlet missing a lean, factuality or country, not only the counts
 *   --dir DIR     check the *.json files of DIR instead (each a JSON array of outlets)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDatasetFiles, type DatasetFile, type LocatedOutlet } from '../utils/sources/check-dataset';
import type { Outlet } from '../utils/sources/schema';
import { parseArgs } from './cli/io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { flags } = parseArgs(process.argv.slice(2), ['warnings']);
const dataDir = flags.get('dir')?.at(-1) ?? join(root, 'utils/sources/data');
const listGaps = flags.has('warnings');

/** `title: KEY n, KEY n, …` wrapped at 100 columns, largest first. */
function table(title: string, outlets: LocatedOutlet[], key: (outlet: Outlet) => string): string {
  const counts = new Map<string, number>();
  for (const { outlet } of outlets) counts.set(key(outlet), (counts.get(key(outlet)) ?? 0) + 1);
  const cells = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name} ${count}`);
  const lines = [''];
  for (const cell of cells) {
    if (lines.at(-1)!.length + cell.length > 96) lines.push('');
    lines[lines.length - 1] += `${lines.at(-1) ? ', ' : ''}${cell}`;
  }
  return `${title}:\n  ${lines.join('\n  ')}`;
}

let names: string[];
try {
  names = readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
} catch (error) {
  process.stderr.write(`dataset:check: cannot read ${dataDir} (${(error as NodeJS.ErrnoException).code})\n`);
  process.exit(1);
}
const files: DatasetFile[] = names.map((name) => ({ name, text: readFileSync(join(dataDir, name), 'utf8') }));
const { errors, warnings, gaps, outlets } = checkDatasetFiles(files);

const out = [
  `checked ${names.join(', ')} in ${dataDir}`,
  `${outlets.length} outlets, ` +
    `${outlets.reduce((n, { outlet }) => n + outlet.domains.length + (outlet.paths?.length ?? 0), 0)} domains and paths, ` +
    `${outlets.reduce((n, { outlet }) => n + outlet.feeds.length, 0)} feeds`,
  table('by country', outlets, (outlet) => outlet.country),
  table('by kind', outlets, (outlet) => outlet.kind),
  table('by lean', outlets, (outlet) => outlet.bias.label),
  table('by factuality', outlets, (outlet) => outlet.factuality.label ?? 'unrated'),
];
for (const [gap, where] of Object.entries(gaps)) {
  if (!where.length) continue;
  const list = listGaps ? `:\n  ${where.join('\n  ')}` : ' (--warnings lists them)';
  out.push(`note: ${where.length} outlets have no ${gap}${list}`);
}
for (const warning of warnings) out.push(`warning: ${warning}`);
for (const error of errors) out.push(`error: ${error}`);
out.push(
  errors.length
    ? `FAILED: ${errors.length} errors, ${warnings.length} warnings`
    : `OK: ${warnings.length} warnings`,
);
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = errors.length ? 1 : 0;
