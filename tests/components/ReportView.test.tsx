import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReportActions, ReportView } from '../../components/ReportView';
import { ARTICLES_SHOWN } from '../../components/SideColumns';
import type { ReportState } from '../../utils/messages';
import { installEnglishMessages, missingMessages } from './i18n-stub';
import { cnnCard, NOW, readyReport } from './report-fixtures';

const article = {
  url: 'https://edition.cnn.com/x',
  title: 'Senate passes budget after marathon session',
  byline: 'Jane Doe',
  publishedTime: '2026-01-02T08:00:00Z',
  siteName: 'CNN',
};

let root: HTMLElement;
let actions: { [K in keyof ReportActions]: ReturnType<typeof vi.fn> };

function show(state: ReportState) {
  act(() => {
    render(
      <ReportView state={state} actions={actions as unknown as ReportActions} locale="en" now={NOW} />,
      root,
    );
  });
  return root;
}

const text = () => root.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

beforeEach(() => {
  installEnglishMessages();
  missingMessages.clear();
  root = document.createElement('div');
  document.body.append(root);
  actions = {
    refresh: vi.fn(async () => ({ ok: true })),
    openSources: vi.fn(),
    reloadTab: vi.fn(),
    retry: vi.fn(),
  };
});

afterEach(() => {
  render(null, root);
  root.remove();
  // Every string the reader saw came from the message file.
  expect([...missingMessages]).toEqual([]);
});

describe('the outlet card', () => {
  it('shows the outlet, its lean, factuality, owner, country and where each rating comes from', () => {
    show({ kind: 'ok', url: article.url, outlet: cnnCard, article, coverage: { status: 'loading' } });
    expect(root.querySelector('h2#outlet-name')?.textContent).toBe('CNN');
    expect(root.querySelector('[data-testid=lean-meter]')?.getAttribute('aria-label')).toBe(
      'Lean: Lean left',
    );
    expect(root.querySelector('.lean-step.is-current')?.classList.contains('lean-lean-left')).toBe(true);
    expect(root.querySelector('[data-testid=outlet-factuality]')?.textContent).toBe('Mostly factual');
    expect(root.querySelector('[data-testid=outlet-owner]')?.textContent).toBe('Warner Bros. Discovery');
    expect(root.querySelector('[data-testid=outlet-ownership]')?.textContent).toBe('Corporation');
    expect(root.querySelector('[data-testid=outlet-country]')?.textContent).toBe('United States');
    const sources = root.querySelector('[data-testid=rating-sources]')?.textContent ?? '';
    expect(sources).toContain(
      "Lean: Parallax's bundled dataset, rated by AllSides, Media Bias/Fact Check, as of 2025-06",
    );
    expect(root.querySelector('[data-testid=rating-notes]')?.textContent).toBe(
      'AllSides: lean-left; MBFC: left-center',
    );
    expect(sources).toContain('Factuality: your own rating, rated by you, as of 2026-01');
    expect(sources).toContain('Owner: imported dataset “my-ratings.csv”');
  });

  it('shows the article’s own title, byline and date', () => {
    show({ kind: 'ok', url: article.url, outlet: cnnCard, article, coverage: { status: 'loading' } });
    const meta = root.querySelector('[data-testid=article-meta]')?.textContent ?? '';
    expect(meta).toContain('Senate passes budget after marathon session');
    expect(meta).toContain('By Jane Doe');
    expect(meta).toMatch(/Published Jan 2, 2026/);
  });

  it('lets the reader change a rating in the options page', () => {
    show({ kind: 'ok', url: article.url, outlet: cnnCard, article, coverage: { status: 'loading' } });
    button('Change this rating').click();
    expect(actions.openSources).toHaveBeenCalledWith('cnn.com');
  });
});

