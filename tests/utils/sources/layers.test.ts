import { describe, expect, it } from 'vitest';
import { importRatings } from '../../../utils/sources/import/index';
import { clearOverride, layerDatasets, setOverride, validateOverrides } from '../../../utils/sources/layers';
import type { Dataset, Outlet } from '../../../utils/sources/schema';
import { fixtureOutlets } from './fixture-outlets';

function dataset(name: string, outlets: Outlet[]): Dataset {
  return { schema: 1, name, updated: '2026-01-01', outlets };
}

const bundled = dataset('bundled', fixtureOutlets());
const byId = (layered: ReturnType<typeof layerDatasets>, id: string) =>
  layered.outlets.find(({ outlet }) => outlet.id === id);

const mbfc = importRatings(
  'mbfc',
  JSON.stringify({
    sources: [
      { domain: 'cnn.com', name: 'CNN', bias: 'left', reporting: 'MIXED' },
      { domain: 'newsite.example.org', name: 'New Site', bias: 'right-center', reporting: 'HIGH' },
    ],
  }),
  { name: 'mbfc.json', updated: '2026-02-01' },
).dataset;

describe('layerDatasets', () => {
  it('gives every field of a bundled outlet the provenance "bundled"', () => {
    const cnn = byId(layerDatasets({ bundled }), 'cnn')!;
    expect(cnn.outlet).toMatchObject({ id: 'cnn', name: 'CNN', country: 'US' });
    expect(Object.values(cnn.fields).every((field) => field.from === 'bundled')).toBe(true);
  });

  it('lets an import rate a known outlet (matched by domain) without blanking what it does not know', () => {
    const cnn = byId(layerDatasets({ bundled, imports: [mbfc] }), 'cnn')!;
    expect(cnn.fields.bias).toMatchObject({ value: { label: 'left' }, from: 'import:mbfc.json' });
    expect(cnn.fields.factuality).toMatchObject({ value: { label: 'mixed' }, from: 'import:mbfc.json' });
    // MBFC knows no kind, country or owner: the bundled values stay.
    expect(cnn.fields.kind).toEqual({ value: 'broadcaster', from: 'bundled' });
    expect(cnn.fields.country).toEqual({ value: 'US', from: 'bundled' });
    expect(cnn.fields.name).toEqual({ value: 'CNN', from: 'bundled' });
    // An import adds to an outlet's domains, never takes one away.
    expect(cnn.outlet.domains).toEqual(['cnn.com', 'edition.cnn.com']);
  });

  it('adds outlets only an import knows', () => {
    const site = byId(layerDatasets({ bundled, imports: [mbfc] }), 'newsite-example-org')!;
    expect(site.outlet).toMatchObject({ name: 'New Site', bias: { label: 'lean-right' } });
    expect(site.fields.name.from).toBe('import:mbfc.json');
  });

  it('applies imports in order: a later one wins a field', () => {
    const later = dataset('later.json', [
      { ...fixtureOutlets()[0]!, bias: { ...fixtureOutlets()[0]!.bias, label: 'center', score: 0 } },
    ]);
    const cnn = byId(layerDatasets({ bundled, imports: [mbfc, later] }), 'cnn')!;
    expect(cnn.fields.bias).toMatchObject({ value: { label: 'center' }, from: 'import:later.json' });
  });

  it("applies the reader's overrides last, per field, and they survive a dataset update", () => {
    const overrides = setOverride({}, 'cnn', {
      bias: { label: 'center', score: 0, country: 'US', basis: { raters: ['reader'], asOf: '2026-03' } },
    });
    const before = byId(layerDatasets({ bundled, imports: [mbfc], overrides }), 'cnn')!;
    expect(before.fields.bias).toMatchObject({ value: { label: 'center' }, from: 'reader' });
    expect(before.fields.factuality.from).toBe('import:mbfc.json');

    const updatedCnn = {
      ...fixtureOutlets()[0]!,
      name: 'CNN International',
      bias: { ...fixtureOutlets()[0]!.bias, label: 'left' as const, score: -0.7 },
    };
    const update = dataset('bundled', [updatedCnn, ...fixtureOutlets().slice(1)]);
    const after = byId(layerDatasets({ bundled: update, overrides }), 'cnn')!;
    expect(after.fields.bias).toMatchObject({ value: { label: 'center' }, from: 'reader' });
    expect(after.fields.name).toEqual({ value: 'CNN International', from: 'bundled' });
  });

  it('adds a complete outlet from the overrides and keeps an incomplete unknown one aside', () => {
    const { id: _id, ...complete } = {
      ...fixtureOutlets()[0]!,
      name: 'My Paper',
      domains: ['mypaper.example.com'],
    };
    const layered = layerDatasets({
      bundled,
      overrides: { 'my-paper': complete, 'gone-outlet': { country: 'FR' } },
    });
    expect(byId(layered, 'my-paper')?.fields.name).toEqual({ value: 'My Paper', from: 'reader' });
    expect(layered.unusedOverrides.map((entry) => entry.id)).toEqual(['gone-outlet']);
  });

  it('reports a domain another outlet already claims instead of moving it', () => {
    const thief = {
      ...fixtureOutlets()[1]!,
      id: 'thief',
      name: 'Thief',
      domains: ['thief.example.com', 'cnn.com'],
    };
    const layered = layerDatasets({ bundled, imports: [dataset('t.json', [thief])] });
    // Matched to CNN through cnn.com, so it merges into CNN rather than stealing the domain.
    expect(byId(layered, 'thief')).toBeUndefined();
    expect(byId(layered, 'cnn')?.outlet.domains).toContain('thief.example.com');
  });

  it("replaces an outlet's domains when the reader overrides them", () => {
    const layered = layerDatasets({ bundled, overrides: { cnn: { domains: ['cnn.com'] } } });
    expect(byId(layered, 'cnn')?.fields.domains).toEqual({ value: ['cnn.com'], from: 'reader' });
  });

  it('does not change its inputs', () => {
    const copy = structuredClone(bundled);
    layerDatasets({ bundled, imports: [mbfc], overrides: { cnn: { country: 'GB' } } });
    expect(bundled).toEqual(copy);
  });
});

describe('overrides', () => {
  it('sets and clears single fields without touching the input', () => {
    const one = setOverride({}, 'cnn', { country: 'GB' });
    const two = setOverride(one, 'cnn', { kind: 'digital' });
    expect(two).toEqual({ cnn: { country: 'GB', kind: 'digital' } });
    expect(one).toEqual({ cnn: { country: 'GB' } });
    expect(clearOverride(two, 'cnn', 'kind')).toEqual({ cnn: { country: 'GB' } });
    expect(clearOverride(one, 'cnn', 'country')).toEqual({});
    expect(clearOverride(two, 'cnn')).toEqual({});
  });

  it('validates stored overrides, dropping bad entries only', () => {
    const { overrides, issues } = validateOverrides(
      JSON.parse(
        '{"cnn": {"country": "GB"}, "bbc-news": {"country": "Britain"}, "__proto__": {"country": "FR"}}',
      ),
    );
    expect(overrides).toEqual({ cnn: { country: 'GB' } });
    expect(issues.map((issue) => issue.path)).toEqual(['bbc-news.country', '__proto__']);
    expect(validateOverrides('nope').issues).toHaveLength(1);
  });
});
