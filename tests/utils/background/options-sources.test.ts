import { describe, expect, it } from 'vitest';
import { listOverrides } from '../../../utils/db';
import { optionsHarness } from './options-helpers';

const ALL = { text: '', lean: null, country: null, kind: null, offset: 0, limit: 25 } as const;

describe('options: sources', { timeout: 30_000 }, () => {
  it('finds outlets by name or domain and filters by lean, country and kind', async () => {
    const { send } = await optionsHarness();
    const byDomain = await send('sources:query', { ...ALL, text: 'https://www.nytimes.com/' });
    expect(byDomain.rows.map((row) => row.outlet.id)).toContain('nytimes');
    const everything = await send('sources:query', ALL);
    expect(everything.total).toBeGreaterThan(1000);
    expect(everything.rows).toHaveLength(25);
    expect(everything.countries).toEqual(expect.arrayContaining(['US', 'GB']));
    const british = await send('sources:query', {
      ...ALL,
      country: 'GB',
      kind: 'broadcaster',
      lean: 'center',
    });
    expect(british.rows.map((row) => row.outlet.id)).toContain('bbc-news');
    expect(
      british.rows.every((row) => row.outlet.country === 'GB' && row.outlet.kind === 'broadcaster'),
    ).toBe(true);
  });

  it('stores an override that wins over the datasets, says where each field comes from, and resets', async () => {
    const { send, db, ratingsChanged } = await optionsHarness();
    const before = (await send('sources:query', { ...ALL, text: 'cnn.com' })).rows.find(
      (row) => row.outlet.id === 'cnn',
    );
    expect(before?.from.bias).toBe('bundled');

    const saved = await send('sources:override', {
      id: 'cnn',
      patch: {
        bias: { label: 'center', score: 0, country: 'US', basis: { raters: ['reader'], asOf: '2026-03' } },
        owner: { name: 'Reader Media', type: 'private' },
      },
    });
    expect(saved).toMatchObject({
      ok: true,
      row: { overridden: true, from: { bias: 'reader', owner: 'reader', factuality: 'bundled' } },
    });
    expect(ratingsChanged).toHaveBeenCalled();
    const after = (await send('sources:query', { ...ALL, text: 'cnn.com' })).rows.find(
      (row) => row.outlet.id === 'cnn',
    );
    expect(after?.outlet.bias.label).toBe('center');
    expect(after?.outlet.owner.name).toBe('Reader Media');

    // A second edit keeps the first one's other fields.
    await send('sources:override', { id: 'cnn', patch: { country: 'GB' } });
    expect((await listOverrides(db))[0]).toMatchObject({
      id: 'cnn',
      country: 'GB',
      owner: { name: 'Reader Media' },
    });

    expect(await send('sources:reset', { id: 'cnn', field: 'owner' })).toEqual({ ok: true });
    expect((await listOverrides(db))[0]?.owner).toBeUndefined();
    expect(await send('sources:reset', { id: 'cnn', field: null })).toEqual({ ok: true });
    const reset = (await send('sources:query', { ...ALL, text: 'cnn.com' })).rows.find(
      (row) => row.outlet.id === 'cnn',
    );
    expect(reset?.outlet.bias.label).toBe(before?.outlet.bias.label);
    expect(reset?.overridden).toBe(false);
  });

  it('refuses a bad override with the reason and stores nothing', async () => {
    const { send, db } = await optionsHarness();
    const answer = await send('sources:override', {
      id: 'cnn',
      patch: {
        bias: { label: 'left', score: 0.9, country: 'US', basis: { raters: ['reader'], asOf: null } },
      },
    });
    expect(answer).toMatchObject({ ok: false, reason: expect.stringContaining('does not fit') });
    expect(await send('sources:override', { id: 'no-such-outlet', patch: { country: 'GB' } })).toMatchObject({
      ok: false,
    });
    expect(await listOverrides(db)).toEqual([]);
  });

  it('adds an outlet of the reader’s own, and refuses one whose domain another outlet has', async () => {
    const { send } = await optionsHarness();
    const outlet = {
      id: 'daily-planet',
      name: 'Daily Planet',
      domains: ['dailyplanet.example'],
      kind: 'newspaper',
      bias: { label: 'center', score: null, country: 'US', basis: { raters: ['reader'], asOf: '2026-03' } },
      factuality: { label: null, basis: { raters: [], asOf: null } },
      owner: { name: null, type: 'unknown' },
      country: 'US',
      languages: [],
      paywall: null,
      feeds: [{ url: 'https://dailyplanet.example/rss', topic: 'main' }],
    };
    expect(await send('sources:add', { outlet })).toMatchObject({
      ok: true,
      row: { from: { name: 'reader' } },
    });
    const found = await send('sources:query', { ...ALL, text: 'dailyplanet' });
    expect(found.rows.map((row) => row.outlet.name)).toEqual(['Daily Planet']);
    // An added outlet has no dataset value to fall back on: a field reset is refused, a whole one removes it.
    expect(await send('sources:reset', { id: 'daily-planet', field: 'bias' })).toMatchObject({ ok: false });
    expect(await send('sources:reset', { id: 'daily-planet', field: null })).toEqual({ ok: true });
    expect((await send('sources:query', { ...ALL, text: 'dailyplanet' })).rows).toEqual([]);
    expect(await send('sources:add', { outlet })).toMatchObject({ ok: true });

    const clash = await send('sources:add', { outlet: { ...outlet, id: 'fake-cnn', domains: ['cnn.com'] } });
    expect(clash).toMatchObject({ ok: false, reason: expect.stringContaining('cnn.com belongs to CNN') });
    expect(
      await send('sources:add', { outlet: { ...outlet, id: 'broken', domains: ['not a domain'] } }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('domains'),
    });
  });
});
