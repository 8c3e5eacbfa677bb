import { browser } from 'wxt/browser';

/** Every message name of the English file, which is complete: other locales fall back to it. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** A localised string; substitutions fill the message's placeholders in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  // An empty answer means a missing message: show the key rather than nothing, so it gets noticed.
  return getMessage(key, substitutions.map(String)) || key;
}

/**
 * The message for a value of a label set (`lean-left` → `lean_lean_left`): message names allow
 * only letters, digits and underscores.
 */
export function labelKey<P extends string>(prefix: P, value: string): MessageKey {
  return `${prefix}_${value.replace(/-/g, '_')}` as MessageKey;
}
