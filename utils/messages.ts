/**
 * Parallax's one message protocol. Every request names its payload and its response here; every
 * incoming message is validated here before anything acts on it. The background alone answers
 * UI pages and content scripts; the content script answers only the background's `page:extract`.
 *
 * Senders are untrusted until checked: another extension can message us if it knows our id (we
 * declare no `externally_connectable`, and `runtime.onMessageExternal` is never listened to), and a
 * hostile page controls the DOM the content script reads, so content-script payloads are validated
 * and capped like any other page data.
 */
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from './article';
import type { FeedStatus, StoredVisit } from './db/schema';
import type { FramingReport } from './framing/report';
import type { ImportFormat } from './sources/import';
import type { RowError } from './sources/import/result';
import type { Provenance as LayerProvenance } from './sources/layers';
import type { BiasLabel, Factuality, OutletKind, OwnershipType, RatingBasis } from './sources/schema';
import { BIAS_LABELS, OUTLET_FIELDS, OUTLET_KINDS, type Outlet, type OutletField } from './sources/schema';

/** Cheap clues the content script reads on load, to refine the toolbar badge. */
export interface PageHints {
  /** The page the hints were read on (the tab may have navigated since). */
  url: string;
  canonicalUrl: string | null;
  siteName: string | null;
  publisher: string | null;
  isArticle: boolean;
}

/** Which layer a rating field comes from: the bundled dataset, an imported one, or the reader's own. */
export type RatingLayer = 'bundled' | 'imported' | 'reader';

/** Where one rated field of the outlet card comes from. */
export interface FieldProvenance {
  layer: RatingLayer;
  /** The dataset's name (`bundled`, an imported file name, `overrides`). */
  dataset: string | null;
  basis: RatingBasis | null;
}

/** The outlet as the popup's card shows it. */
export interface OutletCard {
  id: string;
  name: string;
  domain: string;
  kind: OutletKind | null;
  bias: { label: BiasLabel; score: number | null; provenance: FieldProvenance };
  factuality: { label: Factuality | null; provenance: FieldProvenance };
  owner: { name: string | null; type: OwnershipType | null; provenance: FieldProvenance };
  country: string | null;
}

/** The article's own metadata, as the popup shows it under the outlet card. */
export interface ArticleMeta {
  url: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** How the story's coverage stands for this article. */
/** What wider search did for a report, when the reader turned it on: articles added, or that it failed. */
export type WiderSearchNote = { added: number } | { failed: true };

export type CoverageState = (
  | { status: 'ready'; report: FramingReport }
  /** Feeds have never been fetched yet (first run) or a refresh is running with nothing stored. */
  | { status: 'loading' }
  /** Feeds were fetched but no other outlet's article matches this story (yet). */
  | { status: 'empty'; itemsStored: number; lastRefresh: string | null }
  /** Not looked for: the popup asked for the outlet alone, and asks for the coverage alongside. */
  | { status: 'pending' }
) & { wider?: WiderSearchNote };

export const UNSUPPORTED_REASONS = [
  'browser-page',
  'web-store',
  'pdf',
  'file',
  'view-source',
  'other',
] as const;
export type UnsupportedReason = (typeof UNSUPPORTED_REASONS)[number];

/** Everything the popup can be told about a tab. */
export type ReportState =
  | { kind: 'unsupported-page'; url: string | null; reason: UnsupportedReason }
  | { kind: 'not-article'; url: string; outlet: OutletCard | null }
  | { kind: 'extraction-failed'; url: string; reason: string }
  | {
      kind: 'unknown-outlet';
      url: string;
      domain: string | null;
      article: ArticleMeta;
      coverage: CoverageState;
    }
  | { kind: 'ok'; url: string; outlet: OutletCard; article: ArticleMeta; coverage: CoverageState }
  | { kind: 'error'; message: string };

/** What the content script answers to `page:extract`. */
export type ExtractResponse = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };

export type RefreshResponse = { ok: true } | { ok: false; reason: string };

