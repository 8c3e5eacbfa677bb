/**
 * `npm run dataset:check`: checks the bundled source-bias data (utils/sources/data/*.json) and
 * prints its coverage. Exits 1 on any error; warnings (unrated outlets, redundant domains) pass.
 *   --warnings    list every outlet missing a lean, factuality or country, not only the counts
 *   --dir DIR     check the *.json files of DIR instead (each a JSON array of outlets)
 * Every message names the file, the line of the outlet, its id and the field:
 *   us.json:14 (cnn) bias.score: 0.3 does not fit label "lean-left" (-0.6 … -0.2)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanJson } from '../utils/sources/json-keys';
import { createOutletLookup } from '../utils/sources/lookup';
import { type Outlet, UNKNOWN_COUNTRY } from '../utils/sources/schema';
import { validateOutlets } from '../utils/sources/validate-dataset';
import { parseArgs } from './cli/io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { flags } = parseArgs(process.argv.slice(2), ['warnings']);
const dataDir = flags.get('dir')?.at(-1) ?? join(root, 'utils/sources/data');
const listWarnings = flags.has('warnings');

interface Located {
  outlet: Outlet;
  /** `us.json:14 (cnn)` */
  where: string;
}

const errors: string[] = [];
const warnings: string[] = [];
const gaps = { lean: [] as string[], factuality: [] as string[], country: [] as string[] };
const checked: Located[] = [];

function checkFile(file: string): void {
  let text: string;
  try {
    text = readFileSync(join(dataDir, file), 'utf8');
  } catch (error) {
    errors.push(`${file}: cannot read (${(error as NodeJS.ErrnoException).code})`);
    return;
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(position) ? '' : `:${text.slice(0, position).split('\n').length}`;
    errors.push(`${file}${line}: not valid JSON: ${message}`);
    return;
  }
  if (!Array.isArray(values)) {
    errors.push(`${file}: must be a JSON array of outlets`);
    return;
  }
  const { duplicates, elementLines } = scanJson(text);
  const label = (index: number) => {
    const value = values[index] as { id?: unknown } | undefined;
    const id = typeof value?.id === 'string' ? ` (${value.id})` : '';
    return `${file}:${elementLines[index] ?? '?'}${id}`;
  };
  // `us.json[3].bias` → `us.json:5 (cnn) bias`, in paths and in messages naming another outlet.
  const locate = (text: string) =>
    text
      .replace(new RegExp(`^${file.replace('.', '\\.')}\\[(\\d+)\\]\\.?`), (_, n) => `${label(Number(n))} `)
      .replace(new RegExp(`${file.replace('.', '\\.')}\\[(\\d+)\\]( \\([^)]*\\))?`, 'g'), (_, n) =>
        label(Number(n)),
      );

  for (const { path, key, line } of duplicates) {
    const [index, ...inside] = path;
    const where = typeof index === 'number' ? label(index) : `${file}:${line}`;
    errors.push(
      `${where}: key "${key}" appears twice${inside.length ? ` in ${inside.join('.')}` : ''} (line ${line})`,
    );
  }
  const { outlets, issues } = validateOutlets(values, file);
  for (const issue of issues) {
    const message = `${locate(issue.path)}: ${locate(issue.message)}`.replace(' :', ':');
    (issue.severity === 'error' ? errors : warnings).push(message);
  }
  const byId = new Map(values.map((value, index) => [(value as { id?: unknown })?.id, index]));
  for (const outlet of outlets) {
    const where = label(byId.get(outlet.id) ?? -1);
    checked.push({ outlet, where });
    if (outlet.bias.label === 'unrated') gaps.lean.push(where);
    if (outlet.factuality.label === null) gaps.factuality.push(where);
    if (outlet.country === UNKNOWN_COUNTRY) gaps.country.push(where);
  }
}

/** Ids, domains, paths and feeds claimed by outlets of different files (within a file, validation caught them). */
function checkAcrossFiles(): Located[] {
  const ids = new Map<string, string>();
  const entries = new Map<string, string>();
  const feeds = new Map<string, string>();
  const kept: Located[] = [];
  for (const { outlet, where } of checked) {
    let clash = false;
    const otherId = ids.get(outlet.id);
    if (otherId) {
      errors.push(`${where}: id "${outlet.id}" is already the id of ${otherId}`);
      clash = true;
    }
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) {
      const other = entries.get(entry);
      if (other) {
        errors.push(`${where}: "${entry}" is already claimed by ${other}`);
        clash = true;
      }
    }
    for (const { url } of outlet.feeds) {
      const other = feeds.get(url);
      if (other && other !== where) warnings.push(`${where}: feed ${url} is also listed by ${other}`);
      feeds.set(url, where);
    }
    if (clash) continue;
    ids.set(outlet.id, where);
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) entries.set(entry, where);
    kept.push({ outlet, where });
  }
  return kept;
}

/** Each outlet's home page must resolve to that outlet, or readers on it would see another. */
function checkHomePages(located: Located[]): void {
  const lookup = createOutletLookup(located.map(({ outlet }) => outlet));
  const whereOf = new Map(located.map(({ outlet, where }) => [outlet.id, where]));
  for (const { outlet, where } of located) {
    const entry = outlet.domains[0] ?? outlet.paths?.[0];
    if (!entry) continue;
    const home = `https://${entry}/`;
    const match = lookup.lookup({ url: home });
    if (match?.outlet.id === outlet.id) continue;
    errors.push(
      match
        ? `${where}: home page ${home} resolves to ${whereOf.get(match.outlet.id)} (via "${match.domain}")`
        : `${where}: home page ${home} resolves to no outlet`,
    );
  }
}

/** `title: KEY n, KEY n, …` wrapped at 100 columns, largest first. */
function table(title: string, counts: Map<string, number>): string {
  const cells = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => `${key} ${count}`);
  const lines = [''];
  for (const cell of cells) {
    if (lines.at(-1)!.length + cell.length > 96) lines.push('');
    lines[lines.length - 1] += `${lines.at(-1) ? ', ' : ''}${cell}`;
  }
  return `${title}:\n  ${lines.join('\n  ')}`;
}

function countBy(located: Located[], key: (outlet: Outlet) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { outlet } of located) counts.set(key(outlet), (counts.get(key(outlet)) ?? 0) + 1);
  return counts;
}

const files = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
for (const file of files) checkFile(file);
const kept = checkAcrossFiles();
checkHomePages(kept);

const out: string[] = [];
out.push(
  `checked ${files.join(', ')} in ${dataDir}`,
  `${checked.length} valid outlets (${kept.length} after cross-file checks), ` +
    `${kept.reduce((n, { outlet }) => n + outlet.domains.length + (outlet.paths?.length ?? 0), 0)} domains and paths, ` +
    `${kept.reduce((n, { outlet }) => n + outlet.feeds.length, 0)} feeds`,
  table(
    'by country',
    countBy(kept, (outlet) => outlet.country),
  ),
  table(
    'by kind',
    countBy(kept, (outlet) => outlet.kind),
  ),
  table(
    'by lean',
    countBy(kept, (outlet) => outlet.bias.label),
  ),
  table(
    'by factuality',
    countBy(kept, (outlet) => outlet.factuality.label ?? 'unrated'),
  ),
);
for (const [gap, where] of Object.entries(gaps)) {
  if (!where.length) continue;
  out.push(
    `warning: ${where.length} outlets have no ${gap}${listWarnings ? `:\n  ${where.join('\n  ')}` : ' (--warnings lists them)'}`,
  );
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
