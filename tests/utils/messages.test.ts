import { describe, expect, it } from 'vitest';
import {
  acceptBackgroundMessage,
  acceptContentMessage,
  classifySender,
  MAX_ARTICLE_TEXT,
  validateBackgroundMessage,
  validateExtractResponse,
} from '../../utils/messages';

const ID = 'parallax-id';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://www.bbc.co.uk/news/world-1', tab: { id: 7 }, frameId: 0 };
const hints = {
  url: 'https://www.bbc.co.uk/news/world-1',
  canonicalUrl: null,
  siteName: 'BBC News',
  publisher: 'BBC',
  isArticle: true,
};
const article = {
  url: 'https://www.bbc.co.uk/news/world-1',
  title: 'A title',
  byline: null,
  siteName: 'BBC News',
  publishedTime: '2026-01-01T10:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'Body.',
  canonicalUrl: null,
  publisher: 'BBC',
  isArticle: true,
};

describe('validateBackgroundMessage', () => {
  it('accepts each request type with a good payload', () => {
    expect(validateBackgroundMessage({ type: 'report:get', payload: { tabId: 3 } }).ok).toBe(true);
    expect(
      validateBackgroundMessage({ type: 'report:get', payload: { tabId: 3, outletOnly: true } }),
    ).toEqual({
      ok: true,
      value: { type: 'report:get', payload: { tabId: 3, outletOnly: true } },
    });
    expect(validateBackgroundMessage({ type: 'coverage:refresh', payload: {} }).ok).toBe(true);
    expect(validateBackgroundMessage({ type: 'page:hints', payload: { hints } }).ok).toBe(true);
  });

  it.each<[unknown, string]>([
    ['not an object', 'a string'],
    [null, 'null'],
    [{ type: 'report:get' }, 'missing payload'],
    [{ type: 'report:get', payload: { tabId: -1 } }, 'negative tab'],
    [{ type: 'report:get', payload: { tabId: 1.5 } }, 'fractional tab'],
    [{ type: 'report:get', payload: { tabId: '3' } }, 'string tab'],
    [{ type: 'report:get', payload: { tabId: 3, outletOnly: 'yes' } }, 'outletOnly not a boolean'],
    [{ type: 'coverage:refresh', payload: { force: true } }, 'unexpected field'],
    [{ type: 'eval', payload: {} }, 'unknown type'],
    [{ type: 'page:hints', payload: { hints: { ...hints, url: 'javascript:alert(1)' } } }, 'javascript url'],
    [
      { type: 'page:hints', payload: { hints: { ...hints, canonicalUrl: 'file:///etc/passwd' } } },
      'file url',
    ],
    [{ type: 'page:hints', payload: { hints: { ...hints, publisher: 'x'.repeat(10_000) } } }, 'huge field'],
    [{ type: 'page:hints', payload: { hints: { ...hints, isArticle: 'yes' } } }, 'wrong type'],
  ])('rejects %j (%s)', (message) => {
    const result = validateBackgroundMessage(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/\w/);
  });

  it('keeps only the declared fields of a payload', () => {
    const result = validateBackgroundMessage({
      type: 'page:hints',
      payload: { hints: { ...hints, extra: 1 } },
    });
    expect(result.ok && result.value.payload).toEqual({ hints });
  });
});

describe('validateExtractResponse', () => {
  it('accepts an article and a failure', () => {
    expect(validateExtractResponse({ ok: true, article })).toEqual({
      ok: true,
      value: { ok: true, article },
    });
    expect(validateExtractResponse({ ok: false, reason: 'no body' }).ok).toBe(true);
  });

  it('rejects an oversized body, a missing field and a non-http url', () => {
    expect(
      validateExtractResponse({ ok: true, article: { ...article, text: 'x'.repeat(MAX_ARTICLE_TEXT + 1) } })
        .ok,
    ).toBe(false);
    const { title: _title, ...noTitle } = article;
    expect(validateExtractResponse({ ok: true, article: noTitle }).ok).toBe(false);
    expect(validateExtractResponse({ ok: true, article: { ...article, url: 'data:text/html,hi' } }).ok).toBe(
      false,
    );
  });
});

describe('senders', () => {
  it('recognises our UI pages, even opened in a tab, and our content scripts', () => {
    expect(classifySender(popup, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ ...popup, tab: { id: 4 } }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    expect(classifySender(contentScript, ID, ORIGIN)).toEqual({ kind: 'content-script', tabId: 7 });
  });

  it.each([
    ['another extension', { ...popup, id: 'other-extension' }],
    ['no id', { url: popup.url }],
    ['another extension origin', { id: ID, url: 'chrome-extension://other/popup.html' }],
    ['a subframe', { ...contentScript, frameId: 3 }],
    ['a page with no tab', { id: ID, url: 'https://example.com/' }],
    ['a non-http page', { id: ID, url: 'file:///tmp/x.html', tab: { id: 2 } }],
  ])('rejects %s', (_name, sender) => {
    expect(classifySender(sender, ID, ORIGIN)).toBeNull();
  });

  it('lets content scripts send only their page hints, and UI pages only UI requests', () => {
    expect(
      acceptBackgroundMessage({ type: 'page:hints', payload: { hints } }, contentScript, ID, ORIGIN).ok,
    ).toBe(true);
    expect(
      acceptBackgroundMessage({ type: 'report:get', payload: { tabId: 1 } }, contentScript, ID, ORIGIN).ok,
    ).toBe(false);
    expect(
      acceptBackgroundMessage({ type: 'coverage:refresh', payload: {} }, contentScript, ID, ORIGIN).ok,
    ).toBe(false);
    expect(acceptBackgroundMessage({ type: 'page:hints', payload: { hints } }, popup, ID, ORIGIN).ok).toBe(
      false,
    );
    expect(acceptBackgroundMessage({ type: 'report:get', payload: { tabId: 1 } }, popup, ID, ORIGIN).ok).toBe(
      true,
    );
  });

  it('takes a content script’s tab from the sender, never from its payload', () => {
    const result = acceptBackgroundMessage(
      { type: 'page:hints', payload: { hints, tabId: 99 } },
      contentScript,
      ID,
      ORIGIN,
    );
    expect(result.ok && result.value.sender).toEqual({ kind: 'content-script', tabId: 7 });
  });

  it('lets only the background ask a content script to extract', () => {
    const extract = { type: 'page:extract', payload: {} };
    expect(acceptContentMessage(extract, popup, ID, ORIGIN).ok).toBe(true);
    expect(acceptContentMessage(extract, { ...popup, tab: { id: 1 } }, ID, ORIGIN).ok).toBe(false);
    expect(acceptContentMessage(extract, { ...popup, id: 'evil' }, ID, ORIGIN).ok).toBe(false);
    expect(
      acceptContentMessage({ type: 'page:extract', payload: { selector: 'body' } }, popup, ID, ORIGIN).ok,
    ).toBe(false);
  });
});
