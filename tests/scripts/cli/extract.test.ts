// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, expectRefusal, jsonObject, runCli, SPAWN_TIMEOUT_MS } from '../../helpers/run-cli';

const KEYS = [
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'excerpt',
  'text',
  'canonicalUrl',
  'isArticle',
];
const URL = 'https://www.washingtonpost.com/local/2026/05/12/lakeport-tram/';

describe('extract --url URL FILE.html', () => {
  it(
    'prints the article as one JSON object, and null for what a page does not say',
    async () => {
      const [file, stdin] = await Promise.all([
        runCli(['extract', '--url', URL, `${CLI_FIXTURES}/article.html`]),
        runCli(
          ['extract', '--url', 'https://example.com/page', '-'],
          '<html><body><div>Menu</div></body></html>',
        ),
      ]);
      expect(file.code, file.stderr).toBe(0);
      const article = jsonObject(file.stdout);
      expect(Object.keys(article).sort()).toEqual([...KEYS].sort());
      expect(article).toMatchObject({
        title: 'Lakeport approves Harbor Avenue tram in 6-3 council vote',
        siteName: 'The Washington Post',
        publishedTime: '2026-05-12T22:00:00Z',
        lang: 'en',
        canonicalUrl: URL,
        isArticle: true,
      });
      expect(article.byline).toContain('Jordan Ellis');
      expect(article.text).toContain('$310 million tram line');
      expect(article.text).not.toContain('Copyright 2026');

      // `-` reads stdin; a page with no metadata gives nulls, never missing keys or empty strings.
      expect(stdin.code, stdin.stderr).toBe(0);
      const bare = jsonObject(stdin.stdout);
      expect(Object.keys(bare).sort()).toEqual([...KEYS].sort());
      for (const key of ['byline', 'siteName', 'publishedTime', 'lang', 'canonicalUrl']) {
        expect(bare[key], key).toBeNull();
      }
      expect(bare.isArticle).toBe(false);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses a URL that is not http(s) in one line',
    async () => {
      const run = await runCli(['extract', '--url', 'file:///etc/passwd', `${CLI_FIXTURES}/article.html`]);
      expectRefusal(run, '--url', 'file:///etc/passwd');
    },
    SPAWN_TIMEOUT_MS,
  );
});
