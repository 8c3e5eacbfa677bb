/** `cluster --pool POOL.jsonl`: one line an item, `{"id", "story"}`; items of one story share the string. */
import { clusterStories } from '../../utils/matching/cluster';
import { parseArgs, readItems, requireFlag, writeJsonLines } from './io';

export async function run(args: string[]): Promise<void> {
  const { flags } = parseArgs(args);
  const pool = readItems(requireFlag(flags, 'pool'));
  const stories = clusterStories(pool);
  writeJsonLines(pool.map((item) => ({ id: item.id, story: stories.get(item.id)! })));
}
