import type { BackgroundProtocol, BackgroundResponse, BackgroundType } from '../../utils/messages';

/** How the options page asks the background: `sendMessage` in the extension, a fake in tests. */
export type Send = <K extends BackgroundType>(
  type: K,
  payload: BackgroundProtocol[K]['payload'],
) => Promise<BackgroundResponse<K>>;

/** An error's message for the reader, never a stack. */
export function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? '';
}
