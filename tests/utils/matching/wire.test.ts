import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { isWireCopy, markWireCopies } from '../../../utils/matching/wire';
import { storyItem } from '../../fixtures/matching/story';

const match = (item: CoverageItem) => ({ id: item.id, score: 0.5, item, wireCopyOf: null });

describe('wire copies', () => {
  it('recognises a near-identical headline and summary as one story', () => {
    expect(isWireCopy(storyItem('ap-bridge'), storyItem('copy-2'))).toBe(true);
    expect(isWireCopy(storyItem('ap-bridge'), storyItem('center-1'))).toBe(false);
  });

  it('recognises marked copies whose headline an outlet edited', () => {
    const edited = {
      ...storyItem('copy-1'),
      title: 'Springfield approves $42 million Riverside bridge after a heated vote',
      summary: 'SPRINGFIELD (AP) — A divided council approved the bridge on Tuesday.',
    };
    expect(isWireCopy(storyItem('ap-bridge'), edited)).toBe(true);
  });

  it('points copies at the agency’s own item, else the earliest', () => {
    const marked = markWireCopies({ id: 'q', title: 'Bridge vote' }, [
      match(storyItem('copy-1')),
      match(storyItem('ap-bridge')),
      match(storyItem('left-1')),
    ]);
    expect(marked.map((m) => m.wireCopyOf)).toEqual(['ap-bridge', null, null]);
    const noAgency = markWireCopies({ id: 'q', title: 'Bridge vote' }, [
      match(storyItem('copy-2')),
      match(storyItem('copy-1')),
    ]);
    expect(noAgency.map((m) => m.wireCopyOf)).toEqual(['copy-1', null]);
  });

  it('marks copies of the reader’s own wire story as copies of the query', () => {
    const query = { ...storyItem('ap-bridge'), id: 'reader' };
    expect(markWireCopies(query, [match(storyItem('copy-1'))])[0]!.wireCopyOf).toBe('reader');
  });
});
