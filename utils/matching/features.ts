/**
 * An item as the matcher sees it: weighted terms from its headline, lead and body, with names and
 * numbers weighted up, plus its day and language.
 */
import type { CoverageItem } from '../coverage/item';
import type { MatchingParams } from './params';
import { scanTokens } from './text';

/** Terms with their weights. The `head` part (headline and lead) sets the scale a score is read on. */
export interface ItemFeatures {
  /** Term → weight from headline and lead: what a feed item also has. */
  head: Map<string, number>;
  /** Term → weight from the rest of the body (empty for feed items). */
  body: Map<string, number>;
  /** Days since 1970-01-01 (UTC), or null when undated or unparseable. */
  day: number | null;
  /** Primary language subtag, lowercase, or null. */
  lang: string | null;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(published: string | undefined | null): number | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isFinite(time) ? Math.floor(time / MS_PER_DAY) : null;
}

export function primaryLanguage(lang: string | undefined | null): string | null {
  const primary = lang?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The body's first words serve as a lead when a page has no summary. */
function splitLead(text: string, words: number): [lead: string, rest: string] {
  const pattern = new RegExp(`^(?:\\S+\\s+){0,${Math.max(0, words - 1)}}\\S+`, 'u');
  const lead = pattern.exec(text)?.[0] ?? '';
  return [lead, text.slice(lead.length)];
}

function addTokens(
  into: Map<string, number>,
  text: string,
  weight: number,
  params: MatchingParams,
  headline = false,
): void {
  scanTokens(text, { headline }, (term, entity, number) => {
    const boost = number ? params.numberBoost : entity ? params.entityBoost : 1;
    into.set(term, (into.get(term) ?? 0) + weight * boost);
  });
}

/** Sublinear: a word said five times is not five times the evidence. */
function saturate(weights: Map<string, number>): Map<string, number> {
  for (const [term, weight] of weights) weights.set(term, Math.log1p(weight));
  return weights;
}

export function itemFeatures(item: CoverageItem, params: MatchingParams): ItemFeatures {
  const head = new Map<string, number>();
  const body = new Map<string, number>();
  addTokens(head, item.title ?? '', params.titleWeight, params, true);
  const text = item.text?.trim() ?? '';
  if (item.summary?.trim()) {
    addTokens(head, item.summary, params.leadWeight, params);
    if (text) addTokens(body, text, params.bodyWeight, params);
  } else if (text) {
    const [lead, rest] = splitLead(text, params.leadWords);
    addTokens(head, lead, params.leadWeight, params);
    addTokens(body, rest, params.bodyWeight, params);
  }
  return {
    head: saturate(head),
    body: saturate(body),
    day: dayOf(item.published),
    lang: primaryLanguage(item.lang),
  };
}
