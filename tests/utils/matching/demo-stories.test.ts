/**
 * The demo newsroom's three stories (scripts/demo/stories.ts) through the matcher as the extension
 * meets them: every article is a feed item (headline and lede), and the reader opens each article
 * in turn (full text). Each must find every other report of its story, from every side, and
 * nothing of the other two stories: hiding one side's coverage is the failure Parallax exists to
 * prevent.
 */
import { describe, expect, it } from 'vitest';
import {
  articleParagraphs,
  articleUrl,
  type DemoArticle,
  type DemoStory,
  demoStories,
  publishedAt,
} from '../../../scripts/demo/stories';
import type { CoverageItem } from '../../../utils/coverage/item';
import { createStoryIndex } from '../../../utils/matching/story-index';
import { backgroundItems } from '../../fixtures/matching/background';

const NOW = new Date('2026-05-14T12:00:00Z');
const ORIGIN = 'https://demo.test';

function feedItem(story: DemoStory, article: DemoArticle): CoverageItem {
  return {
    id: articleUrl(ORIGIN, article),
    url: articleUrl(ORIGIN, article),
    title: article.headline,
    summary: article.lede,
    published: publishedAt(story, article, NOW).toISOString(),
    source: article.host,
  };
}

function pageQuery(story: DemoStory, article: DemoArticle): CoverageItem {
  const { summary: _feedOnly, ...page } = feedItem(story, article);
  return { ...page, text: articleParagraphs(story, article).join('\n\n') };
}

const feed = demoStories.flatMap((story) => story.articles.map((article) => feedItem(story, article)));

describe.each([
  ['only the demo feeds', feed],
  ['the demo feeds among 300 unrelated items', [...feed, ...backgroundItems(300)]],
])('related() on the demo stories, with %s indexed', (_, items) => {
  const index = createStoryIndex();
  index.add(items);
  for (const story of demoStories) {
    for (const article of story.articles) {
      it(`${story.id}: ${article.host} finds the rest of its story and nothing else`, () => {
        const expected = story.articles
          .filter((other) => other !== article)
          .map((other) => articleUrl(ORIGIN, other))
          .sort();
        const found = index
          .related(pageQuery(story, article))
          .map((match) => match.id)
          .sort();
        expect(found).toEqual(expected);
      });
    }
  }
});
