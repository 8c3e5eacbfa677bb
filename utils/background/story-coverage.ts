import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';
import type { analyzeStory } from '../framing/analyze-story';
import type { OutletSummary } from '../framing/report';
import { queryFromArticle } from '../matching/query';
import { createStoryIndex, restoreStoryIndex, type StoryIndex } from '../matching/story-index';
import type { CoverageState } from '../messages';
import type { OutletDirectory } from './outlet-directory';

/** The framing analysis, as the background calls it (injected, so tests can stand in for it). */
export type AnalyzeStory = typeof analyzeStory;

/** Candidates offered to "similar stories": the nearest items beyond the story itself. */
const SIMILAR_CANDIDATES = 50;

/** What changed in the coverage store after a refresh or a prune (stored items carry `fetchedAt`). */
export interface ItemsChange {
  added: (CoverageItem & { fetchedAt?: string })[];
  removed: string[];
}

/**
 * The story index the popup's coverage comes from, kept in step with the coverage store: restored
 * from its snapshot when the worker starts (rebuilding it from the items costs seconds), then
 * updated with each refresh's changes.
 */
export class StoryCoverage {
  private index: StoryIndex;
  private refreshedOnce = false;
  private lastRefresh: string | null = null;
  /** The newest fetch date of the stored items given to the index: saved with its snapshot. */
  private through: string | null = null;

  constructor(
    private readonly analyze: AnalyzeStory,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.index = createStoryIndex();
  }

  /** Loads a stored snapshot; a damaged one is dropped and `false` returned, so the caller rebuilds. */
  restore(snapshot: unknown, itemsThrough: string | null = null): boolean {
    try {
      this.index = restoreStoryIndex(snapshot);
      this.through = itemsThrough;
      return true;
    } catch {
      return false;
    }
  }

  snapshot() {
    return this.index.snapshot();
  }

  /** Starts again from an empty index (before a rebuild from the stored items). */
  reset(): void {
    this.index = createStoryIndex();
    this.through = null;
  }

  get itemsThrough(): string | null {
    return this.through;
  }

  get size(): number {
    return this.index.size;
  }

  itemsChanged(change: ItemsChange): void {
    if (change.removed.length) this.index.remove(change.removed);
    if (change.added.length) this.index.add(change.added);
    for (const { fetchedAt } of change.added)
      if (typeof fetchedAt === 'string' && (this.through === null || fetchedAt > this.through))
        this.through = fetchedAt;
  }

  /** A refresh finished (at `when`, ISO 8601): an empty answer now means "no coverage", not "loading". */
  refreshed(when: string): void {
    this.refreshedOnce = true;
    this.lastRefresh = when;
  }

  /**
   * The coverage of the reader's article. `extra` items (wider search's) are matched alongside the
   * cached ones, with the same scores and thresholds, and taken out again before this returns: they
   * are never stored. Those whose URL the cache already holds are left out.
   */
  coverageFor(
    article: ExtractedArticle,
    outlet: OutletSummary | null,
    directory: OutletDirectory,
    extra: CoverageItem[] = [],
  ): CoverageState {
    if (this.index.size === 0 && !this.refreshedOnce) return { status: 'loading' };
    const added = extra.filter((item) => !this.index.has(item.id) && !(item.url && this.index.has(item.url)));
    if (added.length) this.index.add(added);
    try {
      const query = queryFromArticle(article);
      const matches = this.index.related(query);
      if (matches.length === 0)
        return {
          status: 'empty',
          itemsStored: this.index.size - added.length,
          lastRefresh: this.lastRefresh,
        };
      const report = this.analyze({
        article,
        outlet,
        matches,
        outletOf: (item) => directory.summaryOfItem(item),
        similar: this.index.nearby(query, SIMILAR_CANDIDATES).map((match) => match.item),
        now: this.now(),
      });
      return { status: 'ready', report };
    } finally {
      if (added.length) this.index.remove(added.map((item) => item.id));
    }
  }
}
