import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, parseHash } from '../../../entrypoints/options/App';
import { installEnglishMessages } from '../i18n-stub';
import { fakeSend } from './fake-send';

describe('options page routes', () => {
  it('opens the section the hash names, with the popup’s domain search', () => {
    expect(parseHash('#sources?domain=edition.cnn.com')).toEqual({
      tab: 'sources',
      domain: 'edition.cnn.com',
    });
    expect(parseHash('#feeds')).toEqual({ tab: 'feeds', domain: '' });
    expect(parseHash('')).toEqual({ tab: 'sources', domain: '' });
    expect(parseHash('#nonsense')).toEqual({ tab: 'sources', domain: '' });
  });
});

describe('options page', () => {
  it('opens the section of a hash set while it was loading, before it listened for changes', async () => {
    fakeBrowser.reset();
    installEnglishMessages();
    history.replaceState(null, '', '#');
    const root = document.createElement('div');
    document.body.append(root);
    const { send } = fakeSend({ 'sources:list': () => ({ outlets: [], total: 0 }) });
    render(<App send={send} locale="en" />, root);
    // The hash changes before the page's effects run: no hashchange event reaches the page.
    history.replaceState(null, '', '#settings');
    await act(async () => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    });
    // The settings route: its sections are shown (the storage one at once), the sources' are not.
    const headings = [...root.querySelectorAll('section h2')].map((heading) => heading.textContent);
    expect(headings).toContain('Storage on this device');
    expect(headings).not.toContain('Sources');
    render(null, root);
    history.replaceState(null, '', '#');
  });
});
