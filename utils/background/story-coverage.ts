import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';
import type { analyzeStory } from '../framing/analyze-story';
import type { OutletSummary } from '../framing/report';
import { queryFromArticle } from '../matching/query';
import { createStoryIndex, restoringStoryIndex, type StoryIndex } from '../matching/story-index';
import type { CoverageState } from '../messages';
import type { OutletDirectory } from './outlet-directory';

/** The framing analysis, as the background calls it (injected, so tests can stand in for it). */
export type AnalyzeStory = typeof analyzeStory;

/** Candidates offered to "similar stories": the nearest items beyond the story itself. */
const SIMILAR_CANDIDATES = 50;

/** What changed in the coverage store after a refresh or a prune. */
export interface ItemsChange {
  added: CoverageItem[];
  removed: string[];
  /** The items' revisions (utils/db/items-revision.ts) of the writes that made these changes. */
  revisions: number[];
}

/** A turn of the event loop: the events waiting run first. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The story index the popup's coverage comes from, kept in step with the coverage store: restored
 * from its snapshot when the worker starts (rebuilding it from the items costs seconds), then
 * updated with each refresh's changes.
 */
export class StoryCoverage {
  private index: StoryIndex;
  private refreshedOnce = false;
  private lastRefresh: string | null = null;
  /**
   * The items' revision the index reflects (every write up to it applied), saved with its snapshot;
   * null once a change came out of turn (the next start rebuilds rather than trust the snapshot).
   * An empty index is the items before any write: revision 0.
   */
  private revision: number | null = 0;

  constructor(
    private readonly analyze: AnalyzeStory,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.index = createStoryIndex();
  }

  /**
   * Loads a stored snapshot; a damaged one is dropped and `false` returned, so the caller rebuilds.
   * Each of its steps waits for a turn of the event loop: what came meanwhile (the popup's ask for
   * the outlet card) is answered between them rather than after the whole restore.
   */
  async restore(snapshot: unknown, itemsRevision: number | null = null): Promise<boolean> {
    try {
      const steps = restoringStoryIndex(snapshot);
      for (;;) {
        await nextTurn();
        const step = steps.next();
        if (step.done) {
          this.index = step.value;
          this.revision = itemsRevision;
          return true;
        }
      }
    } catch {
      return false;
    }
  }

  snapshot() {
    return this.index.snapshot();
  }

  /** Builds the index anew from every stored item, read at the items' revision `revision`. */
  rebuild(items: CoverageItem[], revision: number): void {
    this.index = createStoryIndex();
    this.index.add(items);
    this.revision = revision;
  }

  get itemsRevision(): number | null {
    return this.revision;
  }

  get size(): number {
    return this.index.size;
  }

  itemsChanged(change: ItemsChange): void {
    if (change.removed.length) this.index.remove(change.removed);
    if (change.added.length) this.index.add(change.added);
    // A revision at or below the index's is in it already (the items were read after that write);
    // the next one moves it on; any other means a write not applied yet, or never.
    for (const revision of [...change.revisions].sort((a, b) => a - b)) {
      if (this.revision === null || revision <= this.revision) continue;
      this.revision = revision === this.revision + 1 ? revision : null;
    }
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
