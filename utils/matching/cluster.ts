/**
 * Items grouped into stories: two items are one story when each finds the other among its
 * same-story matches (one-sided links would chain a whole issue into one story), and stories are
 * the connected groups of such links. A story is named after its first item in input order.
 */
import type { CoverageItem } from '../coverage/item';
import { createStoryIndex, type StoryIndex } from './story-index';

export function clusterStories(items: CoverageItem[], index?: StoryIndex): Map<string, string> {
  const story = index ?? createStoryIndex();
  if (!index) story.add(items);
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const position = new Map(unique.map((item, i) => [item.id, i]));
  const links = unique.map((item) => new Set(story.related(item).map((match) => match.id)));
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  unique.forEach((item, i) => {
    for (const id of links[i]!) {
      const j = position.get(id);
      if (j !== undefined && links[j]!.has(item.id)) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return new Map(unique.map((item, i) => [item.id, `story:${unique[find(i)]!.id}`]));
}
