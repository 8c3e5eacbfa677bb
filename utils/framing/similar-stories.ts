/**
 * "Similar topics": other stories in the cache that share this story's main people, places and
 * organisations. The main names are those most reports of the story mention; a candidate shares
 * a name when its headline or summary mentions the name's last word.
 */
import type { CoverageItem } from '../coverage/item';
import { entities, fold, tokenize } from '../matching/text';
import { isWireCopy } from '../matching/wire';
import type { FramingReport } from './report';

const MAIN_NAMES = 6;
const MAX_STORIES = 5;

function lastWordStem(name: string): string {
  const words = tokenize(name);
  return words.at(-1)?.term ?? fold(name);
}

/** The names most reports mention, most mentioned first, as most often written. */
export function mainNames(reports: { title: string; body: string }[]): string[] {
  const byKey = new Map<string, { reports: number; forms: Map<string, number> }>();
  for (const { title, body } of reports) {
    const seen = new Set<string>();
    for (const name of [...entities(title, { headline: true }), ...entities(body)]) {
      const key = lastWordStem(name);
      const entry = byKey.get(key) ?? { reports: 0, forms: new Map() };
      entry.forms.set(name, (entry.forms.get(name) ?? 0) + 1);
      if (!seen.has(key)) entry.reports++;
      seen.add(key);
      byKey.set(key, entry);
    }
  }
  const minReports = reports.length > 1 ? 2 : 1;
  return [...byKey.values()]
    .filter((entry) => entry.reports >= minReports)
    .sort((a, b) => b.reports - a.reports)
    .slice(0, MAIN_NAMES)
    .map((entry) => [...entry.forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0]);
}

export function similarStories(
  names: string[],
  candidates: CoverageItem[],
  storyIds: Set<string>,
): FramingReport['similarStories'] {
  const keys = names.map((name) => [name, lastWordStem(name)] as const);
  const needed = Math.min(2, keys.length);
  const picked: { item: CoverageItem; shared: string[] }[] = [];
  for (const item of candidates) {
    if (storyIds.has(item.id)) continue;
    const terms = new Set(tokenize(`${item.title}\n${item.summary ?? ''}`).map((token) => token.term));
    const shared = keys.filter(([, key]) => terms.has(key)).map(([name]) => name);
    if (shared.length === 0 || shared.length < needed) continue;
    if (picked.some((other) => isWireCopy(other.item, item))) continue;
    picked.push({ item, shared });
  }
  return picked
    .sort((a, b) => b.shared.length - a.shared.length)
    .slice(0, MAX_STORIES)
    .map(({ item, shared }) => ({ title: item.title, url: item.url ?? null, sharedEntities: shared }));
}
