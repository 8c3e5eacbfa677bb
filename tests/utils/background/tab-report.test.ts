import { describe, expect, it } from 'vitest';
import type { OutletDirectory } from '../../../utils/background/outlet-directory';
import { buildTabReport, type TabReportDeps } from '../../../utils/background/tab-report';
import type { CoverageState } from '../../../utils/messages';
import { card } from './outlet-fixtures';

const URL_CNN = 'https://edition.cnn.com/2026/01/01/politics/x/index.html';
const article = {
  url: URL_CNN,
  title: 'Senate passes the budget',
  byline: 'A. Reporter',
  siteName: 'CNN',
  publishedTime: '2026-01-01T10:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'The Senate passed the budget.',
  canonicalUrl: null,
  publisher: 'CNN',
  isArticle: true,
};
const cnn = card('CNN', 'cnn.com', 'lean-left');
const directory: OutletDirectory = {
  find: (clue) => (new URL(clue.url).hostname.endsWith('cnn.com') ? cnn : null),
  summaryOfPage: () => null,
  summaryOfItem: () => null,
  outlets: () => [],
};
const loading: CoverageState = { status: 'loading' };

function deps(over: Partial<TabReportDeps> = {}): TabReportDeps {
  return {
    tabUrl: async () => URL_CNN,
    requestExtraction: async () => ({ ok: true, article }),
    directory: async () => directory,
    coverage: async () => loading,
    ...over,
  };
}

describe('buildTabReport', () => {
  it('reports the outlet, the article and the coverage on a known outlet’s article', async () => {
    expect(await buildTabReport(1, deps())).toEqual({
      kind: 'ok',
      url: URL_CNN,
      outlet: cnn,
      article: {
        url: URL_CNN,
        title: 'Senate passes the budget',
        byline: 'A. Reporter',
        publishedTime: '2026-01-01T10:00:00Z',
        siteName: 'CNN',
      },
      coverage: loading,
    });
  });

  it('reports the outlet without waiting for the coverage when asked for the outlet only', async () => {
    const neverReady = () => new Promise<CoverageState>(() => undefined);
    expect(await buildTabReport(1, deps({ coverage: neverReady }), { outletOnly: true })).toMatchObject({
      kind: 'ok',
      outlet: cnn,
      article: { title: 'Senate passes the budget' },
      coverage: { status: 'pending' },
    });
  });

  it('says a browser page or a PDF is unsupported without asking any content script', async () => {
    const never = async () => {
      throw new Error('must not be asked');
    };
    expect(
      await buildTabReport(1, deps({ tabUrl: async () => 'chrome://newtab/', requestExtraction: never })),
    ).toMatchObject({ kind: 'unsupported-page', reason: 'browser-page' });
    expect(
      await buildTabReport(1, deps({ tabUrl: async () => 'https://x.org/a.pdf', requestExtraction: never })),
    ).toMatchObject({ kind: 'unsupported-page', reason: 'pdf' });
    expect(await buildTabReport(1, deps({ tabUrl: async () => null }))).toMatchObject({
      kind: 'unsupported-page',
    });
  });

  it('tells apart a page with no content script, a malformed answer and a failed extraction', async () => {
    const noScript = deps({
      requestExtraction: () => Promise.reject(new Error('Receiving end does not exist')),
    });
    expect(await buildTabReport(1, noScript)).toMatchObject({
      kind: 'extraction-failed',
      reason: 'no-content-script',
    });
    const bad = deps({ requestExtraction: async () => ({ ok: true, article: { url: 'javascript:1' } }) });
    expect(await buildTabReport(1, bad)).toMatchObject({ kind: 'extraction-failed', reason: 'bad-response' });
    const failed = deps({ requestExtraction: async () => ({ ok: false, reason: 'boom' }) });
    expect(await buildTabReport(1, failed)).toMatchObject({
      kind: 'extraction-failed',
      reason: 'extractor-error',
    });
  });

  it('says when the page is not an article, naming the outlet when known', async () => {
    const home = deps({
      requestExtraction: async () => ({ ok: true, article: { ...article, isArticle: false } }),
    });
    expect(await buildTabReport(1, home)).toEqual({ kind: 'not-article', url: URL_CNN, outlet: cnn });
  });

  it('names the domain of an unknown outlet', async () => {
    const url = 'https://www.smalltown-gazette.example/news/1';
    const unknown = deps({
      tabUrl: async () => url,
      requestExtraction: async () => ({ ok: true, article: { ...article, url } }),
    });
    expect(await buildTabReport(1, unknown)).toMatchObject({
      kind: 'unknown-outlet',
      domain: 'smalltown-gazette.example',
    });
  });
});
