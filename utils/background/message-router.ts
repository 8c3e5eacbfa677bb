import type { OptionsMessage, PageHints, RefreshResponse, ReportState, SenderInfo } from '../messages';
import { acceptBackgroundMessage } from '../messages';

export interface BackgroundHandlers {
  report(tabId: number, options: { outletOnly?: boolean }): Promise<ReportState>;
  refresh(): Promise<RefreshResponse>;
  /** Hints from the content script of `tabId` (the sender's own tab). */
  hints(tabId: number, hints: PageHints): Promise<void>;
  /** The options page's requests (utils/background/options-handler.ts). */
  options?(request: OptionsMessage): Promise<unknown>;
}

/**
 * The background's one `runtime.onMessage` listener. A message that fails the sender or payload
 * check gets no answer at all (undefined leaves it to other listeners, of which there are none):
 * a foreign sender learns nothing, and a bug in our own pages shows up as a warning here.
 */
export function createMessageRouter(
  handlers: BackgroundHandlers,
  runtimeId: string,
  extensionOrigin: string,
) {
  return (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    const accepted = acceptBackgroundMessage(message, sender, runtimeId, extensionOrigin);
    if (!accepted.ok) {
      console.warn(`Parallax: message refused: ${accepted.reason}`);
      return undefined;
    }
    const { message: request, sender: from } = accepted.value;
    switch (request.type) {
      case 'report:get':
        return handlers
          .report(request.payload.tabId, { outletOnly: request.payload.outletOnly })
          .catch((error: unknown): ReportState => ({ kind: 'error', message: String(error).slice(0, 300) }));
      case 'coverage:refresh':
        return handlers.refresh();
      case 'page:hints':
        // acceptBackgroundMessage only lets content scripts send hints, so `from` has a tab.
        if (from.kind !== 'content-script') return undefined;
        return handlers.hints(from.tabId, request.payload.hints).then(() => ({ ok: true }));
      default:
        return handlers.options?.(request);
    }
  };
}
