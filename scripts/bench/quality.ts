/**
 * `npm run bench:quality`: scores story matching (the engine and settings `related` uses) on every
 * same-story set in ../shared/dev-data/story-matching: micro precision, recall and F1 over
 * (query, matched id) pairs, and precision at 1; each set alone, then with the other sets' items
 * mixed into its pool as distractors. Settings are calibrated on lrc-train (see params.ts).
 *   npm run bench:quality [-- SET...]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageItem } from '../../utils/coverage/item';
import { readItems } from '../cli/io';
import { indexPool } from '../cli/pool';

const root = join(process.cwd(), '../shared/dev-data/story-matching');

interface StorySet {
  name: string;
  pool: CoverageItem[];
  queries: CoverageItem[];
  gold: Record<string, string[]>;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  precisionAt1: number;
  queries: number;
  ms: number;
}

function loadSets(): StorySet[] {
  return readdirSync(root)
    .filter((name) => name.endsWith('-gold.json'))
    .map((file) => file.replace(/-gold\.json$/, ''))
    .sort()
    .map((name) => ({
      name,
      pool: readItems(join(root, `${name}-pool.jsonl`)),
      queries: readItems(join(root, `${name}-queries.jsonl`)),
      gold: JSON.parse(readFileSync(join(root, `${name}-gold.json`), 'utf8')) as Record<string, string[]>,
    }));
}

/** Micro P/R/F1 over (query, match) pairs for the queries that have gold; P@1 over those with an answer. */
export function scoreRelated(
  pool: CoverageItem[],
  queries: CoverageItem[],
  gold: Record<string, string[]>,
  leftOut: ReadonlySet<string> = new Set(),
): Score {
  const started = performance.now();
  const index = indexPool(pool);
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let firstRight = 0;
  let answered = 0;
  let counted = 0;
  for (const query of queries) {
    const wanted = gold[query.id];
    if (!wanted || leftOut.has(query.id)) continue;
    counted++;
    const truth = new Set(wanted.filter((id) => !leftOut.has(id)));
    // Pairs (query, id): two pool items of one id that both answer are one pair.
    const matched = [...new Set(index.related(query).map((match) => match.id))].filter(
      (id) => !leftOut.has(id),
    );
    expected += truth.size;
    predicted += matched.length;
    for (const id of matched) if (truth.has(id)) truePositives++;
    if (matched.length) {
      answered++;
      if (truth.has(matched[0]!)) firstRight++;
    }
  }
  const precision = predicted ? truePositives / predicted : 0;
  const recall = expected ? truePositives / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    precisionAt1: answered ? firstRight / answered : 0,
    queries: counted,
    ms: performance.now() - started,
  };
}

/**
 * Ids the set gives to more than one item: their gold pairs are ambiguous (basil gives the id
 * `basil-empty` to four articles of different stories, and its gold list to one of them).
 */
function repeatedIds(set: StorySet): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of set.pool) (seen.has(item.id) ? repeated : seen).add(item.id);
  return repeated;
}

function row(name: string, pool: number, score: Score): string {
  const f = (x: number) => x.toFixed(3);
  return `| ${name} | ${pool} | ${score.queries} | ${f(score.precision)} | ${f(score.recall)} | ${f(score.f1)} | ${f(score.precisionAt1)} | ${(score.ms / 1000).toFixed(1)} s |`;
}

function main(): void {
  if (!existsSync(root)) {
    process.stdout.write(`skipped: ${root} is absent (dev-data is not part of a fresh clone)\n`);
    return;
  }
  const sets = loadSets();
  // `npm run bench:quality -- basil` scores only the sets named (distractors still come from all).
  const only = process.argv.slice(2);
  const scored = sets.filter((set) => only.length === 0 || only.includes(set.name));
  process.stdout.write(
    '| set | pool | queries | precision | recall | F1 | P@1 | time |\n|---|---|---|---|---|---|---|---|\n',
  );
  const notes: string[] = [];
  for (const set of scored) {
    process.stdout.write(
      `${row(set.name, set.pool.length, scoreRelated(set.pool, set.queries, set.gold))}\n`,
    );
    const mixed = [...set.pool, ...sets.filter((other) => other !== set).flatMap((other) => other.pool)];
    const withDistractors = scoreRelated(mixed, set.queries, set.gold);
    process.stdout.write(`${row(`${set.name} + distractors`, mixed.length, withDistractors)}\n`);
    const repeated = repeatedIds(set);
    if (repeated.size) {
      // A second reading, never instead of the rows above: what the matcher does where the gold
      // is unambiguous.
      const clean = scoreRelated(mixed, set.queries, set.gold, repeated);
      process.stdout.write(`${row(`${set.name} + distractors, ids given once`, mixed.length, clean)}\n`);
      notes.push(
        `${set.name}: ${[...repeated].join(', ')} names more than one item; "ids given once" leaves ` +
          'out those queries and pairs, whose gold cannot say which item it means.',
      );
    }
  }
  for (const note of notes) process.stdout.write(`\n${note}\n`);
}

main();
