/**
 * The framing report the popup shows, from the reader's article, its outlet and the story's
 * matches. Pure: the caller supplies outlets (`outletOf`) and the time.
 */
import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';
import { queryFromArticle } from '../matching/query';
import type { StoryMatch } from '../matching/story-index';
import { blindspotOf } from './blindspot';
import { distributionOf, mixesOf } from './distribution';
import { headlineOnlyTerms, omittedFacts } from './facts';
import { framingTermsOf } from './log-odds';
import type { CoverageArticle, FramingReport, OutletSummary, Side } from './report';
import { mainNames, similarStories } from './similar-stories';
import { distinctOutlets, matchReport, readerReport, type StoryReport } from './story-reports';
import { storySummary } from './summary';

export interface AnalyzeStoryInput {
  article: ExtractedArticle;
  outlet: OutletSummary | null;
  matches: StoryMatch[];
  outletOf: (item: CoverageItem) => OutletSummary | null;
  /** Items that may be other stories on the same names (e.g. `index.nearby(query, 50)`). */
  similar?: CoverageItem[];
  /** Dates in the future of this are not trusted for "reported first". */
  now?: Date;
}

function coverageArticle(report: StoryReport, match: StoryMatch): CoverageArticle {
  return {
    id: report.id,
    title: report.title,
    url: report.url,
    published: report.published,
    summary: match.item.summary ?? null,
    outlet: report.outlet,
    side: report.side,
    score: match.score,
    wireCopyOf: report.wireCopyOf,
  };
}

/** The earliest dated report (ties: the reader's, then by order); future dates are clock errors. */
function firstReportedOf(reports: StoryReport[], now: Date | undefined): FramingReport['firstReported'] {
  let first: { report: StoryReport; time: number } | null = null;
  for (const report of reports) {
    const time = Date.parse(report.published ?? '');
    if (!Number.isFinite(time) || (now && time > now.getTime())) continue;
    if (!first || time < first.time) first = { report, time };
  }
  return first
    ? { articleId: first.report.id, outletName: first.report.outletName, published: first.report.published! }
    : null;
}

export function analyzeStory(input: AnalyzeStoryInput): FramingReport {
  const { article, outlet, matches, outletOf, now } = input;
  const readerId = queryFromArticle(article).id;
  const reader = readerReport(article, outlet, readerId);
  const others = matches.map((match) => matchReport(match, outletOf(match.item)));
  const reports = [reader, ...others];
  // Copies of the reader's own wire story repeat it: they are not other reports of the story.
  const independent = reports.filter((report) => report.wireCopyOf === null);
  const outlets = distinctOutlets(reports);

  const coverage: Record<Side, CoverageArticle[]> = { left: [], center: [], right: [] };
  const unrated: CoverageArticle[] = [];
  others.forEach((report, i) => {
    const entry = coverageArticle(report, matches[i]!);
    if (report.side) coverage[report.side].push(entry);
    else unrated.push(entry);
  });

  const distribution = distributionOf(outlets);
  const otherTexts = independent.filter((report) => !report.isReader);
  const names = mainNames(independent);
  const storyIds = new Set([readerId, ...matches.map((match) => match.id)]);

  return {
    article: { url: article.url, title: article.title, outlet },
    counts: {
      articles: independent.length,
      outlets: outlets.length,
      wireCopies: reports.length - independent.length,
    },
    coverage,
    unrated,
    distribution,
    blindspot: blindspotOf(distribution.bySide),
    ...mixesOf(outlets),
    firstReported: firstReportedOf(independent, now),
    framingTerms: framingTermsOf(
      independent
        .filter((report): report is StoryReport & { side: Side } => report.side !== null)
        .map((report) => ({ side: report.side, text: `${report.title}\n${report.body}` })),
    ),
    headlineOnlyTerms: headlineOnlyTerms(article.title ?? '', otherTexts),
    omittedFacts: omittedFacts(reader, distinctOutlets(otherTexts)),
    summary: storySummary(
      independent.map((report) => ({
        articleId: report.id,
        outletName: report.outletName,
        side: report.side,
        title: report.title,
        body: report.body,
      })),
    ),
    similarStories: similarStories(names, input.similar ?? [], storyIds),
  };
}