describe('how others framed it', () => {
  const ready: ReportState = {
    kind: 'ok',
    url: article.url,
    outlet: cnnCard,
    article,
    coverage: { status: 'ready', report: readyReport },
  };

  it('shows the story at a glance with the counts behind each share', () => {
    show(ready);
    expect(root.querySelector('[data-testid=coverage-counts]')?.textContent).toBe(
      '5 articles from 4 outlets · 1 wire copy counted once',
    );
    const bar = root.querySelector('.distribution-bar');
    expect(bar?.getAttribute('role')).toBe('img');
    expect(bar?.getAttribute('aria-label')).toBe(
      'Left: 1 of 4 outlets (25%); Center: 2 of 4 outlets (50%); Right: 1 of 4 outlets (25%)',
    );
    expect(root.querySelector('[data-testid=blindspot]')?.textContent).toBe(
      'Blindspot: few right outlets 1 of 4 rated outlets is on the right',
    );
    expect(root.querySelector('[data-testid=first-reported]')?.textContent).toContain(
      'First reported by Reuters, 3 h ago',
    );
    expect(root.querySelector('[data-testid=source-countries]')?.textContent).toContain('United Kingdom (2)');
    expect(root.querySelector('[data-testid=summary]')?.textContent).toContain(
      'The Senate approved the budget 51–49. — Reuters',
    );
  });

  it('lists each side’s articles, all visible at once, with outlet, lean, factuality, age and wire copies', () => {
    show(ready);
    const column = (side: string) => root.querySelector(`[data-testid=side-${side}]`) as HTMLElement;
    expect(column('left').querySelector('h4')?.textContent).toBe('Left · 1');
    expect(column('center').querySelector('h4')?.textContent).toBe('Center · 2');
    const items = [...column('center').querySelectorAll('[data-testid=coverage-article]')].map(
      (li) => li.textContent,
    );
    expect(items[0]).toContain('U.S. Senate approves $1.2 trillion budget');
    expect(items[0]).toContain('Reuters');
    expect(items[0]).toContain('Center');
    expect(items[0]).toContain('Factuality: High');
    expect(items[0]).toContain('3 h ago');
    expect(items[1]).toContain('Wire copy');
    expect(column('right').textContent).toContain('Senate rams through bloated spending bill');
    expect(column('unrated').textContent).toContain('Budget vote tonight');
  });

  it('says when a side has not covered the story', () => {
    show({
      ...ready,
      coverage: {
        status: 'ready',
        report: { ...readyReport, coverage: { ...readyReport.coverage, right: [] } },
      },
    });
    expect(root.querySelector('[data-testid=side-right]')?.textContent).toContain(
      'No right outlet has covered this story yet.',
    );
  });

  it('shows the first few articles of a long side, and the rest on request', () => {
    const many = Array.from({ length: ARTICLES_SHOWN + 3 }, (_, i) => ({
      ...readyReport.coverage.center[0]!,
      id: `c${i}`,
      title: `Center headline ${i}`,
    }));
    show({
      ...ready,
      coverage: {
        status: 'ready',
        report: { ...readyReport, coverage: { ...readyReport.coverage, center: many } },
      },
    });
    const center = () => root.querySelector('[data-testid=side-center]') as HTMLElement;
    expect(center().querySelectorAll('[data-testid=coverage-article]')).toHaveLength(ARTICLES_SHOWN);
    const more = button('Show 3 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(center().querySelectorAll('[data-testid=coverage-article]')).toHaveLength(ARTICLES_SHOWN + 3);
    expect(button('Show fewer').getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the framing words, the headlines side by side, omitted facts and similar stories', () => {
    show(ready);
    expect(root.querySelector('[data-testid=terms-left]')?.textContent).toBe('Words left outlets chosepoor');
    expect(root.querySelector('[data-testid=terms-right]')?.textContent).toContain('bloated');
    const headlines = root.querySelector('[data-testid=headlines]')?.textContent ?? '';
    expect(headlines).toContain('Your article Senate passes budget after marathon session');
    expect(headlines).toContain('Right · Fox News Senate rams through bloated spending bill');
    expect(text()).toContain('Only your headline says: marathon');
    expect(root.querySelector('[data-testid=omitted-facts]')?.textContent).toBe(
      '$1.2 trillion — reported by 3 others',
    );
    expect(root.querySelector('[data-testid=similar-stories]')?.textContent).toContain(
      'House to vote on budget next week',
    );
  });

  it('renders only http(s) links, opening in a new tab without opener or referrer', () => {
    show(ready);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.textContent).toContain('(opens in a new tab)');
    }
    // The javascript:, data: and file: URLs are shown as plain text, never as links.
    expect(text()).toContain('Senate rams through bloated spending bill');
    expect(text()).toContain('Budget vote tonight');
    expect(text()).toContain('Hostile link');
    expect(root.innerHTML).not.toMatch(/javascript:|data:text|file:/);
  });
});

