/**
 * `analyze --url URL FILE.html --pool POOL.jsonl`: the framing report the popup shows for that
 * page, against the pool as the cached coverage, with the bundled outlet dataset.
 */
import { extractArticle } from '../../utils/extract/extract-article';
import { analyzeStory } from '../../utils/framing/analyze-story';
import { queryFromArticle } from '../../utils/matching/query';
import { bundledDataset } from '../../utils/sources/bundled';
import { outletOfItem } from '../../utils/sources/item-outlet';
import { createOutletLookup } from '../../utils/sources/lookup';
import { toOutletSummary } from '../../utils/sources/summary';
import { parseHtml } from './dom';
import { CliError, parseArgs, readInput, readItems, requireFlag, writeJson } from './io';
import { indexPool } from './pool';

/** Candidates offered to "similar topics": the nearest items beyond the story itself. */
const SIMILAR_CANDIDATES = 50;

export async function run(args: string[]): Promise<void> {
  const { flags, positional } = parseArgs(args);
  const url = requireFlag(flags, 'url');
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    throw new CliError(`--url must be an absolute http(s) URL, got "${url}"`);
  if (positional.length !== 1)
    throw new CliError('usage: analyze --url URL FILE.html --pool POOL.jsonl (- reads stdin)');
  const pool = readItems(requireFlag(flags, 'pool'));
  const article = extractArticle(parseHtml(readInput(positional[0]!), url), { url });

  const lookup = createOutletLookup(bundledDataset().outlets);
  const found = lookup.lookup({ url, canonicalUrl: article.canonicalUrl, publisher: article.publisher });

  const index = indexPool(pool);
  const query = queryFromArticle(article);
  writeJson(
    analyzeStory({
      article,
      outlet: found ? toOutletSummary(found.outlet, found.domain) : null,
      matches: index.related(query),
      outletOf: (item) => outletOfItem(lookup, item),
      similar: index.nearby(query, SIMILAR_CANDIDATES).map((match) => match.item),
      now: new Date(),
    }),
  );
}
