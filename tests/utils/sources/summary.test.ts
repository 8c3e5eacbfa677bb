import { describe, expect, it } from 'vitest';
import { sideOf, toOutletSummary } from '../../../utils/sources/summary';
import { fixtureOutlets } from './fixture-outlets';

describe('sideOf', () => {
  it.each([
    ['left', 'left'],
    ['lean-left', 'left'],
    ['center', 'center'],
    ['lean-right', 'right'],
    ['right', 'right'],
    ['mixed', null],
    ['unrated', null],
  ] as const)('%s → %s', (label, side) => expect(sideOf(label)).toBe(side));
});

describe('toOutletSummary', () => {
  it('carries what the report shows, with the matched domain', () => {
    const cnn = fixtureOutlets()[0]!;
    expect(toOutletSummary(cnn, 'edition.cnn.com')).toEqual({
      id: 'cnn',
      name: 'CNN',
      domain: 'edition.cnn.com',
      bias: 'lean-left',
      biasScore: -0.4,
      factuality: 'mostly-factual',
      country: 'US',
      ownerType: 'corporate',
    });
  });

  it('shows an unknown country as null, not as the placeholder', () => {
    expect(toOutletSummary({ ...fixtureOutlets()[0]!, country: 'ZZ' }, 'cnn.com').country).toBeNull();
  });
});
