/**
 * Privacy, proven: Chromium records every request it makes (its net log, which sees the service
 * worker's fetches too) while a reader browses the demo newsroom with Parallax. The only hosts
 * contacted are the pages the reader opened and feed hosts; no request carries what the reader
 * read; GDELT is asked only once the reader turns wider coverage on.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from '../../scripts/demo/browser';
import { type Newsroom, startNewsroom } from '../../scripts/demo/newsroom';
import { openPopupFor, subscribeToNewsroom } from '../../scripts/demo/setup';
import { demoArticle, featuredArticle } from '../../scripts/demo/stories';
import { bundledDataset } from '../../utils/sources/bundled';

/** The slice of the extension API evaluated inside Parallax's options page. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<{ settings?: { widerSearch?: boolean } }> } };
};

const GDELT_HOST = 'api.gdeltproject.org';

/**
 * Chromium's own services, which it runs whatever extensions are installed: its component updater
 * and its Google-account check. Requested by the browser itself ("not an origin"), never by
 * Parallax or a page; the tests below check they carry nothing the reader read.
 */
const CHROMIUM_OWN = new Set(['update.googleapis.com', 'accounts.google.com']);

/**
 * A story no demo outlet covered, on a local paper's site: the cache has nothing on it, which is
 * when wider coverage asks GDELT. Plain HTTP on a name no HSTS list knows.
 */
const RARE_HOST = 'www.harbor-gazette.test';
const RARE_TITLE = 'Harbor council approves new ferry terminal after long debate';
const rarePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${RARE_TITLE}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${RARE_TITLE}">
<meta property="og:site_name" content="Harbor Gazette">
<meta property="article:published_time" content="${new Date().toISOString()}">
</head><body><article><h1>${RARE_TITLE}</h1>
<p>The Harbor council voted six to three on Tuesday to approve a new ferry terminal on the east pier, ending two years of debate over its cost.</p>
<p>Supporters said the terminal would shorten crossings to Gull Island and bring more visitors to the waterfront shops, while opponents warned about traffic on Pier Road.</p>
<p>Construction is expected to begin next spring and to take about eighteen months, the council said, with the state paying most of the cost.</p>
</article></body></html>`;

interface Request {
  url: string;
  host: string;
  /** The origin that asked for it: a page, or Parallax (chrome-extension://…). */
  initiator: string | null;
  headers: string[];
  /** Net log time (ms), to order requests against a marker. */
  time: number;
}

interface NetLog {
  requests: Request[];
  /** Every host the network stack set out to connect to, preconnects included. */
  connected: string[];
}

/** Reads Chromium's net log (JSON; a log cut short by a crash lacks its closing brackets). */
function readNetLog(file: string): NetLog {
  const text = readFileSync(file, 'utf8').trim();
  let log: {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; time: string; source: { id: number }; params?: Record<string, unknown> }[];
  };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/,\s*$/, '')}]}`);
  }
  const types = log.constants.logEventTypes;
  const requests: Request[] = [];
  // A net log source is one request; a redirect starts a new job (a new URL) on the same source.
  const current = new Map<number, Request>();
  const connected = new Set<string>();
  for (const event of log.events) {
    const params = event.params ?? {};
    if (event.type === types.URL_REQUEST_START_JOB && typeof params.url === 'string') {
      const url = params.url;
      const request: Request = {
        url,
        host: URL.canParse(url) ? new URL(url).hostname : url,
        initiator: typeof params.initiator === 'string' ? params.initiator : null,
        headers: [],
        time: Number(event.time),
      };
      requests.push(request);
      current.set(event.source.id, request);
    } else if (
      (event.type === types.HTTP_TRANSACTION_SEND_REQUEST_HEADERS ||
        event.type === types.HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS) &&
      Array.isArray(params.headers)
    ) {
      current.get(event.source.id)?.headers.push(...(params.headers as string[]));
    } else if (event.type === types.HTTP_STREAM_JOB_CONTROLLER && typeof params.url === 'string') {
      if (URL.canParse(params.url)) connected.add(new URL(params.url).hostname);
    }
  }
  return { requests, connected: [...connected] };
}

function feedHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const outlet of bundledDataset().outlets)
    for (const feed of outlet.feeds) if (URL.canParse(feed.url)) hosts.add(new URL(feed.url).hostname);
  return hosts;
}

const netLogFile = join(tmpdir(), `parallax-privacy-${process.pid}.json`);
let newsroom: Newsroom;
let ext: ExtensionBrowser;
let rareServer: Server;
let rareUrl: string;
/** The articles the reader opened, with what must never leave the browser. */
const opened: { url: string; title: string }[] = [];
let log: NetLog;
let widerOnAt = 0;

async function openArticle(url: string, title: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  opened.push({ url, title });
  const popup = await openPopupFor(ext, await ext.tabIdOf(page));
  await popup
    .locator('[data-testid="story-glance"], [data-testid="report-state"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return popup;
}

/** A request the test makes at a known moment: its time in the net log orders the others. */
async function marker(name: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`${newsroom.origin('www.reuters.com')}/?privacy-marker=${name}`);
  await page.close();
}

