/**
 * Syndicated copies: one AP, Reuters or AFP story run by many outlets. They are one report, not
 * many viewpoints, so the framing counts each wire story once. A copy is near-identical in
 * headline and summary, or carries a wire marker and a close headline.
 */
import type { CoverageItem } from '../coverage/item';
import type { StoryMatch } from './story-index';
import { tokenize } from './text';

/** Agency credits as outlets print them: "(AP) —", "WASHINGTON (Reuters) -", "©AFP", bylines. */
const WIRE_MARKER =
  /\((?:AP|Reuters|AFP|dpa|UPI|Bloomberg)\)|\b(?:Associated Press|Reuters|Agence France[- ]Presse|AFP)\b/u;
const WIRE_SOURCE =
  /(?:^|\.)(?:apnews\.com|ap\.org|reuters\.com|afp\.com)$|^(?:ap|associated press|reuters|afp)$/i;

/** Share of shared words above which two items are one text. */
const COPY_SIMILARITY = 0.8;
/** With a wire marker on both, a close headline is enough. */
const MARKED_HEADLINE_SIMILARITY = 0.6;

/** What the copy rule reads of an item: worth keeping for an item compared again and again. */
export interface WireShape {
  item: CoverageItem;
  words: Set<string>;
  headline: Set<string>;
  marked: boolean;
  fromWire: boolean;
}

export function wireShape(item: CoverageItem): WireShape {
  const lead = item.summary ?? item.text?.slice(0, 600) ?? '';
  const source = (item.source ?? '')
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return {
    item,
    words: new Set(tokenize(`${item.title}\n${lead}`).map((token) => token.term)),
    headline: new Set(tokenize(item.title).map((token) => token.term)),
    marked:
      WIRE_MARKER.test(`${item.title}\n${lead}\n${item.text?.slice(-400) ?? ''}`) || WIRE_SOURCE.test(source),
    fromWire: WIRE_SOURCE.test(source) || WIRE_SOURCE.test(hostOf(item.url)),
  };
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export function isWireCopy(a: CoverageItem, b: CoverageItem): boolean {
  return sameWireStory(wireShape(a), wireShape(b));
}

export function sameWireStory(a: WireShape, b: WireShape): boolean {
  if (jaccard(a.words, b.words) >= COPY_SIMILARITY) return true;
  return a.marked && b.marked && jaccard(a.headline, b.headline) >= MARKED_HEADLINE_SIMILARITY;
}

/**
 * Groups matches that are copies of one wire story and marks all but one with `wireCopyOf`: the
 * original is the agency's own item if present, else the earliest published, else the best match.
 * A match that copies the query itself points at the query.
 */
export function markWireCopies(query: CoverageItem, matches: StoryMatch[]): StoryMatch[] {
  if (matches.length === 0) return matches;
  const queryShape = wireShape(query);
  const shapes = matches.map((match) => wireShape(match.item));
  const parent = shapes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < shapes.length; i++)
    for (let j = i + 1; j < shapes.length; j++)
      if (sameWireStory(shapes[i]!, shapes[j]!)) parent[find(j)] = find(i);

  const groups = new Map<number, number[]>();
  shapes.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const copyOf = new Array<string | null>(matches.length).fill(null);
  for (const members of groups.values()) {
    if (members.some((i) => sameWireStory(queryShape, shapes[i]!))) {
      for (const i of members) copyOf[i] = query.id;
      continue;
    }
    if (members.length < 2) continue;
    const original = [...members].sort((a, b) => originalFirst(shapes[a]!, shapes[b]!) || a - b)[0]!;
    for (const i of members) if (i !== original) copyOf[i] = matches[original]!.id;
  }
  return matches.map((match, i) => ({ ...match, wireCopyOf: copyOf[i]! }));
}

function originalFirst(a: WireShape, b: WireShape): number {
  if (a.fromWire !== b.fromWire) return a.fromWire ? -1 : 1;
  const at = Date.parse(a.item.published ?? '');
  const bt = Date.parse(b.item.published ?? '');
  if (Number.isFinite(at) && Number.isFinite(bt) && at !== bt) return at - bt;
  return 0;
}
