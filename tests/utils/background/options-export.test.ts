import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../utils/background/options-export';
import { importRatings } from '../../../utils/sources/import';
import type { Outlet } from '../../../utils/sources/schema';
import { optionsHarness } from './options-helpers';

const outlet: Outlet = {
  id: 'at-home',
  name: '@Home News',
  domains: ['athome.example'],
  kind: 'digital',
  bias: { label: 'lean-right', score: 0.3, country: 'US', basis: { raters: ['reader'], asOf: '2026-03' } },
  factuality: { label: 'mixed', basis: { raters: ['reader'], asOf: '2026-03' } },
  owner: { name: '-Owner, Inc.', type: 'private' },
  country: 'US',
  languages: ['en'],
  paywall: null,
  feeds: [{ url: 'https://athome.example/rss', topic: 'main' }],
};

describe('options: export', { timeout: 30_000 }, () => {
  it('neutralises cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    const csv = toCsv([outlet]);
    const [, row] = csv.split('\r\n');
    expect(row).toContain(`'@Home News`);
    expect(row).toContain(`"'-Owner, Inc."`);
    expect(row).toContain(',0.3,');
    expect(csv.split('\r\n')[0]).toMatch(/^id,name,domains,/);
  });

  it('exports the merged ratings as CSV and JSON that import back to the same outlets', async () => {
    const { send } = await optionsHarness();
    const csv = await send('ratings:export', { scope: 'merged', format: 'csv' });
    expect(csv).toMatchObject({ filename: 'parallax-ratings-2026-03-04.csv', mime: 'text/csv' });
    const json = await send('ratings:export', { scope: 'merged', format: 'json' });
    const fromJson = importRatings('json', json.text, { name: 'back.json' });
    const fromCsv = importRatings('csv', csv.text, { name: 'back.csv' });
    expect(fromJson.skipped).toBe(0);
    expect(fromCsv.imported).toBe(fromJson.imported);
    const cnn = fromCsv.dataset.outlets.find((entry) => entry.id === 'cnn');
    expect(cnn?.bias).toEqual(fromJson.dataset.outlets.find((entry) => entry.id === 'cnn')?.bias);
  });

  it('exports only the reader’s own ratings when asked', async () => {
    const { send } = await optionsHarness();
    await send('sources:override', { id: 'cnn', patch: { country: 'GB' } });
    const json = await send('ratings:export', { scope: 'overrides', format: 'json' });
    expect(JSON.parse(json.text)).toEqual({ cnn: { country: 'GB' } });
    const csv = await send('ratings:export', { scope: 'overrides', format: 'csv' });
    expect(csv.text.trim().split('\r\n')).toHaveLength(2);
    expect(csv.text).toContain('cnn,CNN,');
  });
});