/** Requests the background answers, with their payloads and responses. */
export interface BackgroundProtocol extends OptionsProtocol {
  /**
   * From a UI page: the report for tab `tabId`. With `outletOnly`, the report without its coverage
   * (`pending`): the outlet needs only the lookup, so it can be shown before the story index is up.
   */
  'report:get': { payload: { tabId: number; outletOnly?: boolean }; response: ReportState };
  /** From a UI page: fetch the feeds now. */
  'coverage:refresh': { payload: Record<string, never>; response: RefreshResponse };
  /** From a content script: hints about its own tab (the tab is the sender's, never the payload's). */
  'page:hints': { payload: { hints: PageHints }; response: { ok: true } };
}

/** Requests a content script answers (sent by the background with `tabs.sendMessage`). */
export interface ContentProtocol {
  'page:extract': { payload: Record<string, never>; response: ExtractResponse };
}

export type BackgroundType = keyof BackgroundProtocol;
export type ContentType = keyof ContentProtocol;

export type Message<P, K extends keyof P> = P[K] extends { payload: infer T }
  ? { type: K; payload: T }
  : never;
export type BackgroundMessage = { [K in BackgroundType]: Message<BackgroundProtocol, K> }[BackgroundType];
export type ContentMessage = { [K in ContentType]: Message<ContentProtocol, K> }[ContentType];
export type BackgroundResponse<K extends BackgroundType> = BackgroundProtocol[K]['response'];

/** Who sent a message, once checked. */
export type SenderKind = { kind: 'extension-page' } | { kind: 'content-script'; tabId: number };

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Options-page requests come from extension pages only. */
const OPTIONS_ALLOWED: Record<OptionsType, 'extension-page'> = {
  'sources:query': 'extension-page',
  'sources:override': 'extension-page',
  'sources:reset': 'extension-page',
  'sources:add': 'extension-page',
  'imports:preview': 'extension-page',
  'imports:apply': 'extension-page',
  'imports:list': 'extension-page',
  'imports:undo': 'extension-page',
  'ratings:export': 'extension-page',
  'feeds:list': 'extension-page',
  'feeds:add': 'extension-page',
  'feeds:set-enabled': 'extension-page',
  'feeds:remove': 'extension-page',
  'storage:usage': 'extension-page',
  'storage:clear': 'extension-page',
  'history:list': 'extension-page',
};

/** Which sender may send which request. */
const ALLOWED: Record<BackgroundType, SenderKind['kind']> = {
  ...OPTIONS_ALLOWED,
  'report:get': 'extension-page',
  'coverage:refresh': 'extension-page',
  'page:hints': 'content-script',
};

/** Text fields from pages are capped: a hostile page must not make us carry megabytes around. */
export const MAX_SHORT_TEXT = 2_000;
export const MAX_URL = 4_096;
export const MAX_ARTICLE_TEXT = 500_000;

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isOptionalText(value: unknown, max = MAX_SHORT_TEXT): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= max);
}

function isEmptyPayload(value: unknown): value is Record<string, never> {
  return isRecord(value) && Object.keys(value).length === 0;
}

/** Validates page hints read by a content script; null values allowed, URLs must be http(s). */
export function validatePageHints(value: unknown): Validation<PageHints> {
  if (!isRecord(value)) return fail('hints: not an object');
  if (!isHttpUrl(value.url)) return fail('hints.url: not an http(s) URL');
  if (value.canonicalUrl !== null && !isHttpUrl(value.canonicalUrl))
    return fail('hints.canonicalUrl: not an http(s) URL or null');
  if (!isOptionalText(value.siteName)) return fail('hints.siteName: not a short string or null');
  if (!isOptionalText(value.publisher)) return fail('hints.publisher: not a short string or null');
  if (typeof value.isArticle !== 'boolean') return fail('hints.isArticle: not a boolean');
  return {
    ok: true,
    value: {
      url: value.url,
      canonicalUrl: value.canonicalUrl,
      siteName: value.siteName,
      publisher: value.publisher,
      isArticle: value.isArticle,
    },
  };
}

const ARTICLE_TEXT_FIELDS = [
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'modifiedTime',
  'lang',
  'excerpt',
  'publisher',
] as const;

