import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../entrypoints/options/App';

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
