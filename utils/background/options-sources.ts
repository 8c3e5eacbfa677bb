/**
 * The options page's Sources: search and filter the merged outlets, and the reader's own ratings
 * (set some fields, reset them, add an outlet no dataset has). Overrides go to the DB `overrides`
 * store, which layering applies last, so they win over every dataset and survive dataset updates.
 */
import { deleteOverride, getOverride, type ParallaxDb, saveOverride } from '../db';
import type { Outcome, SourcePage, SourceQuery, SourceRow } from '../messages';
import { clearOverride, type LayeredOutlet } from '../sources/layers';
import type { Outlet, OutletField } from '../sources/schema';
import { formatIssue, type Issue, validateOutlet, validateOutletPatch } from '../sources/validate-dataset';
import { type RatingLayers, toSourceRow } from './options-layers';

export interface SourcesDeps {
  db: () => Promise<ParallaxDb>;
  layers: () => Promise<RatingLayers>;
  /** Called after the reader's ratings changed: the background reloads its outlets. */
  changed: () => Promise<void>;
}

function errorsOf(issues: Issue[]): string {
  return issues
    .filter((issue) => issue.severity === 'error')
    .map(formatIssue)
    .join('; ');
}

function matchesText(outlet: Outlet, needle: string): boolean {
  if (!needle) return true;
  const haystack = [
    outlet.id,
    outlet.name,
    ...(outlet.aliases ?? []),
    ...outlet.domains,
    ...(outlet.paths ?? []),
  ];
  return haystack.some((entry) => entry.toLowerCase().includes(needle));
}

/** One page of the outlets matching a query, sorted by name. */
export function querySources(layers: RatingLayers, query: SourceQuery): SourcePage {
  const needle = query.text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');
  const matching = layers.sorted.filter(
    ({ outlet }: LayeredOutlet) =>
      (query.lean === null || outlet.bias.label === query.lean) &&
      (query.country === null || outlet.country === query.country) &&
      (query.kind === null || outlet.kind === query.kind) &&
      matchesText(outlet, needle),
  );
  const countries = [...new Set(layers.sorted.map(({ outlet }) => outlet.country))].sort();
  return {
    total: matching.length,
    rows: matching
      .slice(query.offset, query.offset + query.limit)
      .map((entry) => toSourceRow(entry, layers.overrides)),
    countries,
  };
}

async function rowAfterChange(deps: SourcesDeps, id: string): Promise<Outcome<{ row: SourceRow }>> {
  await deps.changed();
  const layers = await deps.layers();
  const entry = layers.byId.get(id);
  if (!entry) return { ok: false, reason: `outlet "${id}" is not in the merged ratings` };
  return { ok: true, row: toSourceRow(entry, layers.overrides) };
}

/** Sets some fields of the reader's rating of an existing outlet, keeping their other overridden fields. */
export async function overrideSource(
  deps: SourcesDeps,
  id: string,
  patch: unknown,
): Promise<Outcome<{ row: SourceRow }>> {
  const checked = validateOutletPatch(patch);
  if (!checked.patch) return { ok: false, reason: errorsOf(checked.issues) };
  const [db, layers] = await Promise.all([deps.db(), deps.layers()]);
  if (!layers.byId.has(id)) return { ok: false, reason: `no outlet has the id "${id}"` };
  const { id: _id, ...stored } = (await getOverride(db, id)) ?? { id };
  const merged = validateOutletPatch({ ...stored, ...checked.patch });
  if (!merged.patch) return { ok: false, reason: errorsOf(merged.issues) };
  await saveOverride(db, { ...merged.patch, id });
  return rowAfterChange(deps, id);
}

/**
 * Drops the reader's override of one field (or all of them): the datasets' value shows again. For
 * an outlet the reader added, dropping all of them removes it.
 */
export async function resetSource(
  deps: SourcesDeps,
  id: string,
  field: OutletField | null,
): Promise<Outcome> {
  const [db, layers] = await Promise.all([deps.db(), deps.layers()]);
  const stored = await getOverride(db, id);
  if (!stored) return { ok: false, reason: `you have no rating of your own for "${id}"` };
  // An outlet the reader added has no dataset value to go back to: it is removed whole or not at all.
  if (field !== null && layers.byId.get(id)?.fields.name.from === 'reader') {
    return { ok: false, reason: `"${id}" is an outlet you added: remove it whole, or change the field` };
  }
  const { id: _id, ...patch } = stored;
  const kept = clearOverride({ [id]: patch }, id, field ?? undefined)[id];
  if (kept) await saveOverride(db, { ...kept, id });
  else await deleteOverride(db, id);
  await deps.changed();
  return { ok: true };
}

/** Adds an outlet of the reader's own: a complete override with an id and domains nobody else has. */
export async function addSource(deps: SourcesDeps, candidate: unknown): Promise<Outcome<{ row: SourceRow }>> {
  const { outlet, issues } = validateOutlet(candidate);
  if (!outlet) return { ok: false, reason: errorsOf(issues) };
  const [db, layers] = await Promise.all([deps.db(), deps.layers()]);
  if (layers.byId.has(outlet.id))
    return { ok: false, reason: `an outlet with the id "${outlet.id}" exists already` };
  for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) {
    const owner = layers.sorted.find(({ outlet: other }) =>
      [...other.domains, ...(other.paths ?? [])].includes(entry),
    );
    if (owner)
      return {
        ok: false,
        reason: `${entry} belongs to ${owner.outlet.name} already: edit that outlet instead`,
      };
  }
  await saveOverride(db, outlet);
  return rowAfterChange(deps, outlet.id);
}
