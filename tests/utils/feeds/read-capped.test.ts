import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import { readCapped } from '../../../utils/feeds/read-capped';

/** A streamed answer of `chunks` bytes each, that records whether the reader cancelled it. */
function streamed(chunks: number[], headers: Record<string, string> = {}) {
  const state = { cancelled: false, pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[state.pulled++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), state };
}

async function refusal(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

describe('readCapped', () => {
  it('returns the whole body when it fits', async () => {
    const { response } = streamed([1000, 1000, 48]);
    const bytes = await readCapped(response, 2048, 'feed');
    expect(bytes.byteLength).toBe(2048);
    expect(new TextDecoder().decode(bytes.slice(0, 3))).toBe('aaa');
  });

  it('cancels a body that grows past the cap, naming what was too large', async () => {
    const { response, state } = streamed([1024, 1024, 1024, 1024]);
    const error = await refusal(readCapped(response, 2048, 'GDELT answer'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('GDELT answer is larger than 2 KB');
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(4);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { response, state } = streamed([10], { 'content-length': '5000' });
    const error = await refusal(readCapped(response, 2048, 'feed'));
    expect(error.message).toBe('feed is larger than 2 KB');
    expect(state.cancelled).toBe(true);
  });

  it('reads an answer that has no body stream', async () => {
    const bytes = await readCapped(new Response(null), 2048, 'feed');
    expect(bytes.byteLength).toBe(0);
  });
});
