/**
 * Validation of untrusted source-bias data (the bundled files, imported datasets, stored reader
 * overrides) into typed `Outlet`s. Every problem is reported with the path of the field
 * (`outlets[12].bias.score`) and what was wrong, so whoever wrote the data can fix it.
 * An outlet with an error is left out; warnings keep it.
 */
import { isCountryCode } from './countries';
import { normaliseHost, registrableDomain } from './host';
import {
  BIAS_LABELS,
  type BiasLabel,
  DATASET_SCHEMA_VERSION,
  type Dataset,
  FACTUALITY_LABELS,
  FEED_TOPICS,
  OUTLET_FIELDS,
  OUTLET_KINDS,
  type Outlet,
  type OutletField,
  OWNERSHIP_TYPES,
  PAYWALLS,
  RATERS,
  type RatingBasis,
} from './schema';

export interface Issue {
  /** Where: `outlets[3].bias.score`, or `` for the whole input. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Length caps: long enough for any real value, short enough that a hostile file cannot bloat storage. */
export const LIMITS = {
  id: 64,
  name: 200,
  note: 500,
  url: 2048,
  list: 100,
} as const;

/** The score band each five-step label stands for; `mixed` takes any score, `unrated` none. */
export const BIAS_BANDS: Partial<Record<BiasLabel, readonly [number, number]>> = {
  left: [-1, -0.6],
  'lean-left': [-0.6, -0.2],
  center: [-0.2, 0.2],
  'lean-right': [0.2, 0.6],
  right: [0.6, 1],
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AS_OF = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T[\d:.]+(?:Z|[+-]\d\d:\d\d)?)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const BAND_TOLERANCE = 1e-9;

class Issues {
  readonly list: Issue[] = [];
  error(path: string, message: string): undefined {
    this.list.push({ path, message, severity: 'error' });
    return undefined;
  }
  warn(path: string, message: string): void {
    this.list.push({ path, message, severity: 'warning' });
  }
  get hasErrors(): boolean {
    return this.list.some((issue) => issue.severity === 'error');
  }
}

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: unknown,
  path: string,
  issues: Issues,
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return issues.error(path, `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
}

/**
 * Text a spreadsheet would run as a formula if the data were ever opened in one (CSV injection):
 * `=…` always, `+ - @` and control characters when followed by a call, a cell reference or a
 * DDE pipe. `+972 Magazine` and `-0.4` are text.
 */
export function looksLikeFormula(value: string): boolean {
  if (value.startsWith('=')) return value.length > 1;
  return /^[+\-@\t\r]/.test(value) && /[(!|]/.test(value);
}

/** A trimmed string; over-long human text is cut at the cap with a warning. */
function text(value: unknown, path: string, issues: Issues, max: number = LIMITS.name): string | undefined {
  if (typeof value !== 'string') return issues.error(path, `must be a string (got ${describe(value)})`);
  const trimmed = value.trim();
  if (!trimmed) return issues.error(path, 'must not be empty');
  if (looksLikeFormula(trimmed)) {
    return issues.error(path, `${describe(trimmed)} looks like a spreadsheet formula: refused`);
  }
  if (trimmed.length <= max) return trimmed;
  issues.warn(path, `longer than ${max} characters: cut`);
  return trimmed.slice(0, max);
}

function list<T>(
  value: unknown,
  path: string,
  issues: Issues,
  item: (value: unknown, path: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) return issues.error(path, `must be an array (got ${describe(value)})`);
  if (value.length > LIMITS.list)
    return issues.error(path, `has ${value.length} entries; at most ${LIMITS.list}`);
  const out: T[] = [];
  let ok = true;
  value.forEach((entry, index) => {
    const checked = item(entry, at(path, index));
    if (checked === undefined) ok = false;
    else out.push(checked);
  });
  return ok ? out : undefined;
}

/** Why a string is not a dataset domain, or null when it is one. */
export function domainProblem(value: string): string | null {
  if (value.includes('://')) return 'must be a host name without a scheme (drop "https://")';
  if (value.includes('/')) return 'must be a host name without a path (put host/path prefixes in "paths")';
  if (value !== value.toLowerCase()) return 'must be lowercase';
  const normal = normaliseHost(value);
  if (normal === null) return 'is not a host name';
  if (normal !== value) return `must be written "${normal}" (no www./m./amp. prefix, port or trailing dot)`;
  if (!registrableDomain(value)) return 'is a public suffix or has no registrable domain';
  return null;
}

// A rendition prefix other than `www.` is redundant rather than wrong: the lookup strips it anyway.
const REDUNDANT_PREFIX = /^(?:m|amp|mobile)\./;

function domain(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value !== 'string') return issues.error(path, `must be a string (got ${describe(value)})`);
  const stripped = value.replace(REDUNDANT_PREFIX, '');
  if (stripped !== value && !domainProblem(stripped)) {
    issues.warn(
      path,
      `${describe(value)} is redundant: lookup strips "${value.slice(0, -stripped.length)}", so "${stripped}" is used`,
    );
    return stripped;
  }
  const problem = domainProblem(value);
  return problem ? issues.error(path, `${describe(value)} ${problem}`) : value;
}

function hostPath(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value !== 'string') return issues.error(path, `must be a string (got ${describe(value)})`);
  const slash = value.indexOf('/');
  const host = slash < 0 ? '' : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash);
  const hostIssue = host
    ? domainProblem(host)
    : 'has no path: a bare host belongs in "domains"; paths are host/path, e.g. "medium.com/the-atlantic"';
  if (hostIssue) return issues.error(path, `${describe(value)}${host ? ': host' : ''} ${hostIssue}`);
  if (rest.length < 2 || rest.endsWith('/') || /[?#\s]/.test(rest) || rest !== rest.toLowerCase()) {
    return issues.error(
      path,
      `${describe(value)}: path must be lowercase, non-empty, without ?, # or a final /`,
    );
  }
  return value;
}

