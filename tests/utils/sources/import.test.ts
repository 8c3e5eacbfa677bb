import { describe, expect, it } from 'vitest';
import { ImportError, importRatings } from '../../../utils/sources/import/index';
import { fixtureOutlets } from './fixture-outlets';

const options = { name: 'test', updated: '2026-01-01' };

function mbfc(sources: unknown) {
  return importRatings('mbfc', JSON.stringify({ sources }), options);
}

const ALLSIDES_HEADER = 'name,bias,type,allsides_url,agree,disagree,url,confidence';

describe('mbfc', () => {
  it('maps bias and reporting labels case-insensitively', () => {
    const result = mbfc([
      { domain: 'a.com', name: 'A', bias: 'left', reporting: 'VERY HIGH' },
      { domain: 'b.com', name: 'B', bias: 'Left-Center', reporting: 'HIGH' },
      { domain: 'c.com', name: 'C', bias: 'center', reporting: 'Mostly Factual' },
      { domain: 'd.com', name: 'D', bias: 'RIGHT-CENTER', reporting: 'mixed' },
      { domain: 'e.com', name: 'E', bias: 'right', reporting: 'LOW' },
      { domain: 'f.com', name: 'F', bias: 'right', reporting: 'VERY LOW' },
      { domain: 'g.com', name: 'G', bias: 'left', reporting: '' },
      { domain: 'h.com', name: 'H', bias: 'Extreme Right', reporting: 'N/A' },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.dataset.outlets.map((o) => [o.domains[0], o.bias.label, o.factuality.label])).toEqual([
      ['a.com', 'left', 'very-high'],
      ['b.com', 'lean-left', 'high'],
      ['c.com', 'center', 'mostly-factual'],
      ['d.com', 'lean-right', 'mixed'],
      ['e.com', 'right', 'low'],
      ['f.com', 'right', 'very-low'],
      ['g.com', 'left', null],
      ['h.com', 'right', null],
    ]);
    const [a] = result.dataset.outlets;
    expect(a?.bias).toMatchObject({ score: null, basis: { raters: ['mbfc'], asOf: null } });
    expect(a?.provided).toEqual(['domains', 'bias', 'factuality']);
  });

  it('keeps categories that are not a lean as unrated, with the category in the note', () => {
    const result = mbfc(
      ['pro-science', 'conspiracy-pseudoscience', 'questionable', 'satire'].map((bias, i) => ({
        domain: `s${i}.com`,
        name: `S${i}`,
        bias,
      })),
    );
    expect(result.dataset.outlets.map((o) => [o.bias.label, o.bias.basis.note])).toEqual([
      ['unrated', 'MBFC: pro-science'],
      ['unrated', 'MBFC: conspiracy-pseudoscience'],
      ['unrated', 'MBFC: questionable'],
      ['unrated', 'MBFC: satire'],
    ]);
  });

  it('reports unknown labels, missing fields and wrong types by index, and skips those rows', () => {
    const result = mbfc([
      { domain: 'ok.com', name: 'OK', bias: 'center' },
      { domain: 'x.com', name: 'X', bias: 'leftish' },
      { domain: 'y.com', name: 'Y', bias: 'left', reporting: 'TRUTHY' },
      { name: 'No domain', bias: 'left' },
      { domain: 42, bias: 'left' },
      'not an object',
      { domain: 'not a host!', bias: 'left' },
    ]);
    expect(result).toMatchObject({ imported: 1, skipped: 6 });
    expect(result.errors).toEqual([
      { index: 1, reason: 'unknown MBFC bias "leftish"' },
      { index: 2, reason: 'unknown MBFC reporting "TRUTHY"' },
      { index: 3, reason: 'has no "domain"' },
      { index: 4, reason: '"domain" must be text (got number)' },
      { index: 5, reason: 'is not an object' },
      { index: 6, reason: '"domain" "not a host!" is not a site\'s host or URL' },
    ]);
  });

  it('normalises URLs and www. in domains, and reports duplicate domains', () => {
    const result = mbfc([
      { domain: 'https://www.cnn.com/', name: 'CNN', bias: 'left-center' },
      { domain: 'cnn.com', name: 'CNN again', bias: 'left' },
    ]);
    expect(result.dataset.outlets.map((o) => o.domains)).toEqual([['cnn.com']]);
    expect(result.errors).toEqual([{ index: 1, reason: 'duplicate domain "cnn.com" (first at entry 0)' }]);
  });

  it('reads the object-keyed variant with short keys and codes', () => {
    const result = importRatings(
      'mbfc',
      JSON.stringify({
        sources: { 'cnn.com': { n: 'CNN', b: 'LC', r: 'MF' }, 'foxnews.com': { name: 'Fox', bias: 'right' } },
      }),
      options,
    );
    expect(
      result.dataset.outlets.map((o) => [o.name, o.domains[0], o.bias.label, o.factuality.label]),
    ).toEqual([
      ['CNN', 'cnn.com', 'lean-left', 'mostly-factual'],
      ['Fox', 'foxnews.com', 'right', null],
    ]);
  });

  it('reports entries with duplicate keys instead of silently keeping the last value', () => {
    const text =
      '{"sources": [\n{"domain": "a.com", "bias": "left", "bias": "right"},\n{"domain": "b.com", "bias": "left"}\n]}';
    const result = importRatings('mbfc', text, options);
    expect(result.errors).toEqual([{ index: 0, reason: 'has the key "bias" twice (line 2): ambiguous' }]);
    expect(result.imported).toBe(1);
    const keyed = importRatings(
      'mbfc',
      '{"sources": {"a.com": {"bias": "left"},\n"a.com": {"bias": "right"}}}',
      options,
    );
    expect(keyed.errors[0]?.reason).toBe('the domain key "a.com" appears twice (again on line 2): ambiguous');
  });

  it('refuses formula cells', () => {
    const result = mbfc([{ domain: 'a.com', name: '=HYPERLINK("http://evil.example","x")', bias: 'left' }]);
    expect(result.errors[0]?.reason).toContain('looks like a spreadsheet formula');
  });

  it.each([
    ['not JSON at all', 'not an MBFC dataset: not valid JSON'],
    ['[1, 2, 3]', 'expected a JSON object with a "sources" list'],
    ['{"items": []}', 'expected a JSON object with a "sources" list'],
    ['{"sources": [{"title": "a"}, {"title": "b"}]}', 'no entry of "sources" has a "bias"'],
  ])('refuses a file that is not an MBFC dataset: %s', (text, message) => {
    expect(() => importRatings('mbfc', text, options)).toThrow(ImportError);
    expect(() => importRatings('mbfc', text, options)).toThrow(message);
  });
});

describe('allsides', () => {
  it('reads quoted fields, CRLF line ends and a byte-order mark', () => {
    const text =
      `\uFEFF${ALLSIDES_HEADER}\r\n` +
      '"CNN (Online News)",left,News Media,https://www.allsides.com/news-source/cnn,1,2,https://www.cnn.com,High\r\n' +
      '"Foo, Bar ""Daily""",Lean Right,News Media,,,,https://foobar.example.com/,"Low or Initial Rating"\r\n' +
      '"Multi\r\nline",center,News Media,,,,multi.example.org,\r\n';
    const result = importRatings('allsides', text, options);
    expect(result.errors).toEqual([]);
    expect(result.dataset.outlets.map((o) => [o.name, o.domains[0], o.bias.label])).toEqual([
      ['CNN (Online News)', 'cnn.com', 'left'],
      ['Foo, Bar "Daily"', 'foobar.example.com', 'lean-right'],
      ['Multi\r\nline', 'multi.example.org', 'center'],
    ]);
    expect(result.dataset.outlets[1]?.bias.basis).toEqual({
      raters: ['allsides'],
      asOf: null,
      note: 'AllSides: Lean Right; confidence: Low or Initial Rating; type: News Media',
    });
  });

  it.each([
    ['left-center', 'lean-left'],
    ['Lean Left', 'lean-left'],
    ['CENTER', 'center'],
    ['right-center', 'lean-right'],
    ['allsides', 'mixed'],
    ['Mixed', 'mixed'],
  ])('maps bias %j to %s', (bias, label) => {
    const result = importRatings('allsides', `${ALLSIDES_HEADER}\nX,${bias},,,,,x.com,\n`, options);
    expect(result.dataset.outlets[0]?.bias.label).toBe(label);
  });

  it('reports bad rows by line number (a quoted cell spanning lines counts them)', () => {
    const text = [
      ALLSIDES_HEADER,
      '"Two\nlines",left,,,,,two.example.com,',
      'Unknown,sideways,,,,,unknown.example.com,',
      'No site,left,,,,,,',
      'Foo, Inc,left,,,,,foo.com,',
      'Dup,right,,,,,https://www.two.example.com/,',
      '',
    ].join('\n');
    const result = importRatings('allsides', text, options);
    expect(result.errors).toEqual([
      { line: 4, reason: 'unknown AllSides bias "sideways"' },
      { line: 5, reason: '"url" is empty: an outlet without a site cannot be matched' },
      { line: 6, reason: 'has 9 cells but the header has 8 (an unquoted comma?)' },
      { line: 7, reason: 'duplicate domain "two.example.com" (first at line 2)' },
    ]);
    expect(result).toMatchObject({ imported: 1, skipped: 4 });
  });

  it('neutralises formula injection by refusing the row', () => {
    const text = `${ALLSIDES_HEADER}\n"=cmd|' /C calc'!A0",left,,,,,evil.example.com,\n@SUM(1),left,,,,,evil2.example.com,\n+972 Magazine,left,,,,,972mag.com,\n`;
    const result = importRatings('allsides', text, options);
    expect(result.errors.map((e) => 'line' in e && e.line)).toEqual([2, 3]);
    expect(result.dataset.outlets.map((o) => o.name)).toEqual(['+972 Magazine']);
  });

  it('refuses a huge field, row by row', () => {
    const text = `${ALLSIDES_HEADER}\n${'x'.repeat(20_000)},left,,,,,x.com,\nOK,left,,,,,ok.com,\n`;
    const result = importRatings('allsides', text, options);
    expect(result.errors).toEqual([{ line: 2, reason: '"name" is 20000 characters long; at most 10000' }]);
    expect(result.imported).toBe(1);
  });

  it.each([
    ['', 'the file is empty'],
    [
      'date,open,close\n2026-01-01,1,2\n',
      'not an AllSides ratings file: the header lacks "name", "bias", "url"',
    ],
    ['{"sources": []}', 'not an AllSides ratings file'],
    ['name,bias,url\u0000', 'the file is binary'],
  ])('refuses a file that is not an AllSides CSV: %j', (text, message) => {
    expect(() => importRatings('allsides', text, options)).toThrow(message);
  });
});

describe('csv (our own)', () => {
  const header =
    'id,name,domains,bias,bias_score,bias_raters,bias_as_of,factuality,country,kind,owner,owner_type,languages,paywall,feeds';

  it('reads every documented column', () => {
    const text = `${header}\nmy-paper,My Paper,"mypaper.example.com;edition.mypaper.example.com",lean-right,0.4,allsides mbfc,2025-06,high,fr,newspaper,Someone,family,fr en,metered,"politics=https://mypaper.example.com/politics.rss https://mypaper.example.com/rss"\n`;
    const result = importRatings('csv', text, options);
    expect(result.errors).toEqual([]);
    expect(result.dataset.outlets[0]).toEqual({
      id: 'my-paper',
      name: 'My Paper',
      domains: ['mypaper.example.com', 'edition.mypaper.example.com'],
      kind: 'newspaper',
      bias: {
        label: 'lean-right',
        score: 0.4,
        country: 'FR',
        basis: { raters: ['allsides', 'mbfc'], asOf: '2025-06' },
      },
      factuality: { label: 'high', basis: { raters: ['import'], asOf: null } },
      owner: { name: 'Someone', type: 'family' },
      country: 'FR',
      languages: ['fr', 'en'],
      paywall: 'metered',
      feeds: [
        { topic: 'politics', url: 'https://mypaper.example.com/politics.rss' },
        { topic: 'main', url: 'https://mypaper.example.com/rss' },
      ],
      provided: [
        'name',
        'domains',
        'paths',
        'kind',
        'bias',
        'factuality',
        'owner',
        'country',
        'languages',
        'paywall',
        'feeds',
      ],
    });
  });

  it('splits aliases on semicolons only (names have spaces), and never guesses the delimiter from them', () => {
    const result = importRatings(
      'csv',
      'name,domains,bias,aliases\nX,x.example.com,center,"NYT; The Times;"\n',
      options,
    );
    expect(result.dataset.outlets[0]?.aliases).toEqual(['NYT', 'The Times']);
  });

  it('lists only the fields whose columns are present as provided', () => {
    const result = importRatings('csv', 'name,domains,bias\nX,x.example.com,center\n', options);
    expect(result.dataset.outlets[0]).toMatchObject({
      id: 'x-example-com',
      country: 'ZZ',
      provided: ['name', 'domains', 'paths', 'bias'],
    });
  });

  it('reports wrong values with the field and skips the row', () => {
    const text = `${header}\n,A,a.example.com,lean-left,0.5,,,,,,,,,,\n,B,b.example.com,center,abc,,,,,,,,,,\n,C,c.example.com,centre,,,,,,,,,,,\n,D,d.example.com,left,,,,,,tabloid,,,,,\n`;
    const result = importRatings('csv', text, options);
    expect(result.errors).toEqual([
      { line: 2, reason: 'bias.score: 0.5 does not fit label "lean-left" (-0.6 … -0.2)' },
      { line: 3, reason: '"bias_score" "abc" is not a number' },
      {
        line: 4,
        reason: 'unknown bias "centre" (use left, lean-left, center, lean-right, right, mixed, unrated)',
      },
      {
        line: 5,
        reason:
          'kind: must be one of newspaper, broadcaster, digital, magazine, wire, aggregator, state-media, opinion, local-tv (got "tabloid")',
      },
    ]);
  });

  it('reports duplicate ids', () => {
    const result = importRatings(
      'csv',
      'id,name,domains,bias\nx,X,x.example.com,left\nx,Y,y.example.com,left\n',
      options,
    );
    expect(result.errors).toEqual([{ line: 3, reason: 'duplicate id "x" (first at line 2)' }]);
  });

  it('refuses a CSV without its required columns', () => {
    expect(() => importRatings('csv', `${ALLSIDES_HEADER}\nX,left,,,,,x.com,\n`, options)).toThrow(
      'lacks "domains"',
    );
  });
});

describe('json (our schema)', () => {
  const outlets = fixtureOutlets();

  it('round-trips a dataset', () => {
    const dataset = { schema: 1, name: 'mine', updated: '2026-01-01', outlets };
    const result = importRatings('json', JSON.stringify(dataset), options);
    expect(result).toMatchObject({ imported: outlets.length, skipped: 0, errors: [] });
    expect(result.dataset.outlets).toEqual(outlets);
  });

  it('reads a bare array of outlets (the bundled files’ form)', () => {
    expect(importRatings('json', JSON.stringify(outlets.slice(0, 3)), options).imported).toBe(3);
  });

  it('reports bad outlets by index with the field path, and duplicate domains and keys', () => {
    const [cnn, bbc] = outlets;
    const text = `[\n${JSON.stringify(cnn)},\n${JSON.stringify({ ...bbc, country: 'Britain' })},\n${JSON.stringify({ ...bbc, id: 'cnn-2', domains: ['cnn.com'] })},\n{"id": "x", "id": "y"},\n${JSON.stringify({ ...cnn, id: undefined })}\n]`;
    const result = importRatings('json', text, options);
    expect(result.errors).toEqual([
      {
        index: 1,
        reason: 'country: must be an ISO 3166-1 alpha-2 code in capitals, e.g. "US" (got "Britain")',
      },
      { index: 2, reason: 'duplicate domain "cnn.com" (first at entry 0)' },
      { index: 3, reason: 'has the key "id" twice (line 5): ambiguous' },
      { index: 4, reason: 'id: is missing' },
    ]);
  });

  it.each([
    ['{"schema": 2, "outlets": []}', 'not a Parallax dataset of schema 1'],
    ['{"sources": []}', 'not a Parallax dataset of schema 1'],
    ['"text"', 'not a Parallax dataset'],
    ['{', 'not valid JSON'],
  ])('refuses %j', (text, message) => {
    expect(() => importRatings('json', text, options)).toThrow(message);
  });
});
