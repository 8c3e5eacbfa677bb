import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BalanceChart } from '../../../components/options/BalanceChart';
import { BalanceSection } from '../../../components/options/BalanceSection';
import { getSettings } from '../../../utils/storage';
import { installEnglishMessages } from '../i18n-stub';
import { fakeSend, settle } from './fake-send';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});

const weeks = [
  { week: '2026-02-23', left: 2, center: 1, right: 0, other: 1 },
  { week: '2026-03-02', left: 1, center: 0, right: 3, other: 0 },
];

describe('reading balance', () => {
  it('draws one stacked bar a week as an image with a summary, and the numbers as a table', () => {
    const root = document.createElement('div');
    render(<BalanceChart weeks={weeks} locale="en" />, root);
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(root.querySelector('svg > title')?.textContent).toBe(
      'Lean of what you read over the last 2 weeks: 3 left, 1 center, 3 right.',
    );
    expect(root.querySelectorAll('rect.side-left')).toHaveLength(2);
    expect(root.querySelectorAll('rect.side-right')).toHaveLength(1);
    // The right bar of week 2 is three times as tall as its left one.
    const [, left2] = [...root.querySelectorAll('rect.side-left')].map((r) =>
      Number(r.getAttribute('height')),
    );
    const right2 = Number(root.querySelector('rect.side-right')?.getAttribute('height'));
    expect(right2).toBeCloseTo(3 * (left2 ?? 0));
    const rows = [...root.querySelectorAll('[data-testid=balance-table] tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Feb 23', '2', '1', '0', '1'],
      ['Mar 2', '1', '0', '3', '0'],
    ]);
  });

  it('is off until the reader turns it on, and then shows what was read', async () => {
    const visits = [
      ...Array.from({ length: 9 }, (_, i) => ({
        id: i,
        url: `https://cnn.com/${i}`,
        outletId: 'cnn',
        bias: 'left' as const,
        title: 'T',
        visitedAt: '2026-03-03T10:00:00Z',
      })),
      {
        id: 9,
        url: 'https://bbc.com/1',
        outletId: 'bbc-news',
        bias: 'center' as const,
        title: 'T',
        visitedAt: '2026-03-03T10:00:00Z',
      },
    ];
    const { send } = fakeSend({
      'history:list': () => ({ visits, names: { cnn: 'CNN', 'bbc-news': 'BBC News' } }),
    });
    const root = document.createElement('div');
    render(<BalanceSection send={send} locale="en" now={new Date('2026-03-04T00:00:00Z')} />, root);
    await settle();
    expect(root.textContent).toContain('Reading balance is off: nothing is recorded.');
    (root.querySelector('.card button') as HTMLButtonElement).click();
    await settle();
    expect((await getSettings()).readingBalance).toBe(true);
    expect(root.textContent).not.toContain('Reading balance is off');
    expect(root.querySelector('[data-testid=balance-totals]')?.textContent).toBe(
      '10 articles recorded: 9 from the left, 1 from the center, 0 from the right.',
    );
    expect(root.querySelector('[data-testid=balance-rare]')?.textContent).toBe(
      'Right: only 0% of what you read.',
    );
    expect([...root.querySelectorAll('[data-testid=balance-top] li')].map((li) => li.textContent)).toEqual([
      'CNN: 9 articles Left',
      'BBC News: 1 articles Center',
    ]);
    const recent = [...root.querySelectorAll('[data-testid=balance-recent] li')];
    expect(recent).toHaveLength(10);
    expect(recent[0]?.querySelector('a')?.getAttribute('href')).toBe('https://bbc.com/1');
    expect(recent[0]?.textContent).toContain('BBC News, 14 h ago');
  });
});
