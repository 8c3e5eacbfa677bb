import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter } from '../../../utils/background/message-router';
import { validateBackgroundMessage } from '../../../utils/messages';

const ID = 'parallax-id';
const ORIGIN = `chrome-extension://${ID}/`;
const optionsPage = { id: ID, url: `${ORIGIN}options.html#sources` };
const contentScript = { id: ID, url: 'https://www.cnn.com/a', tab: { id: 9 }, frameId: 0 };

function router() {
  const options = vi.fn(async () => ({ ok: true }));
  const handlers = {
    report: vi.fn(),
    refresh: vi.fn(),
    hints: vi.fn(),
    options,
  };
  return { options, route: createMessageRouter(handlers, ID, ORIGIN) };
}

describe('options protocol', () => {
  it('hands the options page’s requests to the options handler', async () => {
    const { route, options } = router();
    const message = { type: 'feeds:add', payload: { url: 'https://www.cnn.com:8443/feed.xml' } };
    expect(await route(message, optionsPage)).toEqual({ ok: true });
    expect(options).toHaveBeenCalledWith({
      type: 'feeds:add',
      payload: { url: 'https://www.cnn.com:8443/feed.xml', outletId: null },
    });
  });

  it('refuses them from content scripts, and refuses bad payloads', () => {
    const { route, options } = router();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(route({ type: 'storage:clear', payload: { part: 'history' } }, contentScript)).toBeUndefined();
    expect(route({ type: 'storage:clear', payload: { part: 'everything' } }, optionsPage)).toBeUndefined();
    expect(
      route({ type: 'feeds:add', payload: { url: 'javascript:alert(1)' } }, optionsPage),
    ).toBeUndefined();
    expect(options).not.toHaveBeenCalled();
  });

  it.each([
    [
      {
        type: 'sources:query',
        payload: { text: '', lean: 'far-left', country: null, kind: null, offset: 0, limit: 10 },
      },
      'lean',
    ],
    [
      {
        type: 'sources:query',
        payload: { text: '', lean: null, country: 'gb', kind: null, offset: 0, limit: 10 },
      },
      'country',
    ],
    [
      {
        type: 'sources:query',
        payload: { text: '', lean: null, country: null, kind: null, offset: 0, limit: 5000 },
      },
      'limit',
    ],
    [{ type: 'sources:override', payload: { id: 'CNN!', patch: {} } }, 'id'],
    [{ type: 'sources:override', payload: { id: 'cnn', patch: [] } }, 'patch'],
    [{ type: 'sources:reset', payload: { id: 'cnn', field: 'password' } }, 'field'],
    [{ type: 'imports:apply', payload: { format: 'xlsx', name: 'a', text: '' } }, 'format'],
    [{ type: 'imports:preview', payload: { format: 'csv', name: ' ', text: '' } }, 'name'],
    [{ type: 'ratings:export', payload: { scope: 'all', format: 'csv' } }, 'scope'],
    [{ type: 'feeds:set-enabled', payload: { url: 'https://a.example/rss', enabled: 'yes' } }, 'enabled'],
    [{ type: 'history:list', payload: { all: true } }, '{}'],
  ])('refuses %j, naming the bad field', (message, field) => {
    const checked = validateBackgroundMessage(message);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain(field);
  });

  it('trims dataset names and accepts an absent outletId', () => {
    expect(
      validateBackgroundMessage({
        type: 'imports:apply',
        payload: { format: 'csv', name: ' a.csv ', text: 'x' },
      }),
    ).toEqual({
      ok: true,
      value: { type: 'imports:apply', payload: { format: 'csv', name: 'a.csv', text: 'x' } },
    });
  });
});
