import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  parseSettings,
  updateSettings,
  watchSettings,
} from '../../utils/storage';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has the documented defaults before anything is stored', async () => {
    expect(await getSettings()).toEqual({
      refreshIntervalMinutes: 30,
      retentionDays: 7,
      maxItems: 50_000,
      badge: true,
      widerSearch: false,
      readingBalance: false,
      firstRunDone: false,
    });
  });

  it('stores a change and keeps the other settings', async () => {
    await updateSettings({ badge: false });
    await updateSettings({ retentionDays: 14 });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, badge: false, retentionDays: 14 });
  });

  it('replaces bad stored fields with defaults and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        refreshIntervalMinutes: 'soon',
        retentionDays: 10,
        badge: 'yes',
        widerSearch: true,
        extra: 1,
      },
    });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 10, widerSearch: true });
  });

  it('clamps numbers to their ranges', () => {
    expect(
      parseSettings({ refreshIntervalMinutes: 0, maxItems: 1e12, retentionDays: Number.NaN }),
    ).toMatchObject({
      refreshIntervalMinutes: 5,
      maxItems: 200_000,
      retentionDays: 7,
    });
  });

  it('survives garbage in storage', async () => {
    await fakeBrowser.storage.local.set({ settings: 'corrupt' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers the validated new value', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.badge));
    await updateSettings({ badge: false });
    unwatch();
    await updateSettings({ badge: true });
    expect(seen).toEqual([false]);
  });
});
