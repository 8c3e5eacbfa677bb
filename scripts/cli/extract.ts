import { extractArticle } from '../../utils/extract/extract-article';
import { parseHtml } from './dom';
import { CliError, parseArgs, readInput, requireFlag, writeJson } from './io';

function parseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below with the same message as a non-http URL.
  }
  throw new CliError(`--url must be an absolute http(s) URL, got "${value}"`);
}

/** `extract --url URL FILE.html` (`-` reads stdin): the article as CONTRACT.md defines it. */
export async function run(args: string[]): Promise<void> {
  const { flags, positional } = parseArgs(args);
  const url = parseUrl(requireFlag(flags, 'url'));
  if (positional.length !== 1) throw new CliError('usage: extract --url URL FILE.html (- reads stdin)');
  const article = extractArticle(parseHtml(readInput(positional[0]!), url), { url });
  writeJson({
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    excerpt: article.excerpt,
    text: article.text,
    canonicalUrl: article.canonicalUrl,
    isArticle: article.isArticle,
  });
}
