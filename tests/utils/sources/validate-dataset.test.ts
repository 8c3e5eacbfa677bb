import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  looksLikeFormula,
  validateDataset,
  validateOutlet,
  validateOutletPatch,
  validateOutlets,
} from '../../../utils/sources/validate-dataset';
import { fixtureOutlets } from './fixture-outlets';

const [cnn, bbc] = fixtureOutlets() as unknown as [Record<string, unknown>, Record<string, unknown>];

function errorsOf(value: unknown): string[] {
  return validateOutlet(value)
    .issues.filter((issue) => issue.severity === 'error')
    .map(formatIssue);
}

function withBias(label: string, score: number | null) {
  return { ...cnn, bias: { ...(cnn.bias as object), label, score } };
}

describe('validateOutlet', () => {
  it('accepts the hand-written fixture outlets', () => {
    for (const outlet of fixtureOutlets()) expect(errorsOf(outlet)).toEqual([]);
  });

  it('trims strings and cuts over-long names with a warning', () => {
    const { outlet, issues } = validateOutlet({ ...cnn, name: `  ${'x'.repeat(500)}  ` });
    expect(outlet?.name).toHaveLength(200);
    expect(issues.map(formatIssue)).toEqual(['name: longer than 200 characters: cut']);
  });

  it.each([
    [{ id: 'CNN' }, 'id: must be a lowercase slug'],
    [{ id: 'a--b' }, 'id: must be a lowercase slug'],
    [{ domains: ['https://cnn.com'] }, 'domains[0]: "https://cnn.com" must be a host name without a scheme'],
    [{ domains: ['www.cnn.com'] }, 'domains[0]: "www.cnn.com" must be written "cnn.com"'],
    [{ domains: ['CNN.com'] }, 'domains[0]: "CNN.com" must be lowercase'],
    [{ domains: ['cnn.com/politics'] }, 'domains[0]: "cnn.com/politics" must be a host name without a path'],
    [{ domains: ['co.uk'] }, 'domains[0]: "co.uk" is a public suffix'],
    [{ domains: [] }, 'domains: must list at least one domain (or the outlet must have paths)'],
    [{ paths: ['medium.com/'] }, 'paths[0]: "medium.com/": path must be lowercase, non-empty'],
    [{ paths: ['nz.news.yahoo.com'] }, 'paths[0]: "nz.news.yahoo.com" has no path'],
    [{ country: 'UK' }, 'country: must be an ISO 3166-1 alpha-2 code: the United Kingdom is "GB"'],
    [{ country: 'us' }, 'country: must be an ISO 3166-1 alpha-2 code in capitals'],
    [{ kind: 'blog' }, 'kind: must be one of newspaper, broadcaster'],
    [{ languages: ['english'] }, 'languages[0]: must be a BCP-47 language tag'],
    [{ paywall: 'soft' }, 'paywall: must be one of none, metered, hard, freemium'],
    [
      { feeds: [{ url: 'feed://cnn.com/rss', topic: 'main' }] },
      'feeds[0].url: "feed://cnn.com/rss" must be an http(s) URL',
    ],
    [{ feeds: [{ url: 'https://cnn.com/rss', topic: 'sport' }] }, 'feeds[0].topic: must be one of main'],
    [{ owner: { name: 'X', type: 'billionaires' } }, 'owner.type: must be one of'],
    [
      { name: '=HYPERLINK("http://x")' },
      'name: "=HYPERLINK(\\"http://x\\")" looks like a spreadsheet formula',
    ],
    [{ name: 42 }, 'name: must be a string (got 42)'],
    [{ bias: 'left' }, 'bias: must be an object {label, score, country, basis}'],
    [
      { factuality: { label: 'true', basis: { raters: [], asOf: null } } },
      'factuality.label: must be one of very-low',
    ],
    [{ provided: ['bias', 'id'] }, 'provided[1]: must be one of name'],
  ])('refuses %j: %s', (patch, reason) => {
    expect(errorsOf({ ...cnn, ...patch }).join('\n')).toContain(reason);
  });

  it('reports a missing field by its path', () => {
    const { owner: _owner, ...withoutOwner } = cnn;
    expect(errorsOf(withoutOwner)).toEqual(['owner: is missing']);
  });

  it.each([
    ['left', -1, true],
    ['left', -0.6, true],
    ['left', -0.5, false],
    ['lean-left', -0.4, true],
    ['lean-left', 0, false],
    ['center', -0.2, true],
    ['center', 0.2, true],
    ['center', 0.3, false],
    ['lean-right', 0.4, true],
    ['right', 1, true],
    ['right', 1.1, false],
    ['mixed', -0.9, true],
    ['mixed', null, true],
    ['unrated', null, true],
    ['unrated', 0, false],
    ['center', null, true],
  ] as const)('bias %s with score %s: valid=%s', (label, score, valid) => {
    expect(errorsOf(withBias(label, score))).toHaveLength(valid ? 0 : 1);
  });

  it('says which band a score misses', () => {
    expect(errorsOf(withBias('lean-left', 0.3))).toEqual([
      'bias.score: 0.3 does not fit label "lean-left" (-0.6 … -0.2)',
    ]);
  });

  it('accepts asOf as YYYY or YYYY-MM only', () => {
    const basis = (asOf: unknown) => ({
      ...cnn,
      factuality: { label: 'high', basis: { raters: ['mbfc'], asOf } },
    });
    expect(errorsOf(basis('2024-06'))).toEqual([]);
    expect(errorsOf(basis('June 2024'))).toEqual([
      'factuality.basis.asOf: must be "YYYY", "YYYY-MM" or null (got "June 2024")',
    ]);
  });

  it('warns about a rating that names no rater, and about unknown fields', () => {
    const { outlet, issues } = validateOutlet({
      ...cnn,
      factual: 'high',
      bias: { label: 'left', score: -0.8, country: 'US', basis: { raters: [], asOf: null } },
    });
    expect(outlet).not.toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'bias.basis.raters: label "left" names no rater: say whose rating it reflects',
      'factual: is not a field of the schema: ignored',
    ]);
  });

  it('replaces a redundant mobile/amp domain by the one lookup uses, with a warning', () => {
    const { outlet, issues } = validateOutlet({
      ...cnn,
      domains: ['cnn.com', 'amp.cnn.com', 'm.edition.cnn.com'],
    });
    expect(outlet?.domains).toEqual(['cnn.com', 'edition.cnn.com']);
    expect(issues).toHaveLength(2);
  });
});