/** Validates an extracted article coming back from a content script (the page shaped it). */
export function validateExtractedArticle(value: unknown): Validation<ExtractedArticle> {
  if (!isRecord(value)) return fail('article: not an object');
  if (!isHttpUrl(value.url)) return fail('article.url: not an http(s) URL');
  for (const field of ARTICLE_TEXT_FIELDS) {
    if (!isOptionalText(value[field])) return fail(`article.${field}: not a short string or null`);
  }
  if (!isOptionalText(value.text, MAX_ARTICLE_TEXT))
    return fail('article.text: not a string or null, or too long');
  if (value.canonicalUrl !== null && !isHttpUrl(value.canonicalUrl))
    return fail('article.canonicalUrl: not an http(s) URL or null');
  if (typeof value.isArticle !== 'boolean') return fail('article.isArticle: not a boolean');
  const text = (field: string) => value[field] as string | null;
  return {
    ok: true,
    value: {
      url: value.url,
      title: text('title'),
      byline: text('byline'),
      siteName: text('siteName'),
      publishedTime: text('publishedTime'),
      modifiedTime: text('modifiedTime'),
      lang: text('lang'),
      excerpt: text('excerpt'),
      text: text('text'),
      canonicalUrl: value.canonicalUrl,
      publisher: text('publisher'),
      isArticle: value.isArticle,
    },
  };
}

/** Validates the content script's answer to `page:extract`. */
export function validateExtractResponse(value: unknown): Validation<ExtractResponse> {
  if (!isRecord(value)) return fail('extract response: not an object');
  if (value.ok === false) {
    return isOptionalText(value.reason) && typeof value.reason === 'string'
      ? { ok: true, value: { ok: false, reason: value.reason } }
      : fail('extract response: bad reason');
  }
  if (value.ok !== true) return fail('extract response: no ok flag');
  const article = validateExtractedArticle(value.article);
  return article.ok ? { ok: true, value: { ok: true, article: article.value } } : article;
}

/** Validates the shape of a request to the background (not yet who sent it). */
export function validateBackgroundMessage(value: unknown): Validation<BackgroundMessage> {
  if (!isRecord(value)) return fail('message: not an object');
  const { type, payload } = value;
  switch (type) {
    case 'report:get': {
      if (!isRecord(payload) || !Number.isSafeInteger(payload.tabId) || (payload.tabId as number) < 0)
        return fail('report:get: payload.tabId must be a non-negative integer');
      if (payload.outletOnly !== undefined && typeof payload.outletOnly !== 'boolean')
        return fail('report:get: payload.outletOnly must be a boolean');
      const tabId = payload.tabId as number;
      return {
        ok: true,
        value: { type, payload: payload.outletOnly ? { tabId, outletOnly: true } : { tabId } },
      };
    }
    case 'coverage:refresh':
      return isEmptyPayload(payload)
        ? { ok: true, value: { type, payload: {} } }
        : fail('coverage:refresh: payload must be {}');
    case 'page:hints': {
      if (!isRecord(payload)) return fail('page:hints: payload must be an object');
      const hints = validatePageHints(payload.hints);
      return hints.ok ? { ok: true, value: { type, payload: { hints: hints.value } } } : hints;
    }
    default:
      return validateOptionsMessage(type, payload);
  }
}

/** Validates a request to a content script. */
export function validateContentMessage(value: unknown): Validation<ContentMessage> {
  if (!isRecord(value)) return fail('message: not an object');
  if (value.type !== 'page:extract') return fail(`unknown message type: ${String(value.type).slice(0, 40)}`);
  return isEmptyPayload(value.payload)
    ? { ok: true, value: { type: 'page:extract', payload: {} } }
    : fail('page:extract: payload must be {}');
}

/**
 * `scheme://host` of a URL, or null. `URL.origin` is "null" for extension schemes outside the
 * browser (and for file:), so it cannot tell two of them apart.
 */
function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/**
 * Who sent a message, or null when it is not one of Parallax's own contexts: the id must be ours,
 * and the URL either our own origin (popup, options, even when opened in a tab) or, for a content
 * script, an http(s) page in a tab's top frame (ours runs only there).
 */
