import { describe, expect, it } from 'vitest';
import { outletOfItem } from '../../../utils/sources/item-outlet';
import { createOutletLookup } from '../../../utils/sources/lookup';
import { fixtureOutlets } from './fixture-outlets';

const lookup = createOutletLookup(fixtureOutlets());

describe('outletOfItem', () => {
  it('finds the outlet by the article URL before its source (a feed can carry other outlets)', () => {
    const outlet = outletOfItem(lookup, { url: 'https://edition.cnn.com/2026/story', source: 'fox-news' });
    expect(outlet?.id).toBe('cnn');
    expect(outlet?.domain).toBe('edition.cnn.com');
  });

  it('falls back to the source, given as an outlet id or a name, with its first domain', () => {
    expect(outletOfItem(lookup, { source: 'bbc-news' })?.domain).toBe('bbc.co.uk');
    expect(outletOfItem(lookup, { url: 'not a url', source: 'The New York Times' })?.id).toBe('nytimes');
  });

  it('is null when neither the URL nor the source is known', () => {
    expect(outletOfItem(lookup, { url: 'https://unknown.example/a', source: 'nobody' })).toBeNull();
    expect(outletOfItem(lookup, {})).toBeNull();
  });
});
