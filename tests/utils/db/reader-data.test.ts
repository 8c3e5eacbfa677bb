import { describe, expect, it } from 'vitest';
import { deleteDataset, getDataset, listDatasets, saveDataset } from '../../../utils/db/datasets';
import { addVisit, clearHistory, deleteVisit, listVisits } from '../../../utils/db/history';
import { openParallaxDb } from '../../../utils/db/open';
import { deleteOverride, getOverride, listOverrides, saveOverride } from '../../../utils/db/overrides';
import { deleteSnapshot, getSnapshot, saveSnapshot } from '../../../utils/db/snapshots';
import type { Dataset } from '../../../utils/sources/schema';

describe("the reader's data", () => {
  it('saves, replaces and deletes imported datasets by name', async () => {
    const db = await openParallaxDb('reader-datasets');
    const dataset: Dataset = { schema: 1, name: 'mine.csv', updated: '2024-01-01', outlets: [] };
    await saveDataset(db, dataset, '2024-01-02T00:00:00.000Z');
    await saveDataset(db, { ...dataset, updated: '2024-02-01' }, '2024-02-02T00:00:00.000Z');
    expect(await listDatasets(db)).toHaveLength(1);
    expect((await getDataset(db, 'mine.csv'))?.dataset.updated).toBe('2024-02-01');
    await deleteDataset(db, 'mine.csv');
    expect(await getDataset(db, 'mine.csv')).toBeUndefined();
  });

  it("keeps the reader's overrides by outlet id", async () => {
    const db = await openParallaxDb('reader-overrides');
    await saveOverride(db, { id: 'cnn', name: 'CNN (mine)' });
    await saveOverride(db, {
      id: 'bbc-news',
      factuality: { label: 'high', basis: { raters: ['reader'], asOf: null } },
    });
    expect((await getOverride(db, 'cnn'))?.name).toBe('CNN (mine)');
    expect((await listOverrides(db)).map((o) => o.id).sort()).toEqual(['bbc-news', 'cnn']);
    await deleteOverride(db, 'cnn');
    expect(await getOverride(db, 'cnn')).toBeUndefined();
  });

  it('records visits and lists them since a date, oldest first', async () => {
    const db = await openParallaxDb('reader-history');
    const visit = { url: 'https://a.example/1', outletId: 'a', bias: 'center' as const, title: 'One' };
    const first = await addVisit(db, { ...visit, visitedAt: '2024-01-02T00:00:00.000Z' });
    await addVisit(db, { ...visit, url: 'https://a.example/2', visitedAt: '2024-01-01T00:00:00.000Z' });
    expect((await listVisits(db)).map((v) => v.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    expect((await listVisits(db, '2024-01-02T00:00:00.000Z')).map((v) => v.id)).toEqual([first]);
    await deleteVisit(db, first);
    expect(await listVisits(db)).toHaveLength(1);
    await clearHistory(db);
    expect(await listVisits(db)).toEqual([]);
  });

  it('saves and reads back snapshots', async () => {
    const db = await openParallaxDb('reader-snapshots');
    await saveSnapshot(db, 'matcher', { terms: ['a', 'b'] }, '2024-01-01T00:00:00.000Z');
    expect((await getSnapshot<{ terms: string[] }>(db, 'matcher'))?.data.terms).toEqual(['a', 'b']);
    await deleteSnapshot(db, 'matcher');
    expect(await getSnapshot(db, 'matcher')).toBeUndefined();
  });
});