export function classifySender(
  sender: SenderInfo,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (!runtimeId || sender.id !== runtimeId || typeof sender.url !== 'string') return null;
  const origin = originOf(sender.url);
  if (origin && origin === originOf(extensionOrigin)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (isHttpUrl(sender.url) && typeof tabId === 'number' && tabId >= 0 && (sender.frameId ?? 0) === 0)
    return { kind: 'content-script', tabId };
  return null;
}

/** Validates a request and its sender together: the one gate of the background's listener. */
export function acceptBackgroundMessage(
  message: unknown,
  sender: SenderInfo,
  runtimeId: string,
  extensionOrigin: string,
): Validation<{ message: BackgroundMessage; sender: SenderKind }> {
  const from = classifySender(sender, runtimeId, extensionOrigin);
  if (!from) return fail('sender is not one of Parallax’s own contexts');
  const checked = validateBackgroundMessage(message);
  if (!checked.ok) return checked;
  if (ALLOWED[checked.value.type] !== from.kind)
    return fail(`${checked.value.type} is not accepted from a ${from.kind}`);
  return { ok: true, value: { message: checked.value, sender: from } };
}

/** The content script's gate: only the background (our id, our origin, no tab) may ask it anything. */
export function acceptContentMessage(
  message: unknown,
  sender: SenderInfo,
  runtimeId: string,
  extensionOrigin: string,
): Validation<ContentMessage> {
  const from = classifySender(sender, runtimeId, extensionOrigin);
  if (from?.kind !== 'extension-page' || sender.tab) return fail('sender is not Parallax’s background');
  return validateContentMessage(message);
}

/** Sends a request to the background from a UI page or content script, typed by its request type. */
export async function sendMessage<K extends BackgroundType>(
  type: K,
  payload: BackgroundProtocol[K]['payload'],
): Promise<BackgroundResponse<K>> {
  return (await browser.runtime.sendMessage({ type, payload })) as BackgroundResponse<K>;
}

// ---------------------------------------------------------------------------------------------
// The options page's requests: sources, imports, export, feeds, storage, reading balance.
// All of them come from extension pages only; the handlers are utils/background/options-*.ts.
// ---------------------------------------------------------------------------------------------

/** Which layer each field of an outlet comes from: `bundled`, `import:<dataset>` or `reader`. */
export type FieldSources = Partial<Record<OutletField, LayerProvenance>>;

/** One outlet as the options page lists it. */
export interface SourceRow {
  outlet: Outlet;
  from: FieldSources;
  /** The reader has an override stored for it (some field, or the whole outlet). */
  overridden: boolean;
}

export interface SourceQuery {
  /** Matched against the name, aliases, domains and paths. */
  text: string;
  lean: BiasLabel | null;
  country: string | null;
  kind: OutletKind | null;
  offset: number;
  limit: number;
}

export interface SourcePage {
  /** Outlets matching the query, of which `rows` is the page asked for. */
  total: number;
  rows: SourceRow[];
  /** Every country of the merged outlets, for the filter. */
  countries: string[];
}

/** The answer of a request that changes something: done, or refused with a reason a reader can act on. */
export type Outcome<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; reason: string };

export interface ImportPreview {
  name: string;
  imported: number;
  skipped: number;
  /** The first MAX_PREVIEW_ERRORS row errors; `moreErrors` counts the rest. */
  errors: RowError[];
  moreErrors: number;
  /** A dataset of this name is already imported: applying replaces it. */
  replaces: boolean;
}

export interface ImportedDatasetInfo {
  name: string;
  importedAt: string;
  outlets: number;
}

export type ExportScope = 'merged' | 'overrides';
export type ExportFormat = 'json' | 'csv';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** A feed as the options page lists it. */
export interface FeedRow {
  url: string;
  outletId: string;
  outletName: string;
  /** Added by the reader (removable), rather than listed by a dataset. */
  readerAdded: boolean;
  enabled: boolean;
  status: FeedStatus | null;
}

export const STORAGE_PARTS = ['coverage', 'history', 'overrides'] as const;
export type StoragePart = (typeof STORAGE_PARTS)[number];

export interface StorageUsage {
  /** `navigator.storage.estimate()`, in bytes; null where the browser does not say. */
  usage: number | null;
  quota: number | null;
  items: number;
  feeds: number;
  datasets: number;
  overrides: number;
  visits: number;
}

export const IMPORT_FORMAT_NAMES = [
  'mbfc',
  'allsides',
  'csv',
  'json',
] as const satisfies readonly ImportFormat[];

