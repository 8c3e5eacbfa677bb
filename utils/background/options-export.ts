/**
 * Exports the ratings: the merged outlets (what Parallax now uses) or only the reader's own, as
 * JSON in the dataset schema (re-importable with `--format json`) or as Parallax's CSV
 * (re-importable with `--format csv`). CSV cells that a spreadsheet would run as a formula are
 * prefixed with `'` (papaparse's `escapeFormulae`, the OWASP rule): a rating file must never run
 * code in the reader's spreadsheet.
 */
import Papa from 'papaparse';
import type { ExportFile, ExportFormat, ExportScope } from '../messages';
import { CSV_COLUMNS } from '../sources/import/csv';
import { DATASET_SCHEMA_VERSION, type Dataset, type Outlet, type RatingBasis } from '../sources/schema';
import type { RatingLayers } from './options-layers';

type CsvColumn = (typeof CSV_COLUMNS)[number];

const list = (values: readonly string[] | undefined) => (values ?? []).join(' ');
const raters = (basis: RatingBasis) => list(basis.raters);
/**
 * A feed URL as one entry of a CSV list cell, which the importer splits on spaces, `;` and `|`:
 * those are percent-encoded (`taz.de/!p4608;rss/` → `…%3Brss/`), as they may be in any URL.
 */
const listSafeUrl = (url: string) =>
  url.replace(/[\s;|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** One outlet as a row of Parallax's CSV (the columns utils/sources/import/csv.ts reads). */
export function outletToCsvRow(outlet: Outlet): Record<CsvColumn, string | number> {
  return {
    id: outlet.id,
    name: outlet.name,
    domains: list(outlet.domains),
    paths: list(outlet.paths),
    // Aliases may hold spaces ("The Beeb"): the importer splits them on `;` only.
    aliases: (outlet.aliases ?? []).join(';'),
    kind: outlet.kind,
    bias: outlet.bias.label,
    bias_score: outlet.bias.score ?? '',
    bias_country: outlet.bias.country,
    bias_raters: raters(outlet.bias.basis),
    bias_as_of: outlet.bias.basis.asOf ?? '',
    bias_note: outlet.bias.basis.note ?? '',
    factuality: outlet.factuality.label ?? '',
    factuality_raters: raters(outlet.factuality.basis),
    factuality_as_of: outlet.factuality.basis.asOf ?? '',
    owner: outlet.owner.name ?? '',
    owner_type: outlet.owner.type,
    country: outlet.country,
    languages: list(outlet.languages),
    paywall: outlet.paywall ?? '',
    feeds: outlet.feeds.map((feed) => `${feed.topic}=${listSafeUrl(feed.url)}`).join(' '),
  };
}

export function toCsv(outlets: readonly Outlet[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: outlets.map((outlet) => {
        const row = outletToCsvRow(outlet);
        return CSV_COLUMNS.map((column) => row[column]);
      }),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

export function exportRatings(
  layers: RatingLayers,
  scope: ExportScope,
  format: ExportFormat,
  now: Date,
): ExportFile {
  const date = now.toISOString().slice(0, 10);
  const base = `parallax-${scope === 'merged' ? 'ratings' : 'my-ratings'}-${date}`;
  if (format === 'json') {
    // The reader's overrides are partial outlets keyed by id: exported as they are stored.
    const body =
      scope === 'overrides'
        ? layers.overrides
        : ({
            schema: DATASET_SCHEMA_VERSION,
            name: base,
            updated: date,
            outlets: layers.sorted.map((entry) => entry.outlet),
          } satisfies Dataset);
    return { filename: `${base}.json`, mime: 'application/json', text: `${JSON.stringify(body, null, 2)}\n` };
  }
  // In CSV, the reader's rated outlets as Parallax now shows them (a row has every column).
  const outlets = layers.sorted
    .map((entry) => entry.outlet)
    .filter((outlet) => scope === 'merged' || outlet.id in layers.overrides);
  return { filename: `${base}.csv`, mime: 'text/csv', text: `${toCsv(outlets)}\r\n` };
}
