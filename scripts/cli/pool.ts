/**
 * A pool file in the story index, every item of it. The index keeps one item an id, as the
 * coverage cache does (there an id is a canonical URL, so a repeated id is the same article,
 * updated). A pool file may give one id to different articles (basil gives `basil-empty` to four
 * of four stories), and each is still an item of the pool: the CLI would otherwise answer as if
 * all but the last were not there. So a repeated id is indexed under a name of its own, answers
 * carry the id the file gave, and a query is never answered by any item of its own id (CONTRACT.md).
 */
import type { CoverageItem } from '../../utils/coverage/item';
import { createStoryIndex, type StoryIndex, type StoryMatch } from '../../utils/matching/story-index';

export interface PoolIndex {
  readonly index: StoryIndex;
  /** The pool's items as indexed: a repeated id renamed (`givenId` gives it back). */
  readonly items: CoverageItem[];
  /** The same-story items, best first, with the pool's own ids. */
  related(query: CoverageItem): StoryMatch[];
  /** The closest items, with the pool's own ids (see `StoryIndex.nearby`). */
  nearby(query: CoverageItem, limit: number): StoryMatch[];
  /** The id the pool file gave an item the index knows by `indexedId`. */
  givenId(indexedId: string): string;
}

export function indexPool(pool: CoverageItem[]): PoolIndex {
  const taken = new Set(pool.map((item) => item.id));
  const seen = new Set<string>();
  const given = new Map<string, string>();
  /** The items indexed under another name, by the id the file gave them. */
  const renamed = new Map<string, CoverageItem[]>();
  const items = pool.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let name = '';
    for (let n = 2; !name || taken.has(name); n++) name = `${item.id}#${n}`;
    taken.add(name);
    given.set(name, item.id);
    const copy = { ...item, id: name };
    renamed.set(item.id, [...(renamed.get(item.id) ?? []), copy]);
    return copy;
  });
  const index = createStoryIndex();
  index.add(items);

  const givenId = (indexedId: string) => given.get(indexedId) ?? indexedId;
  const withGivenIds = (match: StoryMatch): StoryMatch => {
    if (!given.has(match.id) && (match.wireCopyOf === null || !given.has(match.wireCopyOf))) return match;
    return {
      id: givenId(match.id),
      score: match.score,
      item: { ...match.item, id: givenId(match.id) },
      wireCopyOf: match.wireCopyOf === null ? null : givenId(match.wireCopyOf),
    };
  };
  /** Answers with the query's namesakes out of the index, as the one the index keeps under its id is. */
  const withoutNamesakes = (query: CoverageItem, answer: () => StoryMatch[]): StoryMatch[] => {
    const namesakes = renamed.get(query.id);
    if (!namesakes) return answer().map(withGivenIds);
    index.remove(namesakes.map((item) => item.id));
    try {
      return answer().map(withGivenIds);
    } finally {
      index.add(namesakes);
    }
  };
  return {
    index,
    items,
    givenId,
    related: (query) => withoutNamesakes(query, () => index.related(query)),
    nearby: (query, limit) => withoutNamesakes(query, () => index.nearby(query, limit)),
  };
}
