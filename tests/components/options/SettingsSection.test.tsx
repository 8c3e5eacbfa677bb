import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSection, widerSearchDisclosure } from '../../../components/options/SettingsSection';
import { StorageSection } from '../../../components/options/StorageSection';
import { GDELT_DISCLOSURE } from '../../../utils/feeds/gdelt';
import { getSettings } from '../../../utils/storage';
import { installEnglishMessages } from '../i18n-stub';
import { fakeSend, settle } from './fake-send';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});

describe('settings', () => {
  it('says exactly what wider search sends', () => {
    expect(widerSearchDisclosure()).toBe(GDELT_DISCLOSURE);
  });

  it('shows the stored settings, with wider search off by default, and saves changes', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<SettingsSection />, root);
    await settle();
    const interval = root.querySelector('#setting-refreshIntervalMinutes') as HTMLInputElement;
    expect(interval.value).toBe('30');
    const checkboxes = [...root.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
    const wider = checkboxes.find((box) => box.closest('label')?.textContent?.includes('Wider coverage'));
    expect(wider?.checked).toBe(false);
    expect(root.querySelector(`#${wider?.getAttribute('aria-describedby')}`)?.textContent).toBe(
      GDELT_DISCLOSURE,
    );

    const maxItems = root.querySelector('#setting-maxItems') as HTMLInputElement;
    expect(maxItems.value).toBe('50000');
    expect(root.querySelector('#setting-maxItems-help')?.textContent).toContain('From 1000 to 200000.');

    wider?.click();
    interval.value = '9999';
    interval.dispatchEvent(new Event('change'));
    maxItems.value = '20000';
    maxItems.dispatchEvent(new Event('change'));
    await settle();
    expect(await getSettings()).toMatchObject({
      widerSearch: true,
      refreshIntervalMinutes: 1440,
      maxItems: 20_000,
    });
    expect(root.querySelector('[data-testid=settings-status]')?.textContent).toBe('Saved.');
  });
});

describe('storage', () => {
  it('shows what is stored and clears a part only after the reader confirms', async () => {
    let visits = 4;
    const { send, calls } = fakeSend({
      'storage:usage': () => ({
        usage: 3 * 1024 * 1024,
        quota: 100 * 1024 * 1024,
        items: 1200,
        feeds: 30,
        datasets: 1,
        overrides: 2,
        visits,
      }),
      'storage:clear': () => {
        const removed = visits;
        visits = 0;
        return { ok: true, removed };
      },
    });
    const root = document.createElement('div');
    document.body.append(root);
    render(<StorageSection send={send} locale="en" />, root);
    await settle();
    const usage = root.querySelector('[data-testid=storage-usage]')?.textContent ?? '';
    expect(usage).toContain('3 MB of 100 MB available');
    expect(usage).toContain('Cached articles1,200');
    const clearHistory = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Clear reading history',
    );
    clearHistory?.click();
    await settle();
    expect(calls.some((c) => c.type === 'storage:clear')).toBe(false);
    (
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete') as HTMLButtonElement
    ).click();
    await settle();
    expect(calls.find((c) => c.type === 'storage:clear')?.payload).toEqual({ part: 'history' });
    expect(root.querySelector('[data-testid=storage-status]')?.textContent).toBe(
      'Deleted 4 reading history entries.',
    );
    expect(root.querySelector('[data-testid=storage-usage]')?.textContent).toContain(
      'Reading history entries0',
    );
  });
});
