import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { patchFrom } from '../../../components/options/SourceEditor';
import { SourcesSection } from '../../../components/options/SourcesSection';
import type { SourceQuery } from '../../../utils/messages';
import { installEnglishMessages } from '../i18n-stub';
import { cnn, fakeSend, row, settle } from './fake-send';

beforeEach(() => installEnglishMessages());

const bbc = { ...cnn, id: 'bbc-news', name: 'BBC News', domains: ['bbc.com'], country: 'GB' };

function setup(rows = [row(cnn, { bias: 'import:ratings.csv' }), row(bbc)], initialText = '') {
  const fake = fakeSend({
    'sources:query': (query: SourceQuery) => ({
      total: 60,
      rows: rows.filter((r) => r.outlet.name.toLowerCase().includes(query.text.toLowerCase())),
      countries: ['GB', 'US'],
    }),
    'sources:override': ({ id }: { id: string }) => ({
      ok: true,
      row: row(cnn, { bias: 'reader' }, true),
      id,
    }),
    'sources:reset': () => ({ ok: true }),
    'sources:add': () => ({
      ok: false,
      reason: 'bbc.com belongs to BBC News already: edit that outlet instead',
    }),
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<SourcesSection send={fake.send} locale="en" initialText={initialText} />, root);
  return { root, ...fake };
}

const input = (root: HTMLElement, selector: string) => root.querySelector(selector) as HTMLInputElement;

describe('Sources', () => {
  it('lists outlets with their lean and says how many match', async () => {
    const { root } = setup();
    await settle();
    expect(root.querySelector('[data-testid=sources-count]')?.textContent).toBe('Showing 1–25 of 60');
    expect([...root.querySelectorAll('.source-name')].map((h) => h.textContent)).toEqual(['CNN', 'BBC News']);
    expect(root.querySelector('[data-outlet=cnn] .lean-chip')?.textContent).toBe('Left');
    expect(root.querySelector('nav[aria-label=Pages]')).not.toBeNull();
  });

  it('opens the one outlet of the popup’s domain search ready to edit', async () => {
    const { root, calls } = setup(undefined, 'bbc');
    await settle();
    expect(calls[0]?.payload).toMatchObject({ text: 'bbc' });
    expect(
      root.querySelector('[data-outlet=bbc-news] button[aria-expanded]')?.getAttribute('aria-expanded'),
    ).toBe('true');
    expect(root.querySelector('#edit-bbc-news-lean')).not.toBeNull();
  });

  it('searches as the reader types and filters by country', async () => {
    const { root, calls } = setup();
    await settle();
    const search = input(root, '#source-search');
    search.value = 'bbc';
    search.dispatchEvent(new Event('input'));
    await settle(250);
    expect(calls.at(-1)).toEqual({
      type: 'sources:query',
      payload: { text: 'bbc', lean: null, country: null, kind: null, offset: 0, limit: 25 },
    });
    expect([...root.querySelectorAll('.source-name')].map((h) => h.textContent)).toEqual(['BBC News']);
    const country = root.querySelector('#source-country') as HTMLSelectElement;
    expect([...country.options].map((o) => o.textContent)).toEqual([
      'Any',
      'United Kingdom',
      'United States',
    ]);
    country.value = 'GB';
    country.dispatchEvent(new Event('change'));
    await settle(250);
    expect(calls.at(-1)?.payload).toMatchObject({ country: 'GB' });
  });

  it('shows where each field comes from and saves the reader’s rating', async () => {
    const { root, calls } = setup();
    await settle();
    const toggle = root.querySelector('[data-outlet=cnn] button[aria-expanded]') as HTMLButtonElement;
    expect(toggle.textContent).toBe('Rate it yourself CNN');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-field=bias]')?.textContent).toBe(
      'imported dataset “ratings.csv”rated by AllSides, as of 2025',
    );
    expect(root.querySelector('[data-field=owner]')?.textContent).toBe("Parallax's bundled dataset");

    const lean = root.querySelector('#edit-cnn-lean') as HTMLSelectElement;
    lean.value = 'center';
    lean.dispatchEvent(new Event('change'));
    await settle();
    // −0.8 is outside the center band: the score is cleared rather than refused.
    expect(input(root, '#edit-cnn-score').value).toBe('');
    (root.querySelector('.source-editor form') as HTMLFormElement).requestSubmit();
    await settle();
    const saved = calls.find((call) => call.type === 'sources:override');
    expect(saved?.payload).toMatchObject({
      id: 'cnn',
      patch: { bias: { label: 'center', score: null, country: 'US', basis: { raters: ['reader'] } } },
    });
    expect(Object.keys((saved?.payload as { patch: object } | undefined)?.patch ?? {})).toEqual(['bias']);
    expect(root.querySelector('[data-testid=sources-status]')?.textContent).toBe(
      'Saved. Parallax now shows your rating of CNN.',
    );
  });

  it('refuses to save when nothing changed, and shows the background’s refusal of a new outlet', async () => {
    const { root, calls } = setup();
    await settle();
    (root.querySelector('[data-outlet=cnn] button[aria-expanded]') as HTMLButtonElement).click();
    await settle();
    (root.querySelector('.source-editor form') as HTMLFormElement).requestSubmit();
    await settle();
    expect(root.querySelector('.source-editor [role=alert]')?.textContent).toBe(
      'Nothing changed: change a field first.',
    );
    expect(calls.some((call) => call.type === 'sources:override')).toBe(false);

    const fill = (selector: string, value: string) => {
      const field = input(root, selector);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    fill('#new-name', 'Copy of BBC');
    fill('#new-domains', 'https://www.bbc.com/news');
    fill('#new-country', 'gb');
    await settle();
    (root.querySelector('form[aria-labelledby=add-outlet-heading]') as HTMLFormElement).requestSubmit();
    await settle();
    expect(calls.find((call) => call.type === 'sources:add')?.payload).toMatchObject({
      outlet: { id: 'copy-of-bbc', domains: ['bbc.com'], country: 'GB' },
    });
    expect(
      root.querySelector('form[aria-labelledby=add-outlet-heading] [role=alert]')?.textContent,
    ).toContain('belongs to BBC News');
  });
});

describe('the reader’s patch', () => {
  it('holds only the fields that changed, each marked as the reader’s', () => {
    const patch = patchFrom(
      row(cnn),
      {
        label: 'left',
        score: '-0.8',
        factuality: 'high',
        ownerName: 'Warner Bros. Discovery',
        ownerType: 'corporate',
        country: 'us',
      },
      new Date('2026-03-04T00:00:00Z'),
    );
    expect(patch).toEqual({ factuality: { label: 'high', basis: { raters: ['reader'], asOf: '2026-03' } } });
  });
});
