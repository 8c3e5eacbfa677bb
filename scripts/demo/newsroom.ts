/**
 * The demo newsroom: a local HTTP server that answers for real outlet host names (Chromium's
 * --host-resolver-rules sends them here) with the articles of ./stories.ts and each outlet's RSS feed.
 * Used by `npm start` and the end-to-end tests. It speaks HTTPS with a self-signed certificate
 * (see tls/README.md): outlets on the HSTS preload list cannot be reached over plain HTTP.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  articleParagraphs,
  articleUrl,
  type DemoArticle,
  type DemoOutlet,
  type DemoStory,
  demoOutlets,
  demoStories,
  publishedAt,
} from './stories';

export interface Newsroom {
  port: number;
  hosts: string[];
  /** `https://HOST:PORT` */
  origin(host: string): string;
  articleUrl(article: DemoArticle): string;
  feedUrl(host: string): string;
  /** Every request the newsroom answered, as `HOST/PATH`. */
  requests: string[];
  /** Makes every feed answer this much later: a slow server, to catch a refresh in the middle. */
  setFeedDelay(ms: number): void;
  close(): Promise<void>;
}

interface Placed {
  story: DemoStory;
  article: DemoArticle;
  published: Date;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON inside <script> must not be able to close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function renderArticle(placed: Placed, outlet: DemoOutlet, url: string): string {
  const { article, published } = placed;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: published.toISOString(),
    author: [{ '@type': 'Person', name: article.author }],
    publisher: { '@type': 'Organization', name: outlet.name },
    mainEntityOfPage: url,
  };
  const paragraphs = articleParagraphs(placed.story, placed.article)
    .map((text) => `<p>${escapeHtml(text)}</p>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(article.headline)} | ${escapeHtml(outlet.name)}</title>
    <link rel="canonical" href="${escapeHtml(url)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="${escapeHtml(article.headline)}">
    <meta property="og:site_name" content="${escapeHtml(outlet.name)}">
    <meta property="og:url" content="${escapeHtml(url)}">
    <meta property="article:published_time" content="${published.toISOString()}">
    <script type="application/ld+json">${scriptJson(jsonLd)}</script>
    <style>
      body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
      header.site { font: bold 14px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; border-bottom: 3px solid #222; padding-bottom: .5rem; }
      .byline { font: 14px system-ui, sans-serif; color: #555; }
      .demo-note { font: 12px system-ui, sans-serif; color: #777; border-top: 1px solid #ddd; margin-top: 3rem; padding-top: .5rem; }
    </style>
  </head>
  <body>
    <header class="site"><a href="/">${escapeHtml(outlet.name)}</a></header>
    <main>
      <article>
        <h1>${escapeHtml(article.headline)}</h1>
        <p class="byline">By <span rel="author">${escapeHtml(article.author)}</span> ·
          <time datetime="${published.toISOString()}">${published.toUTCString()}</time></p>
        ${paragraphs}
      </article>
    </main>
    <footer class="demo-note">A demo article written for Parallax. ${escapeHtml(outlet.name)} did not write it.</footer>
  </body>
</html>`;
}

function renderHome(outlet: DemoOutlet, placed: Placed[], origin: string): string {
  const items = placed
    .map(
      ({ article }) =>
        `<li><a href="${escapeHtml(articleUrl(origin, article))}">${escapeHtml(article.headline)}</a></li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${escapeHtml(outlet.name)} (demo)</title></head>
  <body>
    <h1>${escapeHtml(outlet.name)}</h1>
    <p>Demo front page. <a href="/feed.xml">RSS</a></p>
    <ul>
      ${items}
    </ul>
  </body>
</html>`;
}

function renderFeed(outlet: DemoOutlet, placed: Placed[], origin: string): string {
  const items = placed
    .map(
      ({ article, published }) => `    <item>
      <title>${escapeHtml(article.headline)}</title>
      <link>${escapeHtml(articleUrl(origin, article))}</link>
      <guid isPermaLink="true">${escapeHtml(articleUrl(origin, article))}</guid>
      <description>${escapeHtml(article.lede)}</description>
      <author>${escapeHtml(article.author)}</author>
      <pubDate>${published.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeHtml(outlet.name)} (demo)</title>
    <link>${escapeHtml(origin)}/</link>
    <description>Demo feed written for Parallax</description>
${items}
  </channel>
</rss>`;
}

export async function startNewsroom(options: { port?: number; now?: Date } = {}): Promise<Newsroom> {
  const now = options.now ?? new Date();
  const byHost = new Map<string, Placed[]>();
  for (const story of demoStories) {
    for (const article of story.articles) {
      const list = byHost.get(article.host) ?? [];
      list.push({ story, article, published: publishedAt(story, article, now) });
      byHost.set(article.host, list);
    }
  }
  for (const list of byHost.values()) list.sort((a, b) => b.published.getTime() - a.published.getTime());

  const requests: string[] = [];
  let port = 0;
  let feedDelayMs = 0;
  const origin = (host: string) => `https://${host}:${port}`;

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${host}${path}`);
    const outlet = demoOutlets.find((candidate) => candidate.host === host);
    if (!outlet) return send(res, 404, 'text/plain', `No demo outlet at ${host}`);
    const placed = byHost.get(host) ?? [];
    if (path === '/') return send(res, 200, 'text/html', renderHome(outlet, placed, origin(host)));
    if (path === '/feed.xml') {
      const feed = renderFeed(outlet, placed, origin(host));
      setTimeout(() => send(res, 200, 'application/rss+xml', feed), feedDelayMs);
      return;
    }
    const match = placed.find(({ article }) => path === `/news/${article.slug}`);
    if (!match)
      return send(res, 404, 'text/html', '<!doctype html><title>Not found</title><h1>Not found</h1>');
    return send(res, 200, 'text/html', renderArticle(match, outlet, articleUrl(origin(host), match.article)));
  };

  const tls = (name: string) => readFileSync(new URL(`./tls/${name}`, import.meta.url));
  const server = createServer({ key: tls('demo-key.pem'), cert: tls('demo-cert.pem') }, handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    hosts: demoOutlets.map((outlet) => outlet.host),
    origin,
    articleUrl: (article) => articleUrl(origin(article.host), article),
    feedUrl: (host) => `${origin(host)}/feed.xml`,
    requests,
    setFeedDelay: (ms) => {
      feedDelayMs = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