/** The options page's requests (merged into BackgroundProtocol). */
export interface OptionsProtocol {
  'sources:query': { payload: SourceQuery; response: SourcePage };
  /**
   * Sets some fields of the reader's own rating of an outlet; the popup uses it at once. `patch`
   * (an OutletPatch) is checked field by field by the handler, which says what is wrong with it.
   */
  'sources:override': { payload: { id: string; patch: unknown }; response: Outcome<{ row: SourceRow }> };
  /** Drops the reader's override of one field, or of the whole outlet. */
  'sources:reset': { payload: { id: string; field: OutletField | null }; response: Outcome };
  /** Adds an outlet no dataset has, as a complete override; `outlet` is checked by the handler. */
  'sources:add': { payload: { outlet: unknown }; response: Outcome<{ row: SourceRow }> };
  /** Reads a ratings file without storing anything. */
  'imports:preview': {
    payload: { format: ImportFormat; name: string; text: string };
    response: Outcome<{ preview: ImportPreview }>;
  };
  /** Stores a ratings file's valid rows as one dataset, in one transaction. */
  'imports:apply': {
    payload: { format: ImportFormat; name: string; text: string };
    response: Outcome<{ preview: ImportPreview }>;
  };
  'imports:list': { payload: Record<string, never>; response: { datasets: ImportedDatasetInfo[] } };
  /** Removes an imported dataset. */
  'imports:undo': { payload: { name: string }; response: Outcome };
  'ratings:export': { payload: { scope: ExportScope; format: ExportFormat }; response: ExportFile };
  'feeds:list': { payload: Record<string, never>; response: { feeds: FeedRow[] } };
  /** Fetches and parses a feed, finds its outlet by domain, then keeps it. */
  'feeds:add': {
    /** Without `outletId`, the outlet is the dataset's owner of the feed's host. */
    payload: { url: string; outletId?: string | null };
    response: Outcome<{ feed: FeedRow; items: number }>;
  };
  'feeds:set-enabled': { payload: { url: string; enabled: boolean }; response: Outcome };
  /** Forgets a reader-added feed. */
  'feeds:remove': { payload: { url: string }; response: Outcome };
  'storage:usage': { payload: Record<string, never>; response: StorageUsage };
  'storage:clear': { payload: { part: StoragePart }; response: Outcome<{ removed: number }> };
  /** The reader's recorded visits, for the reading-balance view (empty when it is off). */
  'history:list': {
    payload: Record<string, never>;
    /** `names`: the current name of each outlet visited, by id. */
    response: { visits: StoredVisit[]; names: Record<string, string> };
  };
}

export type OptionsType = keyof OptionsProtocol;
export type OptionsMessage = { [K in OptionsType]: Message<OptionsProtocol, K> }[OptionsType];

const MAX_QUERY_LIMIT = 200;
const MAX_DATASET_NAME = 200;

/**
 * An outlet id's shape, checked loosely: the handlers look ids up (an unknown one gets a reason)
 * and validate outlets with utils/sources/validate-dataset.ts, which is kept out of this module
 * so the popup and content script do not load the dataset validator.
 */
function isIdText(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9-]{1,100}$/.test(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isNonNegativeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isDatasetName(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_DATASET_NAME;
}

function validateSourceQuery(value: unknown): Validation<SourceQuery> {
  if (!isRecord(value)) return fail('sources:query: payload must be an object');
  const { text, lean, country, kind, offset, limit } = value;
  if (typeof text !== 'string' || text.length > MAX_SHORT_TEXT)
    return fail('sources:query: text must be a string');
  if (lean !== null && !oneOf(BIAS_LABELS, lean))
    return fail('sources:query: lean must be a bias label or null');
  if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)))
    return fail('sources:query: country must be a two-letter code or null');
  if (kind !== null && !oneOf(OUTLET_KINDS, kind))
    return fail('sources:query: kind must be an outlet kind or null');
  if (!isNonNegativeInteger(offset)) return fail('sources:query: offset must be a non-negative integer');
  if (!isNonNegativeInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT)
    return fail(`sources:query: limit must be 1 to ${MAX_QUERY_LIMIT}`);
  return { ok: true, value: { text, lean, country, kind, offset, limit } };
}

