/**
 * A full storage quota must not stop Parallax: the write is retried after dropping the oldest
 * part of the coverage cache (never the reader's own data), and gives up only if even that fails.
 */
import { type ItemsRemoval, pruneFraction } from './items';
import type { ParallaxDb } from './schema';

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox reported NS_ERROR_DOM_QUOTA_REACHED before it adopted the standard name.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Share of the cache dropped before each retry. */
const PRUNE_STEPS = [0.1, 0.3];

/**
 * Runs `write`; on a full quota prunes and retries. Returns the write's result and what was pruned
 * to make room.
 */
export async function withQuotaRecovery<T>(
  db: ParallaxDb,
  write: () => Promise<T>,
): Promise<{ result: T; pruned: ItemsRemoval }> {
  const pruned: ItemsRemoval = { removed: [], revisions: [] };
  for (let attempt = 0; ; attempt++) {
    try {
      return { result: await write(), pruned };
    } catch (error) {
      const step = PRUNE_STEPS[attempt];
      if (!isQuotaError(error) || step === undefined) throw error;
      const { removed, revisions } = await pruneFraction(db, step);
      pruned.removed.push(...removed);
      pruned.revisions.push(...revisions);
    }
  }
}
