/**
 * Shares with the counts behind them: by side, by the five-step lean, and the factuality,
 * ownership and country mixes. Each outlet counts once (see distinctOutlets).
 */
import type { BiasLabel } from '../sources/schema';
import type { FramingReport, Share, Side } from './report';
import type { StoryReport } from './story-reports';

export const SIDES: readonly Side[] = ['left', 'center', 'right'];
const FIVE_STEPS: readonly BiasLabel[] = ['left', 'lean-left', 'center', 'lean-right', 'right'];

export function share(count: number, total: number): Share {
  return { count, total, share: total ? count / total : 0 };
}

/** Shares of each key among the outlets; keys in first-seen order, `unknown` for a missing value. */
function mix<K extends string>(
  outlets: StoryReport[],
  keyOf: (outlet: StoryReport) => K | null,
): Partial<Record<K | 'unknown', Share>> {
  const counts = new Map<K | 'unknown', number>();
  for (const outlet of outlets) {
    const key = keyOf(outlet) ?? 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: Partial<Record<K | 'unknown', Share>> = {};
  for (const [key, count] of counts) out[key] = share(count, outlets.length);
  return out;
}

export function distributionOf(outlets: StoryReport[]): FramingReport['distribution'] {
  const rated = outlets.filter((outlet) => outlet.side !== null);
  const bySide = Object.fromEntries(
    SIDES.map((side) => [side, share(rated.filter((outlet) => outlet.side === side).length, rated.length)]),
  ) as Record<Side, Share>;
  const stepped = outlets.filter((outlet) => outlet.outlet && FIVE_STEPS.includes(outlet.outlet.bias));
  const byLabel: Partial<Record<BiasLabel, Share>> = {};
  for (const label of FIVE_STEPS) {
    const count = stepped.filter((outlet) => outlet.outlet!.bias === label).length;
    byLabel[label] = share(count, stepped.length);
  }
  return { bySide, byLabel };
}

export function mixesOf(
  outlets: StoryReport[],
): Pick<FramingReport, 'factualityMix' | 'ownershipMix' | 'countryMix'> {
  return {
    factualityMix: mix(outlets, (outlet) => outlet.outlet?.factuality ?? null),
    ownershipMix: mix(outlets, (outlet) => outlet.outlet?.ownerType ?? null),
    countryMix: mix(outlets, (outlet) => outlet.outlet?.country ?? null) as Record<string, Share>,
  };
}
