/**
 * Reading an answer with a size cap: past the cap the stream is cancelled, not downloaded, so a
 * 50 MB answer (or a small gzip bomb) costs no more than the cap. Feeds, GDELT and gunzip share it.
 */
import { FeedError } from './feed-error';

export function concatBytes(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The stream's bytes; past `maxBytes` the stream is cancelled and `tooLarge()` thrown. */
export async function readStreamCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

/**
 * The body of `response`, read no further than `maxBytes`; a larger one (declared or read) throws a
 * `too-large` FeedError that names it as `what` ("feed", "GDELT answer").
 */
export async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new FeedError('too-large', `${what} is larger than ${Math.round(maxBytes / 1024)} KB`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return readStreamCapped(response.body, maxBytes, tooLarge);
}
