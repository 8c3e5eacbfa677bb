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

  it('keeps letters beyond the 16-bit range and combining accents inside a word', () => {
    expect(tokenize('𝐁𝐫𝐢𝐝𝐠𝐞 vote; Cafe\u0301 owners 🏳️ rally').map((token) => token.term)).toEqual([
      'bridge',
      'vote',
      'cafe',
      'owner',
      'rally',
    ]);
  });

  it('keeps inner apostrophes, dots and commas in a word, not trailing ones', () => {
    // "U.S" folds to "us", a stopword.
    expect(tokenize("U.S. officials' O’Neill: 30,000, then 2.5.").map((token) => token.term)).toEqual([
      'official',
      'oneill',
      '30000',
      '2.5',
    ]);
  });

  it('reads a capitalised word after "Mr." as a name, after a full stop as a sentence start', () => {
    const names = (text: string) =>
      tokenize(text)
        .filter((token) => token.entity)
        .map((token) => token.term);
    expect(names('He met Mr. Steele today.')).toEqual(['mr', 'steele']);
    expect(names('He met them. Steele left.')).toEqual([]);
  });

  it('reads a word the same wherever it is met, however many words came before', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => `word${i.toString(36)}x`);
    const once = tokenize(many.join(' ')).map((token) => token.term);
    const again = tokenize([...many].reverse().join(' ')).map((token) => token.term);
    expect(again).toEqual([...once].reverse());
    expect(once.slice(0, 2)).toEqual(['word0x', 'word1x']);
  });
});

describe('helpers', () => {
  it('tells apart long words that differ only in their last letters', () => {
    const words = ['internationalisation', 'internationalisatiom', 'internationalisatio', 'internationali'];
    const terms = tokenize(`${words.join(' ')} ${words.join(' ')}`).map((token) => token.term);
    expect(terms).toEqual([...words, ...words]);
  });

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
