/**
 * AllSides' ratings CSV: columns `name, bias, type, allsides_url, agree, disagree, url, confidence`.
 * Only `name`, `bias` and `url` (the outlet's site) are needed; the rest go into the note.
 */
import type { BiasLabel } from '../schema';
import { cell, labelKey, RowProblem, readCsv, requireColumns, siteOf } from './cells';
import { checkSize, type ImportOptions, type ImportResult, RowCollector } from './result';

const LEANS: Record<string, BiasLabel> = {
  left: 'left',
  'left-center': 'lean-left',
  'lean-left': 'lean-left',
  center: 'center',
  'right-center': 'lean-right',
  'lean-right': 'lean-right',
  right: 'right',
  // AllSides gives "Mixed" (and formerly "AllSides") to sources spanning the spectrum.
  mixed: 'mixed',
  allsides: 'mixed',
};

function toCandidate(cells: Record<string, string>): Record<string, unknown> {
  const rawBias = cell(cells.bias, 'bias');
  if (!rawBias) throw new RowProblem('"bias" is empty');
  const label = LEANS[labelKey(rawBias)];
  if (!label) throw new RowProblem(`unknown AllSides bias ${JSON.stringify(rawBias.slice(0, 60))}`);
  const site = cell(cells.url, 'url');
  if (!site) throw new RowProblem('"url" is empty: an outlet without a site cannot be matched');
  const { domains, paths } = siteOf(site, 'url');
  const confidence = cell(cells.confidence, 'confidence');
  const type = cell(cells.type, 'type');
  const note = [`AllSides: ${rawBias}`, confidence && `confidence: ${confidence}`, type && `type: ${type}`]
    .filter(Boolean)
    .join('; ');
  return {
    name: cell(cells.name, 'name'),
    domains,
    ...(paths.length ? { paths } : {}),
    // Placeholders AllSides says nothing of; `provided` keeps them from hiding known values.
    kind: 'digital',
    // AllSides rates on the US left-right scale.
    bias: { label, score: null, country: 'US', basis: { raters: ['allsides'], asOf: null, note } },
    factuality: { label: null, basis: { raters: [], asOf: null } },
    owner: { name: null, type: 'unknown' },
    country: 'ZZ',
    languages: [],
    paywall: null,
    feeds: [],
    provided: [paths.length ? 'paths' : 'domains', 'bias'],
  };
}

export function importAllSides(text: string, options: ImportOptions): ImportResult {
  checkSize(text);
  const collector = new RowCollector();
  const { columns, rows } = readCsv(text, collector);
  requireColumns(columns, ['name', 'bias', 'url'], 'an AllSides');
  for (const { line, cells } of rows) {
    try {
      collector.add({ line }, toCandidate(cells));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      collector.reject({ line }, error.message);
    }
  }
  return collector.result(options);
}
