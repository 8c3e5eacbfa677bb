import { describe, expect, it, vi } from 'vitest';
import { addVisit, countItems, listOverrides, saveOverride, storeItems } from '../../../utils/db';
import { optionsHarness } from './options-helpers';

const item = (n: number) => ({
  id: `https://www.cnn.com/a${n}`,
  url: `https://www.cnn.com/a${n}`,
  title: `Story ${n}`,
  source: 'cnn',
  outletId: 'cnn',
  feedUrl: 'https://www.cnn.com/rss',
  published: '2026-03-04T10:00:00.000Z',
  fetchedAt: '2026-03-04T11:00:00.000Z',
});

describe('options: storage', { timeout: 30_000 }, () => {
  it('reports what is stored, and clears each part on its own', async () => {
    const coverageCleared = vi.fn();
    const { send, db, ratingsChanged } = await optionsHarness({
      coverageCleared,
      estimate: async () => ({ usage: 2048, quota: 1_000_000 }),
    });
    await storeItems(db, [item(1), item(2)]);
    await saveOverride(db, { id: 'cnn', country: 'GB' });
    await addVisit(db, {
      url: 'https://www.cnn.com/a1',
      outletId: 'cnn',
      bias: 'left',
      title: 'A',
      visitedAt: '2026-03-01T00:00:00Z',
    });
    expect(await send('storage:usage', {})).toEqual({
      usage: 2048,
      quota: 1_000_000,
      items: 2,
      feeds: 0,
      datasets: 0,
      overrides: 1,
      visits: 1,
    });

    expect(await send('storage:clear', { part: 'coverage' })).toEqual({ ok: true, removed: 2 });
    expect(await countItems(db)).toBe(0);
    // The items were stored in one write (revision 1); the clearing is the next.
    expect(coverageCleared).toHaveBeenCalledWith(['https://www.cnn.com/a1', 'https://www.cnn.com/a2'], 2);
    expect(await listOverrides(db)).toHaveLength(1);

    expect(await send('storage:clear', { part: 'history' })).toEqual({ ok: true, removed: 1 });
    expect((await send('history:list', {})).visits).toEqual([]);

    expect(await send('storage:clear', { part: 'overrides' })).toEqual({ ok: true, removed: 1 });
    expect(await listOverrides(db)).toEqual([]);
    expect(ratingsChanged).toHaveBeenCalled();
  });

  it('lists the reading history with each outlet’s current name', async () => {
    const { send, db } = await optionsHarness();
    await addVisit(db, {
      url: 'https://www.cnn.com/a1',
      outletId: 'cnn',
      bias: 'left',
      title: 'A',
      visitedAt: '2026-03-01T00:00:00Z',
    });
    const answer = await send('history:list', {});
    expect(answer.visits).toHaveLength(1);
    expect(answer.names).toEqual({ cnn: 'CNN' });
  });

  it('says so when the browser gives no storage estimate', async () => {
    const { send } = await optionsHarness({ estimate: async () => Promise.reject(new Error('no')) });
    expect(await send('storage:usage', {})).toMatchObject({ usage: null, quota: null });
  });
});
