import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../utils/article';
import type { CoverageItem } from '../../../utils/coverage/item';
import { analyzeStory } from '../../../utils/framing/analyze-story';
import type { OutletSummary } from '../../../utils/framing/report';
import type { StoryMatch } from '../../../utils/matching/story-index';
import { outlet } from '../../fixtures/matching/outlets';
import { storyItem } from '../../fixtures/matching/story';

const article: ExtractedArticle = {
  url: 'https://www.washingtonpost.com/local/riverside-bridge-vote/',
  title: 'Council rams through Riverside bridge in 7-4 vote',
  byline: null,
  siteName: 'The Washington Post',
  publishedTime: '2026-03-10T22:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'The Springfield City Council voted 7-4 on Tuesday night to approve the Riverside bridge despite protests from residents.',
  canonicalUrl: null,
  publisher: null,
  isArticle: true,
};

const OUTLETS: Record<string, OutletSummary> = {
  'ap-bridge': outlet('ap', 'center', { ownerType: 'nonprofit', factuality: 'very-high' }),
  'copy-1': outlet('usnews', 'center'),
  'copy-2': outlet('startribune', 'lean-left'),
  'left-1': outlet('huffpost', 'left', { factuality: 'mixed' }),
  'right-1': outlet('fox', 'right', { factuality: 'mixed', ownerType: 'family' }),
  'center-1': outlet('reuters', 'center', { country: 'GB' }),
};
const outletOf = (item: CoverageItem) => OUTLETS[item.id] ?? null;
const reader = outlet('wapo', 'lean-left', { ownerType: 'billionaire' });

function matchesOf(ids: string[], copies: Record<string, string> = {}): StoryMatch[] {
  return ids.map((id, i) => ({
    id,
    score: 0.9 - i * 0.05,
    item: storyItem(id),
    wireCopyOf: copies[id] ?? null,
  }));
}

const matches = matchesOf(['ap-bridge', 'copy-1', 'copy-2', 'left-1', 'right-1', 'center-1', 'undated'], {
  'copy-1': 'ap-bridge',
  'copy-2': 'ap-bridge',
});
const report = analyzeStory({
  article,
  outlet: reader,
  matches,
  outletOf,
  now: new Date('2026-03-12T00:00:00Z'),
});

describe('analyzeStory', () => {
  it('counts articles and outlets with wire copies once', () => {
    // The reader's article, AP, HuffPost, Fox, Reuters and the undated explainer; two AP copies.
    expect(report.counts).toEqual({ articles: 6, outlets: 6, wireCopies: 2 });
  });

  it('groups the coverage by side, wire copies included and marked, unknown outlets apart', () => {
    expect(report.coverage.left.map((a) => a.id)).toEqual(['copy-2', 'left-1']);
    expect(report.coverage.center.map((a) => a.id)).toEqual(['ap-bridge', 'copy-1', 'center-1']);
    expect(report.coverage.right.map((a) => a.id)).toEqual(['right-1']);
    expect(report.unrated.map((a) => a.id)).toEqual(['undated']);
    expect(report.coverage.center[1]).toMatchObject({ wireCopyOf: 'ap-bridge', side: 'center' });
  });

  it('gives every share of the distribution with the counts behind it', () => {
    // Rated outlets: WaPo (lean-left), AP, HuffPost (left), Fox (right), Reuters.
    expect(report.distribution.bySide).toEqual({
      left: { count: 2, total: 5, share: 0.4 },
      center: { count: 2, total: 5, share: 0.4 },
      right: { count: 1, total: 5, share: 0.2 },
    });
    expect(report.distribution.byLabel['lean-left']).toEqual({ count: 1, total: 5, share: 0.2 });
    expect(report.distribution.byLabel['lean-right']).toEqual({ count: 0, total: 5, share: 0 });
  });

  it('reports the mixes over all outlets, unknown ones as unknown', () => {
    expect(report.factualityMix).toEqual({
      high: { count: 2, total: 6, share: 2 / 6 },
      'very-high': { count: 1, total: 6, share: 1 / 6 },
      mixed: { count: 2, total: 6, share: 2 / 6 },
      unknown: { count: 1, total: 6, share: 1 / 6 },
    });
    expect(report.ownershipMix.family).toEqual({ count: 1, total: 6, share: 1 / 6 });
    expect(report.countryMix.GB).toEqual({ count: 1, total: 6, share: 1 / 6 });
  });

  it('says when there is too little rated coverage for a blindspot', () => {
    expect(report.blindspot.status).toBe('insufficient');
  });

  it('names who reported first', () => {
    expect(report.firstReported).toEqual({
      articleId: 'center-1',
      outletName: 'REUTERS',
      published: '2026-03-10T17:45:00Z',
    });
  });

  it('does not trust a date in the future for who reported first', () => {
    const future = matchesOf(['left-1']);
    future[0]!.item = { ...future[0]!.item, published: '2027-01-01T00:00:00Z' };
    const result = analyzeStory({
      article: { ...article, publishedTime: null },
      outlet: reader,
      matches: future,
      outletOf,
      now: new Date('2026-03-12T00:00:00Z'),
    });
    expect(result.firstReported).toBeNull();
  });

  it('finds the headline words nobody else used and the facts the article left out', () => {
    expect(report.headlineOnlyTerms).toEqual(['rams']);
    expect(report.omittedFacts.map((fact) => fact.fact)).toContain('Mayor Dana Whitfield');
    expect(report.omittedFacts.map((fact) => fact.fact)).not.toContain('Springfield');
  });

  it('summarises the story in attributed sentences from more than one side', () => {
    expect(report.summary.length).toBeGreaterThanOrEqual(3);
    expect(report.summary.length).toBeLessThanOrEqual(5);
    expect(new Set(report.summary.map((bullet) => bullet.side).filter(Boolean)).size).toBeGreaterThan(1);
    for (const bullet of report.summary) expect(bullet.outletName).not.toBeNull();
    expect(report.summary.map((bullet) => bullet.articleId)).not.toContain('copy-1');
  });

  it('offers other stories on the same names as similar topics', () => {
    const similar = analyzeStory({
      article,
      outlet: reader,
      matches,
      outletOf,
      similar: [storyItem('same-issue'), storyItem('other-story'), storyItem('left-1')],
    }).similarStories;
    expect(similar.map((story) => story.title)).toEqual([
      'Springfield council delays Riverside bridge budget hearing',
    ]);
    expect(similar[0]!.sharedEntities.length).toBeGreaterThan(0);
  });

  it('works with no matches and no outlet', () => {
    const alone = analyzeStory({ article, outlet: null, matches: [], outletOf });
    expect(alone.counts).toEqual({ articles: 1, outlets: 1, wireCopies: 0 });
    expect(alone.blindspot.status).toBe('insufficient');
    expect(alone.framingTerms).toEqual({});
    expect(alone.headlineOnlyTerms).toEqual([]);
    expect(alone.omittedFacts).toEqual([]);
  });
});
