/**
 * The outlets Parallax uses are three layers merged per field: the bundled dataset, then the
 * reader's imported datasets (in the order given), then the reader's own overrides. Every field
 * keeps where its value came from, so the popup can say whose rating it shows.
 *
 * Fields merge whole: `bias` is one field (label, score, country and basis together), because a
 * reader's label next to a bundled score and basis would be a rating nobody made.
 *
 * Overrides are stored on their own, keyed by outlet id, and applied last, so updating the bundled
 * dataset or re-importing a file never overwrites them. Pure functions on plain data.
 */
import { type Dataset, OUTLET_FIELDS, type Outlet, type OutletField } from './schema';
import {
  type Issue,
  isOutletId,
  type OutletPatch,
  validateOutlet,
  validateOutletPatch,
} from './validate-dataset';

export type Provenance = 'bundled' | `import:${string}` | 'reader';

export interface Sourced<T> {
  value: T;
  from: Provenance;
}

export type OutletFields = { [K in OutletField]-?: Sourced<Outlet[K]> };

export interface LayeredOutlet {
  /** The merged outlet, ready for lookup. */
  outlet: Outlet;
  /** Each field's value and the layer it came from. */
  fields: OutletFields;
}

/** The reader's overrides: partial outlets keyed by outlet id (a complete one adds an outlet). */
export type OutletOverrides = Record<string, OutletPatch>;

export interface LayerConflict {
  /** The outlet (or override key) that could not take the entry. */
  id: string;
  /** A domain or host/path already claimed by another outlet. */
  entry: string;
  ownedBy: string;
  from: Provenance;
}

export interface LayeredDataset {
  outlets: LayeredOutlet[];
  /** Override keys that match no outlet and are not complete outlets themselves: kept in storage, unused. */
  unusedOverrides: { id: string; issues: Issue[] }[];
  conflicts: LayerConflict[];
}

export interface Layers {
  bundled: Dataset;
  imports?: Dataset[];
  overrides?: OutletOverrides;
}

// Identity lists an import adds to rather than replaces: a ratings file knowing `cnn.com` must not
// take `edition.cnn.com` away from CNN.
const UNION_FIELDS: ReadonlySet<OutletField> = new Set(['domains', 'paths', 'aliases']);

class Merger {
  readonly byId = new Map<string, OutletFields>();
  // Domain or host/path → id of the outlet that claims it.
  readonly owners = new Map<string, string>();
  readonly conflicts: LayerConflict[] = [];

  add(outlet: Outlet, from: Provenance): void {
    const fields = {} as Record<OutletField, Sourced<unknown>>;
    // Optional lists (paths, aliases) are absent or a list; present as a list from here on.
    for (const field of OUTLET_FIELDS)
      fields[field] = { value: outlet[field] === undefined ? [] : outlet[field], from };
    const entry = fields as OutletFields;
    this.byId.set(outlet.id, entry);
    entry.domains.value = this.claim(outlet.id, outlet.domains, from);
    entry.paths.value = this.claim(outlet.id, outlet.paths ?? [], from);
  }

