/**
 * `source --urls URLS.txt` or `source URL...`: the outlet of each URL, one JSON line per URL, from
 * the bundled dataset (plus any `--dataset FILE.json` in Parallax's schema, layered on top in order).
 */
import { basename } from 'node:path';
import { bundledDataset, bundledIssues } from '../../utils/sources/bundled';
import { ImportError, importRatings } from '../../utils/sources/import/index';
import { layerDatasets } from '../../utils/sources/layers';
import { createOutletLookup, type OutletMatch } from '../../utils/sources/lookup';
import { type Dataset, UNKNOWN_COUNTRY } from '../../utils/sources/schema';
import { CliError, parseArgs, readInput, writeJsonLines } from './io';

function readDataset(path: string): Dataset {
  try {
    const result = importRatings('json', readInput(path), { name: basename(path) });
    for (const error of result.errors) {
      process.stderr.write(
        `${path}: ${'index' in error ? `outlet ${error.index}` : `line ${error.line}`}: ${error.reason}\n`,
      );
    }
    return result.dataset;
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The `source` object of ../shared/CONTRACT.md, plus `kind` and `via` (optional extras). */
function describeMatch(match: OutletMatch | null) {
  if (!match) return null;
  const { outlet } = match;
  return {
    id: outlet.id,
    name: outlet.name,
    domain: match.domain,
    bias: { label: outlet.bias.label, score: outlet.bias.score },
    factuality: outlet.factuality.label,
    owner: outlet.owner.name,
    // `ZZ` is an imported file's placeholder for "unknown".
    country: outlet.country === UNKNOWN_COUNTRY ? null : outlet.country,
    kind: outlet.kind,
    via: match.via,
  };
}

export async function run(args: string[]): Promise<void> {
  const { flags, positional } = parseArgs(args);
  const urls = [...positional];
  for (const path of flags.get('urls') ?? []) {
    urls.push(
      ...readInput(path)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  if (!urls.length) throw new CliError('no URLs: give source URL... or source --urls URLS.txt');

  const dropped = bundledIssues().filter((issue) => issue.severity === 'error').length;
  if (dropped) process.stderr.write(`bundled dataset: ${dropped} errors, see npm run dataset:check\n`);
  const imports = (flags.get('dataset') ?? []).map(readDataset);
  const { outlets } = layerDatasets({ bundled: bundledDataset(), imports });
  const lookup = createOutletLookup(outlets.map((layered) => layered.outlet));
  writeJsonLines(urls.map((url) => ({ url, source: describeMatch(lookup.lookup({ url })) })));
}
