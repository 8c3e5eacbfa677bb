/** Why a feed could not be read at all (as opposed to single items dropped with a counted reason). */
export type FeedErrorCode =
  | 'too-large'
  | 'not-a-feed'
  | 'malformed'
  | 'entities-refused'
  | 'http'
  | 'timeout'
  | 'network';

export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