  /** The existing outlet an incoming one is: same id, else the owner of one of its domains or paths. */
  find(outlet: Outlet): string | undefined {
    if (this.byId.has(outlet.id)) return outlet.id;
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) {
      const owner = this.owners.get(entry);
      if (owner) return owner;
    }
    return undefined;
  }

  merge(
    id: string,
    patch: OutletPatch,
    fields: readonly OutletField[],
    from: Provenance,
    union: boolean,
  ): void {
    const target = this.byId.get(id);
    if (!target) return;
    for (const field of fields) {
      const value = patch[field];
      if (value === undefined) continue;
      if (field === 'domains' || field === 'paths') {
        const current = target[field].value as string[];
        const incoming = value as string[];
        if (!union) for (const entry of current) if (!incoming.includes(entry)) this.owners.delete(entry);
        const claimed = this.claim(id, incoming, from);
        const next = union ? [...new Set([...current, ...claimed])] : claimed;
        if (next.length !== current.length || next.some((entry, i) => entry !== current[i])) {
          target[field] = { value: next, from };
        }
      } else if (union && UNION_FIELDS.has(field)) {
        const current = target[field].value as string[];
        const next = [...new Set([...current, ...(value as string[])])];
        if (next.length !== current.length) target[field] = { value: next, from } as never;
      } else {
        target[field] = { value, from } as never;
      }
    }
  }

  /** Takes the entries no other outlet owns; reports the rest. */
  private claim(id: string, entries: string[], from: Provenance): string[] {
    return entries.filter((entry) => {
      const owner = this.owners.get(entry);
      if (owner && owner !== id) {
        this.conflicts.push({ id, entry, ownedBy: owner, from });
        return false;
      }
      this.owners.set(entry, id);
      return true;
    });
  }
}

function toOutlet(id: string, fields: OutletFields): Outlet {
  const outlet = { id } as Record<string, unknown>;
  for (const field of OUTLET_FIELDS) outlet[field] = fields[field].value;
  return outlet as unknown as Outlet;
}

/** Merges the layers into the outlets Parallax uses, each field with its provenance. */
export function layerDatasets({ bundled, imports = [], overrides = {} }: Layers): LayeredDataset {
  const merger = new Merger();
  for (const outlet of bundled.outlets) merger.add(outlet, 'bundled');
  for (const dataset of imports) {
    const from: Provenance = `import:${dataset.name}`;
    for (const outlet of dataset.outlets) {
      const id = merger.find(outlet);
      if (id) merger.merge(id, outlet, outlet.provided ?? OUTLET_FIELDS, from, true);
      else merger.add(outlet, from);
    }
  }
  const unusedOverrides: LayeredDataset['unusedOverrides'] = [];
  for (const [id, patch] of Object.entries(overrides)) {
    if (merger.byId.has(id)) {
      merger.merge(id, patch, OUTLET_FIELDS, 'reader', false);
      continue;
    }
    const { outlet, issues } = validateOutlet({ id, ...patch });
    if (outlet) merger.add(outlet, 'reader');
    else unusedOverrides.push({ id, issues });
  }
  const outlets = [...merger.byId].map(([id, fields]) => ({ outlet: toOutlet(id, fields), fields }));
  return { outlets, unusedOverrides, conflicts: merger.conflicts };
}

/** Sets some fields of the reader's override of one outlet (a new object; the input is untouched). */
export function setOverride(overrides: OutletOverrides, id: string, patch: OutletPatch): OutletOverrides {
  return { ...overrides, [id]: { ...overrides[id], ...patch } };
}

/** Removes the reader's override of one field of an outlet, or of the whole outlet. */
export function clearOverride(overrides: OutletOverrides, id: string, field?: OutletField): OutletOverrides {
  const { [id]: current, ...rest } = overrides;
  if (!current || !field) return rest;
  const { [field]: _removed, ...kept } = current;
  return Object.keys(kept).length ? { ...rest, [id]: kept } : rest;
}

/** Validates overrides read back from storage; a bad entry is dropped and reported, the rest kept. */
export function validateOverrides(value: unknown): { overrides: OutletOverrides; issues: Issue[] } {
  const issues: Issue[] = [];
  const overrides: OutletOverrides = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path: '', message: 'overrides must be an object keyed by outlet id', severity: 'error' });
    return { overrides, issues };
  }
  for (const [id, entry] of Object.entries(value)) {
    if (!isOutletId(id)) {
      issues.push({ path: id, message: 'is not an outlet id (a lowercase slug)', severity: 'error' });
      continue;
    }
    const { patch, issues: entryIssues } = validateOutletPatch(entry, id);
    issues.push(...entryIssues);
    if (patch) overrides[id] = patch;
  }
  return { overrides, issues };
}
