import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * fakeBrowser does not implement `i18n.getMessage`: this one reads the English message file the
 * way the browser does (named placeholders → `$1`… → substitutions), so tests see the real text.
 */
export const missingMessages = new Set<string>();

export function installEnglishMessages(): void {
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const entry = (messages as Record<string, Entry>)[name];
    if (!entry) {
      missingMessages.add(name);
      return '';
    }
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
