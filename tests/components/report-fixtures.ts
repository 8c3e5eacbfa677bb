import type { CoverageArticle, FramingReport, OutletSummary, Side } from '../../utils/framing/report';
import type { OutletCard } from '../../utils/messages';
import type { BiasLabel } from '../../utils/sources/schema';

export const NOW = new Date('2026-01-02T12:00:00Z');

export const cnnCard: OutletCard = {
  id: 'cnn',
  name: 'CNN',
  domain: 'cnn.com',
  kind: 'broadcaster',
  bias: {
    label: 'lean-left',
    score: -0.4,
    provenance: {
      layer: 'bundled',
      dataset: 'bundled',
      basis: {
        raters: ['allsides', 'mbfc'],
        asOf: '2025-06',
        note: 'AllSides: lean-left; MBFC: left-center',
      },
    },
  },
  factuality: {
    label: 'mostly-factual',
    provenance: { layer: 'reader', dataset: 'overrides', basis: { raters: ['reader'], asOf: '2026-01' } },
  },
  owner: {
    name: 'Warner Bros. Discovery',
    type: 'corporate',
    provenance: { layer: 'imported', dataset: 'my-ratings.csv', basis: null },
  },
  country: 'US',
};

function outlet(id: string, name: string, bias: BiasLabel, country: string): OutletSummary {
  return {
    id,
    name,
    domain: `${id}.com`,
    bias,
    biasScore: null,
    factuality: 'high',
    country,
    ownerType: 'corporate',
  };
}

function article(
  id: string,
  title: string,
  source: OutletSummary | null,
  side: Side | null,
  extra: Partial<CoverageArticle> = {},
): CoverageArticle {
  return {
    id,
    title,
    url: `https://www.${source?.domain ?? 'unknown.example'}/${id}`,
    published: '2026-01-02T09:00:00Z',
    summary: null,
    outlet: source,
    side,
    score: 0.8,
    wireCopyOf: null,
    ...extra,
  };
}

const guardian = outlet('guardian', 'The Guardian', 'lean-left', 'GB');
const reuters = outlet('reuters', 'Reuters', 'center', 'GB');
const apnews = outlet('apnews', 'AP News', 'center', 'US');
const fox = outlet('foxnews', 'Fox News', 'right', 'US');

const share = (count: number, total: number) => ({ count, total, share: count / total });

export const readyReport: FramingReport = {
  article: {
    url: 'https://edition.cnn.com/x',
    title: 'Senate passes budget after marathon session',
    outlet: null,
  },
  counts: { articles: 5, outlets: 4, wireCopies: 1 },
  coverage: {
    left: [article('g1', 'Budget deal squeezes the poor, critics say', guardian, 'left')],
    center: [
      article('r1', 'U.S. Senate approves $1.2 trillion budget', reuters, 'center'),
      article('a1', 'Senate approves budget', apnews, 'center', { wireCopyOf: 'r1' }),
    ],
    right: [
      article('f1', 'Senate rams through bloated spending bill', fox, 'right', {
        url: 'javascript:alert(document.cookie)',
      }),
    ],
  },
  unrated: [
    article('u1', 'Budget vote tonight', null, null, { url: 'data:text/html,<script>alert(1)</script>' }),
  ],
  distribution: {
    bySide: { left: share(1, 4), center: share(2, 4), right: share(1, 4) },
    byLabel: { 'lean-left': share(1, 4), center: share(2, 4), right: share(1, 4) },
  },
  blindspot: { side: 'right', status: 'blindspot', reason: '1 of 4 rated outlets is on the right' },
  factualityMix: { high: share(4, 4) },
  ownershipMix: { corporate: share(4, 4) },
  countryMix: { US: share(2, 4), GB: share(2, 4) },
  firstReported: { articleId: 'r1', outletName: 'Reuters', published: '2026-01-02T09:00:00Z' },
  framingTerms: {
    left: [{ term: 'poor', z: 2.4, count: 3 }],
    right: [{ term: 'bloated', z: 2.1, count: 2 }],
  },
  headlineOnlyTerms: ['marathon'],
  omittedFacts: [{ fact: '$1.2 trillion', reportedBy: 3 }],
  summary: [
    { text: 'The Senate approved the budget 51–49.', articleId: 'r1', outletName: 'Reuters', side: 'center' },
  ],
  similarStories: [
    {
      title: 'House to vote on budget next week',
      url: 'https://www.reuters.com/h',
      sharedEntities: ['Senate'],
    },
    { title: 'Hostile link', url: 'file:///etc/passwd', sharedEntities: [] },
  ],
};
