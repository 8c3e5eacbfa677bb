/**
 * `related --pool POOL.jsonl --queries QUERIES.jsonl`: for each query, in input order, the pool
 * items the popup would show as the same story, with the extension's own engine and settings.
 */
import { parseArgs, readItems, requireFlag, writeJsonLines } from './io';
import { indexPool } from './pool';

export async function run(args: string[]): Promise<void> {
  const { flags } = parseArgs(args);
  const pool = readItems(requireFlag(flags, 'pool'));
  const queries = readItems(requireFlag(flags, 'queries'));
  const index = indexPool(pool);
  writeJsonLines(
    queries.map((query) => ({
      query: query.id,
      matches: index.related(query).map((match) => ({ id: match.id, score: round(match.score) })),
    })),
  );
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
