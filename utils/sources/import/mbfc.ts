/**
 * The dataset of the open-source Media Bias/Fact Check browser extension:
 *   {"sources": [{"domain", "name", "bias", "reporting", "credibility", "traffic", "url"}, ...]}
 * and its older object-keyed form, `{"sources": {"cnn.com": {...}}}`, whose entries may use the
 * one-letter keys `d` (domain), `n` (name), `b` (bias), `r` (reporting), `c` (credibility),
 * `a` (traffic), `u` (review page) and short codes (`LC`, `MF`…).
 */
import { scanJson } from '../json-keys';
import type { BiasLabel, Factuality } from '../schema';
import { cell, labelKey, RowProblem, siteOf } from './cells';
import { entryObject, parseImportJson } from './json-input';
import { ImportError, type ImportOptions, type ImportResult, RowCollector } from './result';

// MBFC's categories that are not a place on the left-right scale: the lean is left unrated and
// the category kept in the note, rather than inventing a lean.
const CATEGORIES: Record<string, string> = {
  'pro-science': 'pro-science',
  ps: 'pro-science',
  'conspiracy-pseudoscience': 'conspiracy-pseudoscience',
  conspiracy: 'conspiracy-pseudoscience',
  pseudoscience: 'conspiracy-pseudoscience',
  cp: 'conspiracy-pseudoscience',
  questionable: 'questionable',
  'fake-news': 'questionable',
  fn: 'questionable',
  q: 'questionable',
  satire: 'satire',
  s: 'satire',
};

const LEANS: Record<string, BiasLabel> = {
  // MBFC's "extreme" ratings are the far end of its left and right categories.
  'extreme-left': 'left',
  'far-left': 'left',
  left: 'left',
  l: 'left',
  'left-center': 'lean-left',
  leftcenter: 'lean-left',
  lc: 'lean-left',
  center: 'center',
  'least-biased': 'center',
  c: 'center',
  'right-center': 'lean-right',
  rightcenter: 'lean-right',
  rc: 'lean-right',
  right: 'right',
  r: 'right',
  'far-right': 'right',
  'extreme-right': 'right',
};

const REPORTING: Record<string, Factuality> = {
  'very-high': 'very-high',
  vh: 'very-high',
  high: 'high',
  h: 'high',
  'mostly-factual': 'mostly-factual',
  mf: 'mostly-factual',
  mixed: 'mixed',
  m: 'mixed',
  low: 'low',
  l: 'low',
  'very-low': 'very-low',
  vl: 'very-low',
};

const NOT_RATED = new Set(['', 'n/a', 'na', 'none', 'unknown', '-']);

type Entry = Record<string, unknown>;

function field(entry: Entry, long: string, short: string): string | undefined {
  return cell(entry[long] ?? entry[short], long);
}

function toCandidate(entry: Entry, key: string | undefined): Record<string, unknown> {
  const site = field(entry, 'domain', 'd') ?? key;
  if (!site) throw new RowProblem('has no "domain"');
  const { domains, paths } = siteOf(site, 'domain');
  const rawBias = field(entry, 'bias', 'b');
  if (!rawBias) throw new RowProblem('has no "bias"');
  const biasKey = labelKey(rawBias);
  const category = CATEGORIES[biasKey];
  const lean = LEANS[biasKey];
  if (!category && !lean) throw new RowProblem(`unknown MBFC bias ${JSON.stringify(rawBias.slice(0, 60))}`);
  const rawReporting = field(entry, 'reporting', 'r');
  let factuality: Factuality | null = null;
  if (rawReporting && !NOT_RATED.has(rawReporting.toLowerCase())) {
    const found = REPORTING[labelKey(rawReporting)];
    if (!found) throw new RowProblem(`unknown MBFC reporting ${JSON.stringify(rawReporting.slice(0, 60))}`);
    factuality = found;
  }
  const credibility = field(entry, 'credibility', 'c');
  const note = [`MBFC: ${category ?? rawBias}`, credibility && `credibility: ${credibility}`]
    .filter(Boolean)
    .join('; ');
  return {
    name: field(entry, 'name', 'n') ?? domains[0] ?? paths[0],
    domains,
    ...(paths.length ? { paths } : {}),
    // Placeholders: MBFC says nothing of these; `provided` keeps them from hiding known values.
    kind: 'digital',
    // MBFC rates on the US left-right scale.
    bias: {
      label: lean ?? 'unrated',
      score: null,
      country: 'US',
      basis: { raters: lean ? ['mbfc'] : [], asOf: null, note },
    },
    factuality: { label: factuality, basis: { raters: factuality ? ['mbfc'] : [], asOf: null } },
    owner: { name: null, type: 'unknown' },
    country: 'ZZ',
    languages: [],
    paywall: null,
    feeds: [],
    provided: [paths.length ? 'paths' : 'domains', 'bias', 'factuality'],
  };
}

export function importMbfc(text: string, options: ImportOptions): ImportResult {
  const root = parseImportJson(text, 'an MBFC dataset');
  const sources = (root as Entry | null)?.sources;
  if (typeof sources !== 'object' || sources === null) {
    throw new ImportError('not an MBFC dataset: expected a JSON object with a "sources" list');
  }
  const keyed = !Array.isArray(sources);
  const entries: [string | undefined, unknown][] = keyed
    ? Object.entries(sources)
    : (sources as unknown[]).map((entry) => [undefined, entry]);
  const looksRated = entries.some(
    ([, entry]) => typeof entry === 'object' && entry !== null && ('bias' in entry || 'b' in entry),
  );
  if (entries.length && !looksRated) {
    throw new ImportError('not an MBFC dataset: no entry of "sources" has a "bias"');
  }

  const collector = new RowCollector();
  // JSON keeps the last of two equal keys: such an entry is ambiguous, so it is reported and skipped.
  const ambiguous = new Map<number, string>();
  for (const { path, key, line } of scanJson(text).duplicates) {
    if (path[0] !== 'sources') continue;
    const entryKey = path.length === 1 ? key : path[1];
    const position = typeof entryKey === 'number' ? entryKey : entries.findIndex(([k]) => k === entryKey);
    const reason =
      path.length === 1
        ? `the domain key "${key}" appears twice (again on line ${line}): ambiguous`
        : `has the key "${key}" twice (line ${line}): ambiguous`;
    if (!ambiguous.has(position)) ambiguous.set(position, reason);
  }
  for (const [index, [key, value]] of entries.entries()) {
    const entry = entryObject(collector, index, value, ambiguous, 'is not an object');
    if (!entry) continue;
    try {
      collector.add({ index }, toCandidate(entry, key));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      collector.reject({ index }, error.message);
    }
  }
  return collector.result(options);
}