function validateImportPayload(
  type: string,
  payload: Record<string, unknown>,
): Validation<{ format: ImportFormat; name: string; text: string }> {
  const { format, name, text } = payload;
  if (!oneOf(IMPORT_FORMAT_NAMES, format))
    return fail(`${type}: format must be one of ${IMPORT_FORMAT_NAMES.join(', ')}`);
  if (!isDatasetName(name)) return fail(`${type}: name must be a non-empty string`);
  // The importers refuse an over-large file themselves, with a reason the reader sees.
  if (typeof text !== 'string') return fail(`${type}: text must be a string`);
  return { ok: true, value: { format, name: name.trim(), text } };
}

/** Validates the payload of an options-page request; `unknown message type` for any other type. */
export function validateOptionsMessage(type: unknown, payload: unknown): Validation<OptionsMessage> {
  const accept = (message: OptionsMessage): Validation<OptionsMessage> => ({ ok: true, value: message });
  if (typeof type !== 'string' || !(type in OPTIONS_ALLOWED))
    return fail(`unknown message type: ${String(type).slice(0, 40)}`);
  if (!isRecord(payload)) return fail(`${type}: payload must be an object`);
  switch (type as OptionsType) {
    case 'imports:list':
    case 'feeds:list':
    case 'storage:usage':
    case 'history:list':
      return isEmptyPayload(payload)
        ? accept({ type, payload: {} } as OptionsMessage)
        : fail(`${type}: payload must be {}`);
    case 'sources:query': {
      const query = validateSourceQuery(payload);
      return query.ok ? accept({ type: 'sources:query', payload: query.value }) : query;
    }
    case 'sources:override':
      if (!isIdText(payload.id)) return fail('sources:override: id must be an outlet id');
      if (!isRecord(payload.patch)) return fail('sources:override: patch must be an object of outlet fields');
      return accept({ type: 'sources:override', payload: { id: payload.id, patch: payload.patch } });
    case 'sources:reset': {
      if (!isIdText(payload.id)) return fail('sources:reset: id must be an outlet id');
      if (payload.field !== null && !oneOf(OUTLET_FIELDS, payload.field))
        return fail('sources:reset: field must be an outlet field or null');
      return accept({ type: 'sources:reset', payload: { id: payload.id, field: payload.field } });
    }
    case 'sources:add':
      return isRecord(payload.outlet)
        ? accept({ type: 'sources:add', payload: { outlet: payload.outlet } })
        : fail('sources:add: outlet must be an object');
    case 'imports:preview':
    case 'imports:apply': {
      const checked = validateImportPayload(type, payload);
      return checked.ok ? accept({ type, payload: checked.value } as OptionsMessage) : checked;
    }
    case 'imports:undo':
      return isDatasetName(payload.name)
        ? accept({ type: 'imports:undo', payload: { name: payload.name } })
        : fail('imports:undo: name must be a non-empty string');
    case 'ratings:export': {
      const { scope, format } = payload;
      if (!oneOf(['merged', 'overrides'] as const, scope))
        return fail('ratings:export: scope must be merged or overrides');
      if (!oneOf(['json', 'csv'] as const, format)) return fail('ratings:export: format must be json or csv');
      return accept({ type: 'ratings:export', payload: { scope, format } });
    }
    case 'feeds:add': {
      if (!isHttpUrl(payload.url)) return fail('feeds:add: url must be an http(s) URL');
      if (payload.outletId !== undefined && payload.outletId !== null && !isIdText(payload.outletId))
        return fail('feeds:add: outletId must be an outlet id or null');
      return accept({ type: 'feeds:add', payload: { url: payload.url, outletId: payload.outletId ?? null } });
    }
    case 'feeds:set-enabled':
      if (!isHttpUrl(payload.url)) return fail('feeds:set-enabled: url must be an http(s) URL');
      if (typeof payload.enabled !== 'boolean') return fail('feeds:set-enabled: enabled must be a boolean');
      return accept({ type: 'feeds:set-enabled', payload: { url: payload.url, enabled: payload.enabled } });
    case 'feeds:remove':
      return isHttpUrl(payload.url)
        ? accept({ type: 'feeds:remove', payload: { url: payload.url } })
        : fail('feeds:remove: url must be an http(s) URL');
    case 'storage:clear':
      return oneOf(STORAGE_PARTS, payload.part)
        ? accept({ type: 'storage:clear', payload: { part: payload.part } })
        : fail(`storage:clear: part must be one of ${STORAGE_PARTS.join(', ')}`);
  }
}
