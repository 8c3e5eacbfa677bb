import { render } from 'preact';
import { beforeEach, expect, it, vi } from 'vitest';
import { FirstRun } from '../../components/FirstRun';
import { installEnglishMessages } from './i18n-stub';

beforeEach(() => installEnglishMessages());

it('explains what Parallax does and needs, and goes away on a click', () => {
  const root = document.createElement('div');
  const onStart = vi.fn();
  render(<FirstRun onStart={onStart} />, root);
  expect(root.querySelector('h2')?.textContent).toBe('Welcome to Parallax');
  expect(root.textContent).toContain('nothing about what you read is sent anywhere');
  expect(root.textContent).toContain('It needs to read the pages you visit');
  (root.querySelector('[data-testid=first-run-start]') as HTMLButtonElement).click();
  expect(onStart).toHaveBeenCalledOnce();
});
