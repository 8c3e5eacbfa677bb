/**
 * Gzip bytes that reached us undecoded (a `.gz` file served without `Content-Encoding`, or a
 * feed read from disk). Browsers decode `Content-Encoding: gzip` themselves. The output is capped
 * like any feed, so a small "gzip bomb" cannot expand into gigabytes.
 */
import { FeedError } from './feed-error';
import { FEED_LIMITS } from './parse';
import { readStreamCapped } from './read-capped';

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzipIfCompressed(
  bytes: Uint8Array,
  maxBytes: number = FEED_LIMITS.maxBytes,
): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return await readStreamCapped(
      stream,
      maxBytes,
      () =>
        new FeedError('too-large', `feed is larger than ${Math.round(maxBytes / 1024)} KB once decompressed`),
    );
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('malformed', 'feed is gzip-compressed but the compressed data is corrupt');
  }
}
