import type { BiasLabel } from '../sources/schema';

/** What the toolbar shows for one tab. Empty text hides the badge. */
export interface BadgeStyle {
  text: string;
  /** Background colour; text is white on each of these (contrast ≥ 4.5:1). */
  color: string;
}

/**
 * The badge for an outlet's lean: a short label the reader learns once (L, LL, C, LR, R) and the
 * conventional blue-to-red scale, darkened so white text stays legible. `?` marks an outlet we
 * know but whose lean is mixed or unrated; an unknown site gets no badge at all, since most pages
 * a reader visits are not news.
 */
const STYLES: Record<BiasLabel, BadgeStyle> = {
  left: { text: 'L', color: '#1e40af' },
  'lean-left': { text: 'LL', color: '#2563eb' },
  center: { text: 'C', color: '#6b21a8' },
  'lean-right': { text: 'LR', color: '#dc2626' },
  right: { text: 'R', color: '#991b1b' },
  mixed: { text: '?', color: '#4b5563' },
  unrated: { text: '?', color: '#4b5563' },
};

export const NO_BADGE: BadgeStyle = { text: '', color: '#4b5563' };

export function badgeForLean(label: BiasLabel | null): BadgeStyle {
  return label ? STYLES[label] : NO_BADGE;
}
