/**
 * Gzip bytes that reached us undecoded (a `.gz` file served without `Content-Encoding`, or a
 * feed read from disk). Browsers decode `Content-Encoding: gzip` themselves. The output is capped
 * like any feed, so a small "gzip bomb" cannot expand into gigabytes.
 */
import { FeedError } from './feed-error';
import { FEED_LIMITS } from './parse';

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzipIfCompressed(
  bytes: Uint8Array,
  maxBytes: number = FEED_LIMITS.maxBytes,
): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new FeedError(
          'too-large',
          `feed is larger than ${Math.round(maxBytes / 1024)} KB once decompressed`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('malformed', 'feed is gzip-compressed but the compressed data is corrupt');
  }
  return concatBytes(chunks, size);
}

export function concatBytes(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
