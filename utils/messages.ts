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
import type { FramingReport } from './framing/report';
import type { BiasLabel, Factuality, OutletKind, OwnershipType, RatingBasis } from './sources/schema';

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
export type CoverageState =
  | { status: 'ready'; report: FramingReport }
  /** Feeds have never been fetched yet (first run) or a refresh is running with nothing stored. */
  | { status: 'loading' }
  /** Feeds were fetched but no other outlet's article matches this story (yet). */
  | { status: 'empty'; itemsStored: number; lastRefresh: string | null };

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
export interface BackgroundProtocol {
  /** From a UI page: the report for tab `tabId`. */
  'report:get': { payload: { tabId: number }; response: ReportState };
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

/** Which sender may send which request. */
const ALLOWED: Record<BackgroundType, SenderKind['kind']> = {
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
      return { ok: true, value: { type, payload: { tabId: payload.tabId as number } } };
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
      return fail(`unknown message type: ${String(type).slice(0, 40)}`);
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