beforeAll(async () => {
  newsroom = await startNewsroom();
  rareServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(rarePage);
  });
  await new Promise<void>((resolve) => rareServer.listen(0, '127.0.0.1', resolve));
  rareUrl = `http://${RARE_HOST}:${(rareServer.address() as AddressInfo).port}/2026/harbor-ferry-terminal`;
  ext = await launchExtension({
    hosts: [...newsroom.hosts, RARE_HOST],
    args: [`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default'],
  });
});

it('a reader subscribes to the demo feeds and reads, with wider coverage off (the default)', async () => {
  await subscribeToNewsroom(ext, newsroom);
  await openArticle(newsroom.articleUrl(featuredArticle), featuredArticle.headline);
  for (const [story, host] of [
    ['age-verification', 'www.foxnews.com'],
    ['sierra-wildfire', 'www.reuters.com'],
    ['minimum-wage', 'www.northfieldledger.com'],
  ] as const) {
    const article = demoArticle(story, host);
    await openArticle(newsroom.articleUrl(article), article.headline);
  }
  // The cache has nothing on this story; with wider coverage off, nothing more is asked.
  const popup = await openArticle(rareUrl, RARE_TITLE);
  expect(await popup.getByTestId('wider-note').count()).toBe(0);
}, 180_000);

it('turns wider coverage on, and opens Parallax on the story the cache lacks again', async () => {
  await marker('wider-on');
  const options = await ext.openOptions();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
  await options.getByLabel(/Wider coverage: ask GDELT/).check();
  await expect
    .poll(() =>
      options.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.widerSearch),
    )
    .toBe(true);
  await options.close();
  const popup = await openArticle(rareUrl, RARE_TITLE);
  const note = popup.getByTestId('wider-note');
  await note.waitFor({ timeout: 30_000 });
  // GDELT cannot be reached from here: the popup says so, quietly, and shows the cached coverage.
  expect(await note.textContent()).toMatch(/could not reach GDELT/);
}, 120_000);

afterAll(async () => {
  await ext?.close().catch(() => undefined);
  await newsroom?.close();
  await new Promise((resolve) => rareServer?.close(resolve));
  rmSync(netLogFile, { force: true });
});

describe('every request the browser made while a reader used Parallax', () => {
  beforeAll(async () => {
    // Closing the browser completes the net log.
    await ext.close();
    log = readNetLog(netLogFile);
    widerOnAt = log.requests.find((request) => request.url.includes('privacy-marker=wider-on'))?.time ?? NaN;
  });

  it('was recorded: the reader’s pages, the demo feeds and the service worker’s fetches', () => {
    const urls = log.requests.map((request) => request.url);
    expect(urls).toContain(newsroom.articleUrl(featuredArticle));
    expect(urls).toContain(newsroom.feedUrl('www.foxnews.com'));
    // The bundled dataset's feeds were attempted too (their hosts do not resolve here).
    const bundled = feedHosts();
    expect(
      log.requests.some((request) => bundled.has(request.host) && !newsroom.hosts.includes(request.host)),
    ).toBe(true);
  });

  it('went only to the pages the reader opened, feed hosts, and GDELT once wider coverage was on', () => {
    const allowed = new Set([...newsroom.hosts, RARE_HOST, ...feedHosts(), GDELT_HOST]);
    const contacted = new Set([
      ...log.requests.filter((request) => /^(https?|wss?):/.test(request.url)).map((request) => request.host),
      ...log.connected,
    ]);
    const unexpected = [...contacted].filter((host) => !allowed.has(host) && !CHROMIUM_OWN.has(host));
    expect(unexpected).toEqual([]);
    const browserOwn = log.requests.filter((request) => CHROMIUM_OWN.has(request.host));
    expect(browserOwn.filter((request) => request.initiator !== 'not an origin')).toEqual([]);
  });

  it('asked GDELT only after wider coverage was turned on, and only with key words', () => {
    expect(Number.isFinite(widerOnAt)).toBe(true);
    const gdelt = log.requests.filter((request) => request.host === GDELT_HOST);
    expect(gdelt.length).toBeGreaterThan(0);
    for (const request of gdelt) {
      expect(request.time).toBeGreaterThan(widerOnAt);
      const url = new URL(request.url);
      expect([...url.searchParams.keys()].sort()).toEqual([
        'format',
        'maxrecords',
        'mode',
        'query',
        'sort',
        'timespan',
      ]);
      expect(url.searchParams.get('query')!.split(/\s+/).length).toBeLessThanOrEqual(6);
    }
    expect(log.connected).toContain(GDELT_HOST);
  });

  it('never carried the address or the title of what the reader read to anyone', () => {
    const encodings = (text: string) => [
      text,
      encodeURIComponent(text),
      encodeURIComponent(text).replace(/%20/g, '+'),
      text.toLowerCase(),
    ];
    for (const article of opened) {
      const { pathname, hostname } = new URL(article.url);
      for (const request of log.requests) {
        // Loading the article itself is the reader's own visit.
        if (request.url === article.url) continue;
        for (const secret of [...encodings(article.title), pathname, ...encodings(article.url)])
          expect(request.url, `${request.url} carries ${secret}`).not.toContain(secret);
        if (request.host === hostname) continue; // the page's own site may see its own address (favicon)
        for (const header of request.headers)
          expect(header, `${request.url} sends ${header}`).not.toContain(pathname);
      }
    }
  });

  it('sent no cookies and no referrer from Parallax itself', () => {
    const fromParallax = log.requests.filter((request) =>
      request.initiator?.startsWith('chrome-extension://'),
    );
    expect(fromParallax.length).toBeGreaterThan(0);
    for (const request of fromParallax) {
      const names = request.headers.map((header) => header.split(':')[0]!.toLowerCase());
      expect(names, request.url).not.toContain('referer');
      expect(names, request.url).not.toContain('cookie');
    }
  });

  it('contacted no analytics, telemetry or advertising service of any kind', () => {
    const trackers =
      /google-analytics|googletagmanager|doubleclick|analytics|telemetry|sentry|segment\.io|mixpanel|amplitude|plausible|hotjar|posthog/i;
    expect(log.requests.map((request) => request.host).filter((host) => trackers.test(host))).toEqual([]);
  });
});
