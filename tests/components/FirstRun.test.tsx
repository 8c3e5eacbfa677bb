import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SITES, FirstRun, HostAccessPrompt } from '../../components/FirstRun';
import { installEnglishMessages } from './i18n-stub';

/** The browser's answer to "may Parallax reach every site?": Chrome grants it at install, Firefox may not. */
function hostAccess(granted: boolean, grantOnRequest = true) {
  const contains = vi.fn(async () => granted);
  const request = vi.fn(async () => grantOnRequest);
  fakeBrowser.permissions.contains = contains as unknown as typeof fakeBrowser.permissions.contains;
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  return { contains, request };
}

/** Effects run after paint, and the browser answers asynchronously: wait for the permission check. */
const checked = (contains: { mock: { results: unknown[] } }) =>
  vi
    .waitFor(() => expect(contains.mock.results.length).toBeGreaterThan(0))
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => installEnglishMessages());

it('explains what Parallax does and needs, and goes away on a click', async () => {
  const { contains } = hostAccess(true);
  const root = document.createElement('div');
  const onStart = vi.fn();
  render(<FirstRun onStart={onStart} />, root);
  await checked(contains);
  expect(root.querySelector('h2')?.textContent).toBe('Welcome to Parallax');
  expect(root.textContent).toContain('nothing about what you read is sent anywhere');
  expect(root.textContent).toContain('It needs to read the pages you visit');
  (root.querySelector('[data-testid=first-run-start]') as HTMLButtonElement).click();
  expect(onStart).toHaveBeenCalledOnce();
});

describe('access to the feeds’ sites', () => {
  it('asks nothing where the browser granted it at install (Chrome)', async () => {
    const { contains, request } = hostAccess(true);
    const root = document.createElement('div');
    render(<FirstRun onStart={() => undefined} />, root);
    await checked(contains);
    expect(contains).toHaveBeenCalledWith(ALL_SITES);
    expect(root.querySelector('[data-testid=host-access]')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('where it is withheld (Firefox), explains why and asks from the click itself', async () => {
    const { contains, request } = hostAccess(false);
    const onGranted = vi.fn();
    const root = document.createElement('div');
    render(<FirstRun onStart={() => undefined} onGranted={onGranted} />, root);
    await checked(contains);
    expect(root.querySelector('[data-testid=host-access]')?.textContent).toContain('downloads news feeds');
    (root.querySelector('[data-testid=host-access-grant]') as HTMLButtonElement).click();
    // Synchronously in the click handler: the browser asks only during a user gesture.
    expect(request).toHaveBeenCalledWith(ALL_SITES);
    await vi.waitFor(() => expect(root.querySelector('[data-testid=host-access]')).toBeNull());
    expect(onGranted).toHaveBeenCalledOnce();
  });

  it('keeps the button when the reader declines', async () => {
    const { contains, request } = hostAccess(false, false);
    const onGranted = vi.fn();
    const root = document.createElement('div');
    render(<HostAccessPrompt onGranted={onGranted} />, root);
    await checked(contains);
    (root.querySelector('[data-testid=host-access-grant]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(request.mock.results.length).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onGranted).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid=host-access-grant]')).not.toBeNull();
  });
});
