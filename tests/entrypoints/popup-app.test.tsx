import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { getSettings, updateSettings } from '../../utils/storage';
import { installEnglishMessages } from '../components/i18n-stub';
import { cnnCard } from '../components/report-fixtures';

const article = {
  url: 'https://edition.cnn.com/x',
  title: 'Budget passes',
  byline: null,
  publishedTime: null,
  siteName: null,
};
let root: HTMLElement;
let askedFor: number[];
/** When set, the full report's answer waits until the test calls it. */
let holdFull: ((answer: () => void) => void) | null;

async function flush() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglishMessages();
  askedFor = [];
  holdFull = null;
  // Stands in for the background: answers report requests for any tab, the outlet-only ones
  // without coverage (fakeBrowser's sendMessage supports the sendResponse form of answering only).
  fakeBrowser.runtime.onMessage.addListener(
    (
      message: { type: string; payload: { tabId: number; outletOnly?: boolean } },
      _sender: unknown,
      sendResponse: (r: unknown) => void,
    ) => {
      if (message.type !== 'report:get') return undefined;
      const { tabId, outletOnly } = message.payload;
      if (!outletOnly) askedFor.push(tabId);
      const answer = () =>
        sendResponse({
          kind: 'ok',
          url: article.url,
          outlet: cnnCard,
          article,
          coverage: { status: outletOnly ? 'pending' : 'loading' },
        });
      if (!outletOnly && holdFull) holdFull(answer);
      else answer();
      return true;
    },
  );
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  history.replaceState(null, '', '/');
});

describe('popup', () => {
  it('welcomes the reader above the report on first run, and remembers when they dismiss it', async () => {
    // fakeBrowser's tabs.query needs a focused window it does not set up: answer for it.
    const activeTab = async () => [{ id: 3 }];
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(activeTab as unknown as typeof fakeBrowser.tabs.query);
    render(<App />, root);
    await flush();
    // The welcome sits above the report, which is there already.
    expect(root.querySelector('[data-testid=first-run]')).not.toBeNull();
    expect(root.querySelector('[data-testid=outlet-name]')?.textContent).toBe('CNN');
    act(() => (root.querySelector('[data-testid=first-run-start]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-testid=first-run]')).toBeNull();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(askedFor).toEqual([3]);
    expect((await getSettings()).firstRunDone).toBe(true);
  });

  it('reports on the tab named by ?tabId=N, with a banner and a main landmark', async () => {
    await updateSettings({ firstRunDone: true });
    history.replaceState(null, '', '/popup.html?tabId=7');
    render(<App />, root);
    expect(root.querySelector('[data-testid=skeleton]')).not.toBeNull();
    await flush();
    expect(askedFor).toEqual([7]);
    expect(root.querySelector('header h1')?.textContent).toBe('Parallax');
    expect(root.querySelector('main [data-testid=report-state]')?.getAttribute('data-state')).toBe('ok');
  });

  it('shows the outlet card before the coverage, then the coverage in its place', async () => {
    await updateSettings({ firstRunDone: true });
    history.replaceState(null, '', '/popup.html?tabId=7');
    let answerFull: (() => void) | null = null;
    holdFull = (answer) => {
      answerFull = answer;
    };
    render(<App />, root);
    await flush();
    expect(root.querySelector('[data-testid=outlet-name]')?.textContent).toBe('CNN');
    expect(root.querySelector('[data-testid=coverage]')?.getAttribute('data-status')).toBe('pending');
    answerFull!();
    await flush();
    expect(root.querySelector('[data-testid=coverage]')?.getAttribute('data-status')).toBe('loading');
    expect(root.querySelector('[data-testid=outlet-name]')?.textContent).toBe('CNN');
  });
});
