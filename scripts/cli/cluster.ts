/** `cluster --pool POOL.jsonl`: one line an item, `{"id", "story"}`; items of one story share the string. */
import { clusterStories } from '../../utils/matching/cluster';
import { parseArgs, readItems, requireFlag, writeJsonLines } from './io';
import { indexPool } from './pool';

export async function run(args: string[]): Promise<void> {
  const { flags } = parseArgs(args);
  const pool = indexPool(readItems(requireFlag(flags, 'pool')));
  const stories = clusterStories(pool.items, pool.index);
  writeJsonLines(pool.items.map((item) => ({ id: pool.givenId(item.id), story: stories.get(item.id)! })));
}
