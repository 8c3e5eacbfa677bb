import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../utils/ui/safe-url';

describe('safeHref', () => {
  it.each(['https://www.reuters.com/world/x', 'http://example.org/a?b=c#d'])('keeps %s', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings',
    'vbscript:msgbox',
    '//evil.example/x',
    '/relative',
    '',
    null,
    undefined,
  ])('refuses %s', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});
