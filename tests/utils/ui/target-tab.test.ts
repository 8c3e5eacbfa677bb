import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from '../../../utils/ui/target-tab';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
  });

  it.each(['', '?tabId=', '?tabId=-1', '?tabId=1e3', '?tabId=abc', '?tabId=99999999999'])(
    'means the active tab for %j',
    (search) => {
      expect(tabIdFromSearch(search)).toBeNull();
    },
  );
});
