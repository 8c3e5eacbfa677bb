import type { OutletCard, PageHints } from '../messages';
import { type BadgeStyle, badgeForLean, NO_BADGE } from './badge-style';
import type { OutletClue } from './outlet-directory';
import { unsupportedReason } from './page-support';

/** The slice of `browser.action` the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface TabBadgesDeps {
  action: BadgeAction;
  /** The outlet of a page, from its URL and, once the content script reports them, its hints. */
  findOutlet(clue: OutletClue): Promise<OutletCard | null>;
  /** The badge setting, read each time (the reader may turn it off while tabs are open). */
  badgeEnabled(): Promise<boolean>;
  /** The tooltip for an outlet ("CNN: lean-left"), or the default one; localised by the caller. */
  titleFor(outlet: OutletCard | null): string;
}

interface TabState {
  url: string;
  hints: PageHints | null;
  /** Bumped on every change, so a slow lookup for an older page never overwrites a newer badge. */
  generation: number;
}

/**
 * Keeps each tab's toolbar badge showing the lean of the outlet it is on. Fed by tab events
 * (navigation, back/forward, a prerendered page swapped in, a tab first seen after the worker
 * restarted) and by the content script's page hints, which can name a canonical URL or publisher
 * the address bar does not.
 */
export class TabBadges {
  private readonly tabs = new Map<number, TabState>();

  constructor(private readonly deps: TabBadgesDeps) {}

  /** The tab now shows `url` (a navigation, a history step, a restored or swapped-in page). */
  async navigated(tabId: number, url: string): Promise<void> {
    const previous = this.tabs.get(tabId);
    if (previous?.url === url) return this.apply(tabId, { ...previous, generation: previous.generation + 1 });
    // Hints read on this very URL stay valid (a bfcache restore resends them anyway).
    const hints = previous?.hints?.url === url ? previous.hints : null;
    return this.apply(tabId, { url, hints, generation: (previous?.generation ?? 0) + 1 });
  }

  /** The content script of `tabId` read these hints on its page. */
  async hinted(tabId: number, hints: PageHints): Promise<void> {
    const previous = this.tabs.get(tabId);
    // Hints from a page the tab has already left are stale; the tab's URL is the truth.
    if (previous && previous.url !== hints.url) return;
    return this.apply(tabId, { url: hints.url, hints, generation: (previous?.generation ?? 0) + 1 });
  }

  /** A prerendered or restored tab replaced `removedTabId`. */
  async replaced(addedTabId: number, removedTabId: number, url: string | undefined): Promise<void> {
    this.tabs.delete(removedTabId);
    if (url) await this.navigated(addedTabId, url);
  }

  /** Whether the controller has seen this tab since the worker started. */
  knows(tabId: number): boolean {
    return this.tabs.has(tabId);
  }

  closed(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Recomputes every known tab (the badge setting or the ratings changed). */
  async refreshAll(): Promise<void> {
    await Promise.all(
      [...this.tabs].map(([tabId, state]) =>
        this.apply(tabId, { ...state, generation: state.generation + 1 }),
      ),
    );
  }

  private async apply(tabId: number, state: TabState): Promise<void> {
    this.tabs.set(tabId, state);
    let style: BadgeStyle = NO_BADGE;
    let outlet: OutletCard | null = null;
    if ((await this.deps.badgeEnabled()) && unsupportedReason(state.url) === null) {
      outlet = await this.deps.findOutlet({
        url: state.url,
        canonicalUrl: state.hints?.canonicalUrl ?? null,
        publisher: state.hints?.publisher ?? null,
      });
      if (outlet) style = badgeForLean(outlet.bias.label);
    }
    if (this.tabs.get(tabId)?.generation !== state.generation) return;
    try {
      await this.deps.action.setBadgeText({ tabId, text: style.text });
      await this.deps.action.setBadgeBackgroundColor({ tabId, color: style.color });
      await this.deps.action.setTitle({ tabId, title: this.deps.titleFor(outlet) });
    } catch {
      // The tab closed while we looked the outlet up: nothing left to label.
    }
  }
}
