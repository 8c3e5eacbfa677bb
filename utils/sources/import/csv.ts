/**
 * Parallax's own ratings CSV, documented in README.md next to this file. Only `name`, `domains`
 * and `bias` are required; a column left out is a field this file does not know (`provided`), so
 * importing it never blanks a value another layer has.
 */
import { BIAS_LABELS, type OutletField } from '../schema';
import { cell, labelKey, listOf, RowProblem, readCsv, requireColumns, siteOf } from './cells';
import { checkSize, type ImportOptions, type ImportResult, RowCollector } from './result';

export const CSV_COLUMNS = [
  'id',
  'name',
  'domains',
  'paths',
  'aliases',
  'kind',
  'bias',
  'bias_score',
  'bias_country',
  'bias_raters',
  'bias_as_of',
  'bias_note',
  'factuality',
  'factuality_raters',
  'factuality_as_of',
  'owner',
  'owner_type',
  'country',
  'languages',
  'paywall',
  'feeds',
] as const;

type Cells = Record<string, string>;

// Which columns supply which outlet field.
const FIELD_COLUMNS: [OutletField, string[]][] = [
  ['name', ['name']],
  ['domains', ['domains']],
  ['paths', ['paths', 'domains']],
  ['aliases', ['aliases']],
  ['kind', ['kind']],
  ['bias', ['bias']],
  ['factuality', ['factuality']],
  ['owner', ['owner', 'owner_type']],
  ['country', ['country']],
  ['languages', ['languages']],
  ['paywall', ['paywall']],
  ['feeds', ['feeds']],
];

function get(cells: Cells, column: string): string | undefined {
  return cell(cells[column], column);
}

function score(cells: Cells): number | null {
  const raw = get(cells, 'bias_score');
  if (raw === undefined) return null;
  const value = Number(raw);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw) || !Number.isFinite(value)) {
    throw new RowProblem(`"bias_score" ${JSON.stringify(raw.slice(0, 40))} is not a number`);
  }
  return value;
}

function basis(cells: Cells, prefix: 'bias' | 'factuality', rated: boolean) {
  const raters = listOf(get(cells, `${prefix}_raters`));
  return {
    // A rating with no rater named comes from this import.
    raters: raters.length ? raters : rated ? ['import'] : [],
    asOf: get(cells, `${prefix}_as_of`) ?? null,
    ...(prefix === 'bias' && get(cells, 'bias_note') ? { note: get(cells, 'bias_note') } : {}),
  };
}

function feeds(value: string | undefined) {
  return listOf(value).map((entry) => {
    const [topic, url] = entry.includes('=')
      ? (entry.split(/=(.*)/s, 2) as [string, string])
      : ['main', entry];
    return { topic, url };
  });
}

function toCandidate(cells: Cells, provided: OutletField[]): Record<string, unknown> {
  const domains: string[] = [];
  const paths: string[] = [];
  for (const site of [...listOf(get(cells, 'domains')), ...listOf(get(cells, 'paths'))]) {
    const found = siteOf(site, 'domains');
    domains.push(...found.domains);
    paths.push(...found.paths);
  }
  const rawBias = get(cells, 'bias');
  const label = rawBias ? labelKey(rawBias) : 'unrated';
  if (!(BIAS_LABELS as readonly string[]).includes(label)) {
    throw new RowProblem(
      `unknown bias ${JSON.stringify(rawBias?.slice(0, 60))} (use ${BIAS_LABELS.join(', ')})`,
    );
  }
  const factuality = get(cells, 'factuality');
  const country = get(cells, 'country')?.toUpperCase();
  // Names contain spaces, so aliases are separated by `;` only.
  const aliases = (get(cells, 'aliases') ?? '')
    .split(';')
    .map((alias) => alias.trim())
    .filter(Boolean);
  return {
    id: get(cells, 'id'),
    name: get(cells, 'name'),
    domains,
    ...(paths.length ? { paths } : {}),
    ...(aliases.length ? { aliases } : {}),
    kind: get(cells, 'kind') ?? 'digital',
    bias: {
      label,
      score: score(cells),
      country: get(cells, 'bias_country')?.toUpperCase() ?? country ?? 'ZZ',
      basis: basis(cells, 'bias', label !== 'unrated'),
    },
    factuality: {
      label: factuality ? labelKey(factuality) : null,
      basis: basis(cells, 'factuality', Boolean(factuality)),
    },
    owner: { name: get(cells, 'owner') ?? null, type: get(cells, 'owner_type') ?? 'unknown' },
    country: country ?? 'ZZ',
    languages: listOf(get(cells, 'languages')),
    paywall: get(cells, 'paywall') ?? null,
    feeds: feeds(get(cells, 'feeds')),
    ...(provided.length < FIELD_COLUMNS.length ? { provided } : {}),
  };
}

export function importCsv(text: string, options: ImportOptions): ImportResult {
  checkSize(text);
  const collector = new RowCollector();
  const { columns, rows } = readCsv(text, collector);
  requireColumns(columns, ['name', 'domains', 'bias'], 'a Parallax CSV');
  const provided = FIELD_COLUMNS.filter(([, needs]) => needs.some((c) => columns.includes(c))).map(
    ([f]) => f,
  );
  for (const { line, cells } of rows) {
    try {
      collector.add({ line }, toCandidate(cells, provided));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      collector.reject({ line }, error.message);
    }
  }
  return collector.result(options);
}
