import { describe, expect, it } from 'vitest';
import { unsupportedReason } from '../../../utils/background/page-support';

describe('unsupportedReason', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    [undefined, 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://www.example.org/report.PDF', 'pdf'],
    ['file:///home/me/article.html', 'file'],
    ['view-source:https://www.cnn.com/', 'view-source'],
    ['data:text/html,<p>hi', 'other'],
    ['ftp://example.org/x', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, reason) => {
    expect(unsupportedReason(url)).toBe(reason);
  });

  it.each([
    'https://www.cnn.com/2026/01/01/politics/x/index.html',
    'http://localhost:8080/a',
    'https://chrome.google.com/search',
  ])('%s is readable', (url) => {
    expect(unsupportedReason(url)).toBeNull();
  });
});
