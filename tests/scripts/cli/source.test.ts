// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, expectRefusal, jsonLines, runCli, SPAWN_TIMEOUT_MS } from '../../helpers/run-cli';

const BIAS_LABELS = ['left', 'lean-left', 'center', 'lean-right', 'right', 'mixed', 'unrated'];
const FACTUALITY = ['very-low', 'low', 'mixed', 'mostly-factual', 'high', 'very-high', null];

/** The `source` object of CONTRACT.md; `kind` and `via` are optional extras. */
function expectContractSource(source: Record<string, unknown>): void {
  for (const key of ['id', 'name', 'domain', 'bias', 'factuality', 'owner', 'country']) {
    expect(source, key).toHaveProperty(key);
  }
  expect(source.id).toBeTypeOf('string');
  expect(source.name).toBeTypeOf('string');
  expect(source.domain).toBeTypeOf('string');
  const bias = source.bias as Record<string, unknown>;
  expect(Object.keys(bias).sort()).toEqual(['label', 'score']);
  expect(BIAS_LABELS).toContain(bias.label);
  if (bias.score !== null) {
    expect(bias.score).toBeGreaterThanOrEqual(-1);
    expect(bias.score).toBeLessThanOrEqual(1);
  }
  expect(FACTUALITY).toContain(source.factuality);
  expect(source.owner === null || typeof source.owner === 'string').toBe(true);
  expect(source.country === null || /^[A-Z]{2}$/.test(String(source.country))).toBe(true);
}

describe('source', () => {
  it(
    'prints one line per URL, in order, for positional URLs and for --urls FILE',
    async () => {
      const [positional, file] = await Promise.all([
        runCli([
          'source',
          'https://www.nytimes.com/2026/05/12/nyregion/tram.html',
          'https://unrated-site.example/story',
        ]),
        runCli(['source', '--urls', `${CLI_FIXTURES}/urls.txt`]),
      ]);
      expect(positional.code, positional.stderr).toBe(0);
      const [nyt, unknown] = jsonLines(positional.stdout);
      expect(nyt).toMatchObject({
        url: 'https://www.nytimes.com/2026/05/12/nyregion/tram.html',
        source: { id: 'nytimes', name: 'The New York Times', domain: 'nytimes.com' },
      });
      expectContractSource(nyt!.source as Record<string, unknown>);
      expect(unknown).toEqual({ url: 'https://unrated-site.example/story', source: null });

      // urls.txt has blank lines and a comment, which are not URLs.
      expect(file.code, file.stderr).toBe(0);
      const lines = jsonLines(file.stdout);
      expect(lines.map((line) => line.url)).toEqual([
        'https://www.foxnews.com/politics/lakeport-tram-taxpayers',
        'https://nowhere.example/',
        'http://bbc.co.uk/news/science-whale-tasmania',
      ]);
      for (const line of lines) expect(Object.keys(line).sort()).toEqual(['source', 'url']);
      expect((lines[0]!.source as { id: string }).id).toBe('fox-news');
      expect(lines[1]!.source).toBeNull();
      for (const line of [lines[0]!, lines[2]!]) expectContractSource(line.source as Record<string, unknown>);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'refuses no URLs or a URL list it cannot read, in one line',
    async () => {
      const [none, missing] = await Promise.all([
        runCli(['source']),
        runCli(['source', '--urls', `${CLI_FIXTURES}/no-such-urls.txt`]),
      ]);
      expectRefusal(none, 'no URLs');
      expectRefusal(missing, 'no-such-urls.txt');
    },
    SPAWN_TIMEOUT_MS,
  );
});
