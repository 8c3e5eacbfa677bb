/**
 * Answers the options page's requests (see OptionsProtocol in utils/messages.ts), each by its
 * feature's module. Everything the handlers need from the browser is injected, so the tests run
 * them on fake-indexeddb with fake storage and fetch.
 */
import { listVisits, type ParallaxDb } from '../db';
import type { OptionsMessage, OptionsProtocol, OptionsType } from '../messages';
import type { FeedPrefs } from '../storage';
import { exportRatings } from './options-export';
import { addFeed, listFeeds, removeFeed, setFeedEnabled } from './options-feeds';
import { applyImport, listImports, previewImport, undoImport } from './options-imports';
import { RatingLayersCache } from './options-layers';
import { addSource, overrideSource, querySources, resetSource } from './options-sources';
import { clearStorage, storageUsage } from './options-storage';

export interface OptionsDeps {
  db: () => Promise<ParallaxDb>;
  /** Called after ratings or imported datasets changed, so the popup and badges use them at once. */
  ratingsChanged: () => Promise<void>;
  /** Called with the ids of the coverage items cleared, and the items' revision the clearing made. */
  coverageCleared?: (removedIds: string[], revision: number) => void;
  feedPrefs: () => Promise<FeedPrefs>;
  updateFeedPrefs: (change: (prefs: FeedPrefs) => FeedPrefs) => Promise<FeedPrefs>;
  fetch: typeof fetch;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  now?: () => Date;
}

type Answer<K extends OptionsType> = Promise<OptionsProtocol[K]['response']>;

export function createOptionsHandler(deps: OptionsDeps) {
  const layers = new RatingLayersCache(deps.db);
  const changed = async () => {
    layers.invalidate();
    await deps.ratingsChanged();
  };
  const now = deps.now ?? (() => new Date());
  const sources = { db: deps.db, layers: () => layers.get(), changed };
  const imports = { db: deps.db, changed, now };
  const feeds = {
    db: deps.db,
    outlets: async () => (await layers.get()).layered.outlets.map((entry) => entry.outlet),
    prefs: deps.feedPrefs,
    updatePrefs: deps.updateFeedPrefs,
    fetch: deps.fetch,
    now,
  };
  const storage = {
    db: deps.db,
    estimate: deps.estimate,
    ratingsChanged: changed,
    coverageCleared: deps.coverageCleared,
  };

  return async function handle(request: OptionsMessage): Answer<OptionsType> {
    switch (request.type) {
      case 'sources:query':
        return querySources(await layers.get(), request.payload);
      case 'sources:override':
        return overrideSource(sources, request.payload.id, request.payload.patch);
      case 'sources:reset':
        return resetSource(sources, request.payload.id, request.payload.field);
      case 'sources:add':
        return addSource(sources, request.payload.outlet);
      case 'imports:preview':
        return previewImport(imports, request.payload);
      case 'imports:apply':
        return applyImport(imports, request.payload);
      case 'imports:list':
        return { datasets: await listImports(imports) };
      case 'imports:undo':
        return undoImport(imports, request.payload.name);
      case 'ratings:export':
        return exportRatings(await layers.get(), request.payload.scope, request.payload.format, now());
      case 'feeds:list':
        return { feeds: await listFeeds(feeds) };
      case 'feeds:add':
        return addFeed(feeds, request.payload.url, request.payload.outletId ?? null);
      case 'feeds:set-enabled':
        return setFeedEnabled(feeds, request.payload.url, request.payload.enabled);
      case 'feeds:remove':
        return removeFeed(feeds, request.payload.url);
      case 'storage:usage':
        return storageUsage(storage);
      case 'storage:clear':
        return clearStorage(storage, request.payload.part);
      case 'history:list': {
        const [visits, { byId }] = await Promise.all([listVisits(await deps.db()), layers.get()]);
        const names: Record<string, string> = {};
        for (const { outletId } of visits) names[outletId] ??= byId.get(outletId)?.outlet.name ?? outletId;
        return { visits, names };
      }
    }
  };
}