describe('coverage states', () => {
  it('shows the outlet while the coverage is still being matched, with a busy placeholder', () => {
    show({ kind: 'ok', url: article.url, outlet: cnnCard, article, coverage: { status: 'pending' } });
    expect(root.querySelector('h2#outlet-name')?.textContent).toBe('CNN');
    const pending = root.querySelector('[data-testid=coverage-pending]');
    expect(pending?.getAttribute('role')).toBe('status');
    expect(pending?.getAttribute('aria-busy')).toBe('true');
    expect(pending?.textContent).toBe("Finding other outlets' articles on this story…");
    expect(text()).not.toContain('Collecting coverage from news feeds');
  });

  it('says coverage is still loading', () => {
    show({ kind: 'ok', url: article.url, outlet: cnnCard, article, coverage: { status: 'loading' } });
    expect(root.querySelector('[data-testid=coverage]')?.getAttribute('data-status')).toBe('loading');
    expect(text()).toContain('Collecting coverage from news feeds');
  });

  it('offers to refresh when there is no coverage yet, and says how it went', async () => {
    show({
      kind: 'ok',
      url: article.url,
      outlet: cnnCard,
      article,
      coverage: { status: 'empty', itemsStored: 1200, lastRefresh: '2026-01-02T11:30:00Z' },
    });
    expect(text()).toContain('No other coverage of this story yet');
    expect(text()).toContain('None of the 1200 articles Parallax has collected tells this story.');
    expect(text()).toContain('Feeds last fetched 30 min ago.');
    actions.refresh.mockResolvedValueOnce({ ok: false, reason: 'offline' });
    await act(async () => {
      (root.querySelector('[data-testid=refresh-now]') as HTMLButtonElement).click();
    });
    expect(actions.refresh).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=status]')?.textContent).toBe("Couldn't fetch feeds: offline");
  });
});

describe('page states', () => {
  const state = () => root.querySelector('[data-testid=report-state]')?.getAttribute('data-state');

  it.each([
    ['pdf', 'This is a PDF'],
    ['browser-page', 'Browsers don\u2019t let extensions read their own pages'.replace('\u2019', "'")],
    ['web-store', 'extension store pages'],
    ['file', 'a file on your computer'],
    ['view-source', 'source code'],
  ] as const)('explains an unsupported %s page', (reason, words) => {
    show({ kind: 'unsupported-page', url: null, reason });
    expect(state()).toBe('unsupported-page');
    expect(root.querySelector('h2')?.textContent).toBe("Parallax can't read this page");
    expect(text()).toContain(words);
  });

  it('says a page is not an article, naming its outlet', () => {
    show({ kind: 'not-article', url: 'https://www.cnn.com/', outlet: cnnCard });
    expect(state()).toBe('not-article');
    expect(text()).toContain("This doesn't look like a news article");
    expect(text()).toContain('This site is CNN.');
  });

  it('offers to reload a page it could not read', () => {
    show({ kind: 'extraction-failed', url: article.url, reason: 'no-content-script' });
    expect(text()).toContain('open before Parallax was installed or updated');
    button('Reload the page').click();
    expect(actions.reloadTab).toHaveBeenCalledOnce();
  });

  it('offers to rate an unknown outlet, and still shows the article', () => {
    show({
      kind: 'unknown-outlet',
      url: 'https://gazette.example/a',
      domain: 'gazette.example',
      article,
      coverage: { status: 'loading' },
    });
    expect(state()).toBe('unknown-outlet');
    expect(text()).toContain('Parallax has no rating for gazette.example.');
    expect(text()).toContain('Senate passes budget after marathon session');
    button('Rate this outlet').click();
    expect(actions.openSources).toHaveBeenCalledWith('gazette.example');
  });

  it('shows an error with a way to try again', () => {
    show({ kind: 'error', message: 'database closed' });
    expect(text()).toContain('Parallax hit an error while reading this page: database closed');
    button('Try again').click();
    expect(actions.retry).toHaveBeenCalledOnce();
  });
});
