/**
 * A local feed server for tests (node:http on 127.0.0.1, a free port): the project's own fixture
 * feeds plus every way a feed server misbehaves. Routes:
 *   /fixtures/<case>/<file>   a fixture of tests/fixtures/feeds, with its case.json Content-Type,
 *                             an ETag and Last-Modified, and 304 for a matching conditional GET
 *   /gzip/<case>/<file>       the same, gzip-encoded (Content-Encoding: gzip)
 *   /feeds/<name>             a feed the test set with setFeed() (changes between refreshes)
 *   /status/<code>            that status, a text body
 *   /slow?ms=N                the rss2 fixture after N ms
 *   /redirect?to=PATH         301 to PATH
 *   /retry-after?seconds=N    503 with Retry-After: N
 *   /html                     an HTML page served as application/rss+xml
 *   /huge                     50 MB of RSS items, streamed (stops when the client hangs up)
 * Every request is logged (method, path, headers) for assertions.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FIXTURES = fileURLToPath(new URL('../fixtures/feeds', import.meta.url));
const LAST_MODIFIED = 'Mon, 01 Jan 2024 00:00:00 GMT';

export interface FeedServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** Requests made to one path (query included). */
  hits(path: string): number;
  setFeed(name: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

function fixture(path: string): { body: Buffer; contentType: string } | undefined {
  const [caseName, file] = path.split('/');
  if (!caseName || !file || normalize(path) !== path || path.includes('..')) return undefined;
  try {
    const meta = JSON.parse(readFileSync(join(FIXTURES, caseName, 'case.json'), 'utf8'));
    return {
      body: readFileSync(join(FIXTURES, caseName, file)),
      contentType: meta.contentType ?? 'application/xml',
    };
  } catch {
    return undefined;
  }
}

function serveCacheable(
  res: ServerResponse,
  headers: IncomingHttpHeaders,
  body: Buffer,
  contentType: string,
  gzip = false,
): void {
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const notModified =
    headers['if-none-match'] === etag ||
    (!headers['if-none-match'] && headers['if-modified-since'] === LAST_MODIFIED);
  if (notModified) {
    res.writeHead(304, { ETag: etag, 'Last-Modified': LAST_MODIFIED }).end();
    return;
  }
  const payload = gzip ? gzipSync(body) : body;
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': payload.byteLength,
    ETag: etag,
    'Last-Modified': LAST_MODIFIED,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(payload);
}

function streamHuge(res: ServerResponse): void {
  const item = Buffer.from(
    '<item><title>Padding</title><link>https://huge.example/x</link></item>'.repeat(100),
  );
  const total = 50 * 1024 * 1024;
  let sent = 0;
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  res.write('<rss version="2.0"><channel><title>Huge</title>');
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += item.byteLength;
      if (!res.write(item)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('</channel></rss>');
  };
  pump();
}

export async function startFeedServer(): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const dynamic = new Map<string, { body: Buffer; contentType: string }>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: `${url.pathname}${url.search}`, headers: req.headers });
    const [, route, ...rest] = url.pathname.split('/');
    const tail = rest.join('/');
    switch (route) {
      case 'fixtures':
      case 'gzip': {
        const found = fixture(tail);
        if (!found) return void res.writeHead(404).end('no such fixture');
        return serveCacheable(res, req.headers, found.body, found.contentType, route === 'gzip');
      }
      case 'feeds': {
        const feed = dynamic.get(tail);
        if (!feed) return void res.writeHead(404).end('no such feed');
        return serveCacheable(res, req.headers, feed.body, feed.contentType);
      }
      case 'status':
        return void res
          .writeHead(Number(tail) || 500, { 'Content-Type': 'text/plain' })
          .end(`status ${tail}`);
      case 'slow': {
        const found = fixture('rss2/feed.xml')!;
        const timer = setTimeout(
          () => serveCacheable(res, req.headers, found.body, found.contentType),
          Number(url.searchParams.get('ms') ?? 5000),
        );
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'redirect':
        return void res.writeHead(301, { Location: url.searchParams.get('to') ?? '/' }).end();
      case 'retry-after':
        return void res
          .writeHead(503, { 'Retry-After': url.searchParams.get('seconds') ?? '120' })
          .end('busy');
      case 'html':
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        return void res.end(
          '<!DOCTYPE html><html><head><title>News</title></head><body><h1>Welcome</h1></body></html>',
        );
      case 'huge':
        return streamHuge(res);
      default:
        res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => requests.filter((request) => request.path === path).length,
    setFeed(name, body, contentType = 'application/rss+xml; charset=utf-8') {
      dynamic.set(name, { body: Buffer.from(body, 'utf8'), contentType });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
