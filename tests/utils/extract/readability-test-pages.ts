/**
 * Mozilla Readability's own test pages (third-party material in ../shared/dev-data, never copied
 * into the project), and how closely our extraction reproduces Readability's expected results.
 * Shared by readability-pages.test.ts and scripts/bench/extract.bench.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../scripts/cli/dom';
import type { ExtractedArticle } from '../../../utils/article';
import { blockText } from '../../../utils/extract/block-text';
import { extractArticle } from '../../../utils/extract/extract-article';

export const testPagesDir = join(process.cwd(), '..', 'shared', 'dev-data', 'readability-test-pages');

/** The URL Readability's tests give every page. */
export const testPageUrl = 'http://fakehost/test/page.html';

export interface TestPage {
  name: string;
  source: string;
  expectedHtml: string;
  expectedMetadata: { title?: string; byline?: string | null; excerpt?: string; lang?: string | null };
}

export function testPagesPresent(): boolean {
  return existsSync(testPagesDir);
}

export function listTestPages(): string[] {
  return readdirSync(testPagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(testPagesDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

export function loadTestPage(name: string): TestPage {
  const read = (file: string) => readFileSync(join(testPagesDir, name, file), 'utf8');
  return {
    name,
    source: read('source.html'),
    expectedHtml: read('expected.html'),
    expectedMetadata: JSON.parse(read('expected-metadata.json')),
  };
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token-overlap F1 (bag of words) between two texts; 1 when both are empty. */
export function tokenF1(actual: string, expected: string): number {
  const want = new Map<string, number>();
  const expectedTokens = tokens(expected);
  for (const token of expectedTokens) want.set(token, (want.get(token) ?? 0) + 1);
  const actualTokens = tokens(actual);
  if (actualTokens.length === 0 && expectedTokens.length === 0) return 1;
  let overlap = 0;
  for (const token of actualTokens) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / actualTokens.length;
  const recall = overlap / expectedTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

export interface PageResult {
  article: ExtractedArticle;
  /** Token F1 of our text against the text of Readability's expected.html. */
  f1: number;
  /** Milliseconds spent in extractArticle (not in parsing the HTML). */
  ms: number;
}

/**
 * True when an `<svg>` holds a `<style>`: happy-dom then drops the rest of the page, so such a
 * page needs jsdom.
 */
export function needsJsdom(html: string): boolean {
  for (const svg of html.matchAll(/<svg\b[\s\S]*?<\/svg\s*>/gi)) {
    if (/<style\b/i.test(svg[0])) return true;
  }
  return false;
}

/**
 * Extracts a test page, parsed by `parse` (jsdom, as Readability's own tests do, unless the
 * caller passes another parser), and scores its text against Readability's expected.html.
 */
export function extractTestPage(
  page: TestPage,
  parse: (html: string) => Document = (html) => parseHtml(html, testPageUrl),
): PageResult {
  const doc = parse(page.source);
  const start = performance.now();
  const article = extractArticle(doc, { url: testPageUrl });
  const ms = performance.now() - start;
  // Readability's output has no <style> left, so the same parser reads it faithfully.
  const expected = parse(page.expectedHtml);
  return { article, f1: tokenF1(article.text ?? '', blockText(expected.body)), ms };
}

/** A metadata value as compared with Readability's: whitespace collapsed, empty as null. */
export function comparable(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || null : null;
}

export const comparedFields = ['title', 'byline', 'excerpt', 'lang'] as const;
