import { describe, expect, it } from 'vitest';
import {
  contentWords,
  entities,
  fold,
  numbers,
  sentences,
  stem,
  tokenize,
} from '../../../utils/matching/text';

describe('tokenize', () => {
  it('folds case and accents, drops stopwords and possessives, and stems plurals and verb endings', () => {
    expect(tokenize("The Café's owners slammed Kerry’s votes").map((token) => token.term)).toEqual([
      'cafe',
      'owner',
      'slam',
      'kerry',
      'vote',
    ]);
  });

  it('marks names inside sentences but not a Title Case headline’s capitals', () => {
    const sentence = tokenize('Officials said Michael Steele spoke in Connecticut.');
    expect(sentence.filter((token) => token.entity).map((token) => token.term)).toEqual([
      'michael',
      'steele',
      'connecticut',
    ]);
    const headline = tokenize('Senators Keep Pressure On Steele Over Comments', { headline: true });
    expect(headline.some((token) => token.entity)).toBe(false);
  });

  it('reads numbers in one canonical form', () => {
    expect(
      tokenize('30,000 troops and 2.5 percent')
        .filter((token) => token.number)
        .map((token) => token.term),
    ).toEqual(['30000', '2.5']);
  });

  it('keeps the words of any script', () => {
    expect(tokenize('Москва и Пекин').map((token) => token.term)).toEqual(['москва', 'пекин']);
  });
});

describe('helpers', () => {
  it('stems conservatively', () => {
    expect(['stopped', 'killed', 'policies', 'bus', 'crisis', 'taxes', 'running'].map(stem)).toEqual([
      'stop',
      'kill',
      'policy',
      'bus',
      'crisis',
      'tax',
      'run',
    ]);
  });

  it('folds compatibility forms', () => {
    expect(fold('Ｅｌｉｓｅ')).toBe('elise');
  });

  it('finds names as written, without sentence-start words or lone honorifics', () => {
    expect(
      entities(
        'The Republican National Committee chairman, Michael Steele, met Mr. Kristol of the Weekly Standard.',
      ),
    ).toEqual(['Republican National Committee', 'Michael Steele', 'Kristol', 'Weekly Standard']);
    expect(entities('Senators Keep Pressure On Steele Over NATO Comments', { headline: true })).toEqual([
      'NATO',
    ]);
  });

  it('lists numbers but not bare digits', () => {
    expect(numbers('In 2010, 3 of 30,000 troops left.')).toEqual(['2010', '30000']);
  });

  it('splits sentences without breaking at Mr. or U.S.', () => {
    expect(sentences('Mr. Steele spoke in the U.S. Senate. He left. “Why?” she asked.')).toEqual([
      'Mr. Steele spoke in the U.S. Senate.',
      'He left.',
      '“Why?” she asked.',
    ]);
  });

  it('gives content words unstemmed', () => {
    expect(contentWords('The senators were voting on 3 bills')).toEqual(['senators', 'voting', 'bills']);
  });
});