/** An http(s) URL, or undefined with the reason. */
export function httpUrlProblem(value: string): string | null {
  if (value.length > LIMITS.url) return `longer than ${LIMITS.url} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
  if (!url.hostname.includes('.')) return 'has no public host name';
  return null;
}

function country(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value === 'string' && isCountryCode(value)) return value;
  if (value === 'UK')
    return issues.error(path, 'must be an ISO 3166-1 alpha-2 code: the United Kingdom is "GB"');
  return issues.error(
    path,
    `must be an ISO 3166-1 alpha-2 code in capitals, e.g. "US" (got ${describe(value)})`,
  );
}

function basis(value: unknown, path: string, issues: Issues): RatingBasis | undefined {
  if (!isRecord(value))
    return issues.error(path, `must be an object {raters, asOf} (got ${describe(value)})`);
  const raters = list(value.raters, at(path, 'raters'), issues, (entry, where) =>
    oneOf(RATERS, entry, where, issues),
  );
  if (raters && new Set(raters).size !== raters.length)
    issues.warn(at(path, 'raters'), 'lists a rater twice');
  let asOf: string | null | undefined = null;
  if (value.asOf !== null) {
    asOf =
      typeof value.asOf === 'string' && AS_OF.test(value.asOf)
        ? value.asOf
        : issues.error(at(path, 'asOf'), `must be "YYYY", "YYYY-MM" or null (got ${describe(value.asOf)})`);
  }
  const out: RatingBasis = { raters: raters ? [...new Set(raters)] : [], asOf: asOf ?? null };
  if (value.note !== undefined) {
    const note = text(value.note, at(path, 'note'), issues, LIMITS.note);
    if (note === undefined) return undefined;
    out.note = note;
  }
  return raters && asOf !== undefined ? out : undefined;
}

function bias(value: unknown, path: string, issues: Issues): Outlet['bias'] | undefined {
  if (!isRecord(value)) {
    return issues.error(path, `must be an object {label, score, country, basis} (got ${describe(value)})`);
  }
  const label = oneOf(BIAS_LABELS, value.label, at(path, 'label'), issues);
  const score = biasScore(value.score, label, at(path, 'score'), issues);
  const where = country(value.country, at(path, 'country'), issues);
  const rating = basis(value.basis, at(path, 'basis'), issues);
  if (!label || score === undefined || !where || !rating) return undefined;
  if (label !== 'unrated' && rating.raters.length === 0) {
    issues.warn(at(path, 'basis.raters'), `label "${label}" names no rater: say whose rating it reflects`);
  }
  return { label, score, country: where, basis: rating };
}

function biasScore(
  value: unknown,
  label: BiasLabel | undefined,
  path: string,
  issues: Issues,
): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -1 || value > 1) {
    return issues.error(path, `must be a number from -1 to 1, or null (got ${describe(value)})`);
  }
  if (label === 'unrated')
    return issues.error(path, `must be null when the label is "unrated" (got ${value})`);
  const band = label ? BIAS_BANDS[label] : undefined;
  if (band && (value < band[0] - BAND_TOLERANCE || value > band[1] + BAND_TOLERANCE)) {
    return issues.error(path, `${value} does not fit label "${label}" (${band[0]} … ${band[1]})`);
  }
  return value;
}

function factuality(value: unknown, path: string, issues: Issues): Outlet['factuality'] | undefined {
  if (!isRecord(value))
    return issues.error(path, `must be an object {label, basis} (got ${describe(value)})`);
  const label =
    value.label === null ? null : oneOf(FACTUALITY_LABELS, value.label, at(path, 'label'), issues);
  const rating = basis(value.basis, at(path, 'basis'), issues);
  if (label === undefined || !rating) return undefined;
  if (label !== null && rating.raters.length === 0) {
    issues.warn(at(path, 'basis.raters'), `label "${label}" names no rater: say whose rating it reflects`);
  }
  return { label, basis: rating };
}

function owner(value: unknown, path: string, issues: Issues): Outlet['owner'] | undefined {
  if (!isRecord(value)) return issues.error(path, `must be an object {name, type} (got ${describe(value)})`);
  const name = value.name === null ? null : text(value.name, at(path, 'name'), issues);
  const type = oneOf(OWNERSHIP_TYPES, value.type, at(path, 'type'), issues);
  return name === undefined || !type ? undefined : { name, type };
}

function feed(value: unknown, path: string, issues: Issues): Outlet['feeds'][number] | undefined {
  if (!isRecord(value)) return issues.error(path, `must be an object {url, topic} (got ${describe(value)})`);
  const topic = oneOf(FEED_TOPICS, value.topic, at(path, 'topic'), issues);
  if (typeof value.url !== 'string')
    return issues.error(at(path, 'url'), `must be a string (got ${describe(value.url)})`);
  const url = value.url.trim();
  const problem = httpUrlProblem(url);
  if (problem) return issues.error(at(path, 'url'), `${describe(url)} ${problem}`);
  return topic ? { url, topic } : undefined;
}

function uniqueStrings(
  values: string[] | undefined,
  path: string,
  issues: Issues,
  what: string,
): string[] | undefined {
  if (!values) return undefined;
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) issues.warn(path, `lists ${what} "${value}" twice`);
    seen.add(value);
  }
  return [...seen];
}

type FieldCheck = (value: unknown, path: string, issues: Issues) => unknown;

/** One validator per outlet field: shared by whole outlets and by partial overrides. */
const FIELD_CHECKS: Record<OutletField, FieldCheck> = {
  name: (value, path, issues) => text(value, path, issues),
  domains: (value, path, issues) => {
    const domains = list(value, path, issues, (entry, where) => domain(entry, where, issues));
    // Literal repeats are reported; a repeat made by dropping a redundant prefix was reported above.
    if (Array.isArray(value))
      uniqueStrings(
        value.filter((entry) => typeof entry === 'string'),
        path,
        issues,
        'domain',
      );
    return domains && [...new Set(domains)];
  },
  paths: (value, path, issues) =>
    uniqueStrings(
      list(value, path, issues, (entry, where) => hostPath(entry, where, issues)),
      path,
      issues,
      'path',
    ),
  aliases: (value, path, issues) =>
    uniqueStrings(
      list(value, path, issues, (entry, where) => text(entry, where, issues)),
      path,
      issues,
      'alias',
    ),
  kind: (value, path, issues) => oneOf(OUTLET_KINDS, value, path, issues),
  bias,
  factuality,
  owner,
  country,
  languages: (value, path, issues) =>
    uniqueStrings(
      list(value, path, issues, (entry, where) =>
        typeof entry === 'string' && LANGUAGE_TAG.test(entry)
          ? entry
          : issues.error(where, `must be a BCP-47 language tag such as "en" (got ${describe(entry)})`),
      ),
      path,
      issues,
      'language',
    ),
  paywall: (value, path, issues) => (value === null ? null : oneOf(PAYWALLS, value, path, issues)),
  feeds: (value, path, issues) => {
    const feeds = list(value, path, issues, (entry, where) => feed(entry, where, issues));
    if (!feeds) return undefined;
    const urls = new Set<string>();
    for (const { url } of feeds) {
      if (urls.has(url)) issues.warn(path, `lists feed ${url} twice`);
      urls.add(url);
    }
    return feeds;
  },
};

const OPTIONAL_FIELDS: ReadonlySet<OutletField> = new Set(['paths', 'aliases']);
const KNOWN_KEYS: ReadonlySet<string> = new Set(['id', 'provided', ...OUTLET_FIELDS]);

export function isOutletId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && ID.test(value);
}

function outletId(value: unknown, path: string, issues: Issues): string | undefined {
  if (isOutletId(value)) return value;
  return issues.error(
    path,
    `must be a lowercase slug of letters, digits and single hyphens, at most ${LIMITS.id} long (got ${describe(value)})`,
  );
}

function provided(value: unknown, path: string, issues: Issues): OutletField[] | undefined {
  return uniqueStrings(
    list(value, path, issues, (entry, where) => oneOf(OUTLET_FIELDS, entry, where, issues)),
    path,
    issues,
    'field',
  ) as OutletField[] | undefined;
}

function checkOutlet(value: unknown, path: string, issues: Issues): Outlet | undefined {
  if (!isRecord(value)) return issues.error(path, `must be an outlet object (got ${describe(value)})`);
  const before = issues.list.length;
  const out: Record<string, unknown> = { id: outletId(value.id, at(path, 'id'), issues) };
  for (const field of OUTLET_FIELDS) {
    if (value[field] === undefined && OPTIONAL_FIELDS.has(field)) continue;
    if (!(field in value)) {
      issues.error(at(path, field), 'is missing');
      continue;
    }
    out[field] = FIELD_CHECKS[field](value[field], at(path, field), issues);
  }
  if (value.provided !== undefined) out.provided = provided(value.provided, at(path, 'provided'), issues);
  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.has(key)) issues.warn(at(path, key), 'is not a field of the schema: ignored');
  }
  if (
    Array.isArray(value.domains) &&
    value.domains.length === 0 &&
    !(Array.isArray(value.paths) && value.paths.length)
  ) {
    issues.error(at(path, 'domains'), 'must list at least one domain (or the outlet must have paths)');
  }
  const failed = issues.list.slice(before).some((issue) => issue.severity === 'error');
  return failed ? undefined : (out as unknown as Outlet);
}

/**
 * Whether an outlet is already exactly what `checkOutlet` would make of it, with no issue at all:
 * every field present with its canonical value (trimmed, deduplicated, in its band), nothing extra.
 * A structural check on the same rules, without the public-suffix lookup of each domain or URL
 * parsing, for data `npm run dataset:check` validated in full before it shipped (see
 * `validateOutlets`' `prevalidated`). It may be stricter than `checkOutlet` (what it refuses gets
 * the full check), never looser.
 */
function isCanonicalOutlet(value: unknown): value is Outlet {
  if (!isRecord(value) || !isOutletId(value.id)) return false;
  for (const key in value) if (!KNOWN_KEYS.has(key)) return false;
  const { domains, paths } = value;
  return (
    isCleanText(value.name, LIMITS.name) &&
    isUniqueList(domains, isCanonicalHost) &&
    (paths === undefined || isUniqueList(paths, isCanonicalHostPath)) &&
    ((domains as unknown[]).length > 0 || (Array.isArray(paths) && paths.length > 0)) &&
    (value.aliases === undefined ||
      isUniqueList(value.aliases, (alias) => isCleanText(alias, LIMITS.name))) &&
    isOneOf(OUTLET_KINDS, value.kind) &&
    isCanonicalBias(value.bias) &&
    isCanonicalFactuality(value.factuality) &&
    isCanonicalOwner(value.owner) &&
    typeof value.country === 'string' &&
    isCountryCode(value.country) &&
    isUniqueList(value.languages, (tag) => typeof tag === 'string' && LANGUAGE_TAG.test(tag)) &&
    (value.paywall === null || isOneOf(PAYWALLS, value.paywall)) &&
    isUniqueList(value.feeds, isCanonicalFeed, (feed) => (feed as { url: string }).url) &&
    (value.provided === undefined || isUniqueList(value.provided, (field) => isOneOf(OUTLET_FIELDS, field)))
  );
}

function isOneOf(allowed: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && allowed.includes(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key in value) if (!keys.includes(key)) return false;
  return true;
}

function isCleanText(value: unknown, max: number): boolean {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= max &&
    value.trim() === value &&
    !looksLikeFormula(value)
  );
}

/** A list within the length cap, of valid entries, none twice (by `key`). */
function isUniqueList(
  value: unknown,
  valid: (entry: unknown) => boolean,
  key: (entry: unknown) => unknown = (entry) => entry,
): boolean {
  if (!Array.isArray(value) || value.length > LIMITS.list) return false;
  for (let i = 0; i < value.length; i++) {
    if (!valid(value[i])) return false;
    // Lists hold a few entries: a scan is cheaper than a Set.
    for (let j = 0; j < i; j++) if (key(value[j]) === key(value[i])) return false;
  }
  return true;
}

// Stricter than the full check, never looser: a lowercase host of two labels or more, not
// starting with a rendition label (`www.`, `m.`…), so `normaliseHost` would leave it as it is.
const CANONICAL_HOST = /^(?!(?:www\d*|m|amp|mobile)\.)[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/;
// An http(s) URL on such a host: `new URL` reads it, with a dotted host name.
const CANONICAL_URL = /^https?:\/\/[a-z0-9_-]+(?:\.[a-z0-9_-]+)+(?::\d{1,5})?(?:[/?#][^\s]*)?$/;

/** A domain `domainProblem` would accept as written, bar the public-suffix lookup. */
function isCanonicalHost(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 253 && CANONICAL_HOST.test(value);
}

function isCanonicalHostPath(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const slash = value.indexOf('/');
  const rest = value.slice(slash);
  return (
    slash > 0 &&
    isCanonicalHost(value.slice(0, slash)) &&
    rest.length >= 2 &&
    !rest.endsWith('/') &&
    !/[?#\s]/.test(rest) &&
    rest === rest.toLowerCase()
  );
}

function isCanonicalBasis(value: unknown, rated: boolean): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, ['raters', 'asOf', 'note'])) return false;
  const { raters, asOf, note } = value;
  return (
    isUniqueList(raters, (rater) => isOneOf(RATERS, rater)) &&
    // A rating with no rater is kept with a warning: not canonical.
    (!rated || (raters as unknown[]).length > 0) &&
    (asOf === null || (typeof asOf === 'string' && AS_OF.test(asOf))) &&
    (note === undefined || isCleanText(note, LIMITS.note))
  );
}

function isCanonicalBias(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, ['label', 'score', 'country', 'basis'])) return false;
  const { label, score, country } = value;
  if (!isOneOf(BIAS_LABELS, label) || typeof country !== 'string' || !isCountryCode(country)) return false;
  if (score !== null) {
    if (typeof score !== 'number' || !(score >= -1 && score <= 1) || label === 'unrated') return false;
    const band = BIAS_BANDS[label as BiasLabel];
    if (band && (score < band[0] - BAND_TOLERANCE || score > band[1] + BAND_TOLERANCE)) return false;
  }
  return isCanonicalBasis(value.basis, label !== 'unrated');
}

function isCanonicalFactuality(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, ['label', 'basis'])) return false;
  return (
    (value.label === null || isOneOf(FACTUALITY_LABELS, value.label)) &&
    isCanonicalBasis(value.basis, value.label !== null)
  );
}

function isCanonicalOwner(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['name', 'type']) &&
    (value.name === null || isCleanText(value.name, LIMITS.name)) &&
    isOneOf(OWNERSHIP_TYPES, value.type)
  );
}

function isCanonicalFeed(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['url', 'topic']) &&
    isOneOf(FEED_TOPICS, value.topic) &&
    typeof value.url === 'string' &&
    value.url.length <= LIMITS.url &&
    CANONICAL_URL.test(value.url)
  );
}

export interface ValidateOutletsOptions {
  /**
   * The outlets were validated in full before they shipped (the bundled files, by
   * `npm run dataset:check` in CI): an outlet already in canonical form passes a structural check
   * without the public-suffix lookup of its domains; any other gets the full check and its issues.
   * Ids and domains are checked for clashes either way.
   */
  prevalidated?: boolean;
}

export interface OutletsResult {
  outlets: Outlet[];
  /** The position in the input of each outlet kept. */
  indices: number[];
  issues: Issue[];
}

/**
 * Validates a list of outlets, each on its own and against each other: ids and domains must be
 * unique (a later outlet reusing one is left out, since lookup could not tell them apart).
 */
export function validateOutlets(
  values: unknown,
  path = 'outlets',
  { prevalidated = false }: ValidateOutletsOptions = {},
): OutletsResult {
  const issues = new Issues();
  if (!Array.isArray(values)) {
    issues.error(path, `must be an array of outlets (got ${describe(values)})`);
    return { outlets: [], indices: [], issues: issues.list };
  }
  const ids = new Map<string, string>();
  const hosts = new Map<string, string>();
  const outlets: Outlet[] = [];
  const indices: number[] = [];
  values.forEach((value, index) => {
    const where = at(path, index);
    const outlet = prevalidated && isCanonicalOutlet(value) ? value : checkOutlet(value, where, issues);
    if (!outlet) return;
    let clash = false;
    const firstId = ids.get(outlet.id);
    if (firstId) {
      issues.error(at(where, 'id'), `"${outlet.id}" is already the id of ${firstId}`);
      clash = true;
    }
    for (const [key, entries] of [
      ['domains', outlet.domains],
      ['paths', outlet.paths ?? []],
    ] as const) {
      entries.forEach((entry, n) => {
        const owner = hosts.get(entry);
        if (!owner) return;
        issues.error(at(at(where, key), n), `"${entry}" is already claimed by ${owner}`);
        clash = true;
      });
    }
    if (clash) return;
    const label = `${where} (${outlet.id})`;
    ids.set(outlet.id, label);
    for (const entry of [...outlet.domains, ...(outlet.paths ?? [])]) hosts.set(entry, label);
    outlets.push(outlet);
    indices.push(index);
  });
  return { outlets, indices, issues: issues.list };
}

export interface OutletResult {
  outlet: Outlet | null;
  issues: Issue[];
}

/** Validates one outlet. */
export function validateOutlet(value: unknown, path = ''): OutletResult {
  const issues = new Issues();
  const outlet = checkOutlet(value, path, issues);
  return { outlet: outlet ?? null, issues: issues.list };
}

export type OutletPatch = Partial<Omit<Outlet, 'id'>>;

/** Validates a partial outlet (a reader's override): only the fields present are checked. */
export function validateOutletPatch(
  value: unknown,
  path = '',
): { patch: OutletPatch | null; issues: Issue[] } {
  const issues = new Issues();
  if (!isRecord(value)) {
    issues.error(path, `must be an object of outlet fields (got ${describe(value)})`);
    return { patch: null, issues: issues.list };
  }
  const patch: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (!(OUTLET_FIELDS as readonly string[]).includes(key)) {
      issues.error(at(path, key), 'is not an outlet field that can be overridden');
      continue;
    }
    patch[key] = FIELD_CHECKS[key as OutletField](field, at(path, key), issues);
  }
  return { patch: issues.hasErrors ? null : (patch as OutletPatch), issues: issues.list };
}

export interface DatasetResult {
  /** null when the input is not a dataset at all; otherwise the valid outlets. */
  dataset: Dataset | null;
  issues: Issue[];
}

/** Validates a whole dataset object: `{schema, name, updated, outlets}`. */
export function validateDataset(value: unknown): DatasetResult {
  const issues = new Issues();
  if (!isRecord(value)) {
    issues.error(
      '',
      `a dataset must be a JSON object {schema, name, updated, outlets} (got ${describe(value)})`,
    );
    return { dataset: null, issues: issues.list };
  }
  if (value.schema !== DATASET_SCHEMA_VERSION) {
    issues.error('schema', `must be ${DATASET_SCHEMA_VERSION} (got ${describe(value.schema)})`);
    return { dataset: null, issues: issues.list };
  }
  const name = text(value.name, 'name', issues);
  const updated =
    typeof value.updated === 'string' && ISO_DATE.test(value.updated)
      ? value.updated
      : issues.error('updated', `must be an ISO date such as "2026-01-31" (got ${describe(value.updated)})`);
  if (!Array.isArray(value.outlets)) {
    issues.error('outlets', `must be an array of outlets (got ${describe(value.outlets)})`);
    return { dataset: null, issues: issues.list };
  }
  const { outlets, issues: outletIssues } = validateOutlets(value.outlets);
  issues.list.push(...outletIssues);
  return {
    dataset: {
      schema: DATASET_SCHEMA_VERSION,
      name: name ?? 'unnamed',
      updated: updated ?? '1970-01-01',
      outlets,
    },
    issues: issues.list,
  };
}

/** `path: message` for people. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