describe('validateOutlets', () => {
  it('leaves out a later outlet reusing an id or a domain, saying which one had it first', () => {
    const { outlets, issues } = validateOutlets([
      cnn,
      { ...bbc, id: 'cnn' },
      { ...bbc, id: 'bbc-2', domains: ['bbc.com', 'cnn.com'] },
    ]);
    expect(outlets.map((outlet) => outlet.id)).toEqual(['cnn']);
    expect(issues.map(formatIssue)).toEqual([
      'outlets[1].id: "cnn" is already the id of outlets[0] (cnn)',
      'outlets[2].domains[1]: "cnn.com" is already claimed by outlets[0] (cnn)',
    ]);
  });

  it('keeps the valid outlets when one is broken', () => {
    const { outlets } = validateOutlets([cnn, { id: 'broken' }, bbc]);
    expect(outlets.map((outlet) => outlet.id)).toEqual(['cnn', 'bbc-news']);
  });
});

describe('validateOutlets for prevalidated data (the bundled files at load)', () => {
  const prevalidated = (values: unknown[]) => validateOutlets(values, 'outlets', { prevalidated: true });

  it('takes canonical outlets as they are, and still refuses clashing ids and domains', () => {
    const result = prevalidated([cnn, bbc, { ...bbc, id: 'cnn' }]);
    expect(result.outlets[0]).toBe(cnn);
    expect(result.outlets).toEqual([cnn, bbc]);
    expect(result.issues.map(formatIssue)).toEqual([
      'outlets[2].id: "cnn" is already the id of outlets[0] (cnn)',
      'outlets[2].domains[0]: "bbc.co.uk" is already claimed by outlets[1] (bbc-news)',
      'outlets[2].domains[1]: "bbc.com" is already claimed by outlets[1] (bbc-news)',
    ]);
  });

  it('gives anything else the full check, with the same issues and the same outlet', () => {
    const untrimmed = { ...cnn, name: '  CNN  ', domains: ['www.cnn.com'] };
    const outOfBand = withBias('left', 0.9);
    const values = [untrimmed, outOfBand, { ...bbc, extra: true }];
    expect(prevalidated(values)).toEqual(validateOutlets(values));
    expect(prevalidated([outOfBand]).outlets).toEqual([]);
  });

  it('skips only the public-suffix lookup, which dataset:check does at build', () => {
    const suffixOnly = { ...cnn, domains: ['co.uk'] };
    expect(validateOutlets([suffixOnly]).outlets).toEqual([]);
    expect(prevalidated([suffixOnly]).outlets).toEqual([suffixOnly]);
  });
});

describe('validateDataset', () => {
  it('accepts a dataset and refuses another schema version', () => {
    expect(
      validateDataset({ schema: 1, name: 'x', updated: '2026-01-31', outlets: [cnn] }).dataset?.outlets,
    ).toHaveLength(1);
    expect(validateDataset({ schema: 2, outlets: [] })).toMatchObject({ dataset: null });
    expect(validateDataset([cnn]).dataset).toBeNull();
  });
});

describe('validateOutletPatch', () => {
  it('checks only the fields given and refuses the id and unknown fields', () => {
    expect(validateOutletPatch({ country: 'FR' }).patch).toEqual({ country: 'FR' });
    expect(validateOutletPatch({ id: 'x' }).issues.map(formatIssue)).toEqual([
      'id: is not an outlet field that can be overridden',
    ]);
    expect(validateOutletPatch({ country: 'France' }).patch).toBeNull();
  });
});

describe('looksLikeFormula', () => {
  it.each([
    ['=1+1', true],
    ['=HYPERLINK("x")', true],
    ['@SUM(A1:A2)', true],
    ["-2+3+cmd|' /C calc'!A0", true],
    ['+972 Magazine', false],
    ['-0.4', false],
    ['The Nation', false],
    ['=', false],
  ])('%j → %s', (text, formula) => expect(looksLikeFormula(text)).toBe(formula));
});
