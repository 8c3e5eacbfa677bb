import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../utils/matching/cluster';
import { BRIDGE_VOTE_IDS, storyWithBackground } from '../../fixtures/matching/story';

describe('clusterStories', () => {
  const stories = clusterStories(storyWithBackground());

  it('puts every report of one story under one name', () => {
    expect(new Set(BRIDGE_VOTE_IDS.map((id) => stories.get(id))).size).toBe(1);
  });

  it('keeps other stories apart', () => {
    const bridge = stories.get('ap-bridge');
    for (const id of ['same-issue', 'other-story', 'french']) expect(stories.get(id)).not.toBe(bridge);
  });

  it('names a story after its first item', () => {
    expect(stories.get('copy-2')).toBe('story:ap-bridge');
  });
});
