import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter } from '../../../utils/background/message-router';

const ID = 'parallax-id';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const tab = { id: ID, url: 'https://www.cnn.com/a', tab: { id: 9 }, frameId: 0 };
const hints = {
  url: 'https://www.cnn.com/a',
  canonicalUrl: null,
  siteName: null,
  publisher: null,
  isArticle: true,
};

function router() {
  const handlers = {
    report: vi.fn(async (tabId: number) => ({ kind: 'error' as const, message: `tab ${tabId}` })),
    refresh: vi.fn(async () => ({ ok: true as const })),
    hints: vi.fn(async () => undefined),
  };
  return { handlers, route: createMessageRouter(handlers, ID, ORIGIN) };
}

describe('message router', () => {
  it('answers the popup’s report request', async () => {
    const { route } = router();
    expect(await route({ type: 'report:get', payload: { tabId: 4 } }, popup)).toEqual({
      kind: 'error',
      message: 'tab 4',
    });
  });

  it('passes on whether the popup asked for the outlet only', async () => {
    const { route, handlers } = router();
    await route({ type: 'report:get', payload: { tabId: 4, outletOnly: true } }, popup);
    await route({ type: 'report:get', payload: { tabId: 5 } }, popup);
    expect(handlers.report.mock.calls).toEqual([
      [4, { outletOnly: true }],
      [5, { outletOnly: undefined }],
    ]);
  });

  it('hands a content script’s hints to the badge under its own tab', async () => {
    const { route, handlers } = router();
    expect(await route({ type: 'page:hints', payload: { hints } }, tab)).toEqual({ ok: true });
    expect(handlers.hints).toHaveBeenCalledWith(9, hints);
  });

  it('does not answer foreign senders, bad payloads, or requests from the wrong context', () => {
    const { route, handlers } = router();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(route({ type: 'report:get', payload: { tabId: 4 } }, { ...popup, id: 'evil' })).toBeUndefined();
    expect(route({ type: 'report:get', payload: { tabId: 'all' } }, popup)).toBeUndefined();
    expect(route({ type: 'report:get', payload: { tabId: 4 } }, tab)).toBeUndefined();
    expect(route({ type: 'coverage:refresh', payload: {} }, tab)).toBeUndefined();
    expect(handlers.report).not.toHaveBeenCalled();
    expect(handlers.refresh).not.toHaveBeenCalled();
  });

  it('turns a failing report into an error state the popup can show', async () => {
    const { route, handlers } = router();
    handlers.report.mockRejectedValueOnce(new Error('database closed'));
    expect(await route({ type: 'report:get', payload: { tabId: 1 } }, popup)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('database closed'),
    });
  });
});
