/**
 * The checks of `npm run dataset:check` on the bundled region files (JSON arrays of outlets),
 * as a pure function so they are tested like the rest. Every message names the file, the line of
 * the outlet, its id and the field, so the people writing the data can fix it:
 *   us.json:14 (cnn) bias.score: 0.3 does not fit label "lean-left" (-0.6 … -0.2)
 */
import { scanJson } from './json-keys';
import { createOutletLookup } from './lookup';
import { type Outlet, UNKNOWN_COUNTRY } from './schema';
import { validateOutlets } from './validate-dataset';

export interface DatasetFile {
  name: string;
  text: string;
}

export interface LocatedOutlet {
  outlet: Outlet;
  /** `us.json:14 (cnn)` */
  where: string;
}

export interface DatasetCheck {
  errors: string[];
  warnings: string[];
  /** Outlets that are valid but not rated or placed: fine, and worth knowing. */
  gaps: { lean: string[]; factuality: string[]; country: string[] };
  /** The outlets that passed every check, in file order. */
  outlets: LocatedOutlet[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function jsonErrorLine(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? '' : `:${text.slice(0, Number(position)).split('\n').length}`;
}

function checkFile({ name, text }: DatasetFile, report: DatasetCheck): LocatedOutlet[] {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    report.errors.push(`${name}${jsonErrorLine(text, message)}: not valid JSON: ${message}`);
    return [];
  }
  if (!Array.isArray(values)) {
    report.errors.push(`${name}: must be a JSON array of outlets, one a line`);
    return [];
  }
  const { duplicates, elementLines } = scanJson(text);
  const label = (index: number) => {
    const id = (values[index] as { id?: unknown } | undefined)?.id;
    return `${name}:${elementLines[index] ?? '?'}${typeof id === 'string' ? ` (${id})` : ''}`;
  };
  // Validation names outlets `us.json[3]`: say `us.json:5 (cnn)` instead, in paths and messages.
  const indexed = new RegExp(`${escapeRegExp(name)}\\[(\\d+)\\]( \\([^)]*\\))?`, 'g');
  const locate = (text: string) => text.replace(indexed, (_, n: string) => label(Number(n)));
  const locatePath = (path: string) =>
    path.replace(new RegExp(`^${escapeRegExp(name)}\\[(\\d+)\\]\\.?(.*)$`), (_, n: string, rest: string) =>
      rest ? `${label(Number(n))} ${rest}` : label(Number(n)),
    );

  for (const { path, key, line } of duplicates) {
    const [index, ...inside] = path;
    const where = typeof index === 'number' ? label(index) : `${name}:${line}`;
    const within = inside.length ? ` in ${inside.join('.')}` : '';
    report.errors.push(
      `${where}: key "${key}" appears twice${within} (line ${line}); JSON keeps only the last`,
    );
  }
  const { outlets, indices, issues } = validateOutlets(values, name);
  for (const issue of issues) {
    const message = `${locatePath(issue.path)}: ${locate(issue.message)}`;
    (issue.severity === 'error' ? report.errors : report.warnings).push(message);
  }
  return outlets.map((outlet, n) => ({ outlet, where: label(indices[n]!) }));
}

/** Ids, domains and paths claimed by outlets of different files (within a file, validation caught them). */
function checkAcrossFiles(located: LocatedOutlet[], report: DatasetCheck): LocatedOutlet[] {
  const ids = new Map<string, string>();
  const entries = new Map<string, string>();
  const feeds = new Map<string, string>();
  const kept: LocatedOutlet[] = [];
  for (const { outlet, where } of located) {
    let clash = false;
    const otherId = ids.get(outlet.id);
    if (otherId) {
      report.errors.push(`${where}: id "${outlet.id}" is already the id of ${otherId}`);
      clash = true;
    }
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) {
      const other = entries.get(entry);
      if (other) {
        report.errors.push(`${where}: "${entry}" is already claimed by ${other}`);
        clash = true;
      }
    }
    for (const { url } of outlet.feeds) {
      const other = feeds.get(url);
      if (other && other !== where) report.warnings.push(`${where}: feed ${url} is also listed by ${other}`);
      feeds.set(url, where);
    }
    if (clash) continue;
    ids.set(outlet.id, where);
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) entries.set(entry, where);
    kept.push({ outlet, where });
  }
  return kept;
}

/** Each outlet's home page must resolve to that outlet, or a reader there would be shown another. */
function checkHomePages(located: LocatedOutlet[], report: DatasetCheck): void {
  const lookup = createOutletLookup(located.map(({ outlet }) => outlet));
  const whereOf = new Map(located.map(({ outlet, where }) => [outlet.id, where]));
  for (const { outlet, where } of located) {
    const entry = outlet.domains[0] ?? outlet.paths?.[0];
    if (!entry) continue;
    const home = `https://${entry}/`;
    const match = lookup.lookup({ url: home });
    if (match?.outlet.id === outlet.id) continue;
    report.errors.push(
      match
        ? `${where}: home page ${home} resolves to ${whereOf.get(match.outlet.id)} (through "${match.domain}")`
        : `${where}: home page ${home} resolves to no outlet`,
    );
  }
}

export function checkDatasetFiles(files: DatasetFile[]): DatasetCheck {
  const report: DatasetCheck = {
    errors: [],
    warnings: [],
    gaps: { lean: [], factuality: [], country: [] },
    outlets: [],
  };
  const located = files.flatMap((file) => checkFile(file, report));
  report.outlets = checkAcrossFiles(located, report);
  checkHomePages(report.outlets, report);
  for (const { outlet, where } of report.outlets) {
    if (outlet.bias.label === 'unrated') report.gaps.lean.push(where);
    if (outlet.factuality.label === null) report.gaps.factuality.push(where);
    if (outlet.country === UNKNOWN_COUNTRY) report.gaps.country.push(where);
  }
  return report;
}
