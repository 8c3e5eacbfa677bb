import { cleanField } from './clean-text';
import { MAX_AUTHORS, MAX_JSON_LD_CHARS, MAX_JSON_LD_NODES, MAX_JSON_LD_SCRIPTS } from './limits';

// Captured at load: a page's scripts may replace JSON.parse before extraction runs.
const parseJson = JSON.parse;
const isArray = Array.isArray;

/** schema.org types that mark the page as an article (news, opinion, blog post, live blog…). */
const articleTypes = new Set([
  'article',
  'newsarticle',
  'analysisnewsarticle',
  'askpublicnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reportagenewsarticle',
  'reviewnewsarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'blogposting',
  'liveblogposting',
  'techarticle',
  'scholarlyarticle',
  'report',
]);

/** What a page's JSON-LD says about the article on it (fields null when not said). */
export interface JsonLdFacts {
  /** True when some JSON-LD object has an article type. */
  isArticle: boolean;
  headline: string | null;
  /** The article's `name`: usually its headline again, sometimes the site's name or the topic. */
  name: string | null;
  /** Author names, in order, without repeats. */
  authors: string[];
  datePublished: unknown;
  dateModified: unknown;
  description: string | null;
  /** The article's publisher, else the site's (`WebSite.publisher`, else a `NewsMediaOrganization`). */
  publisher: string | null;
  /** `WebSite.name`: the site's own name. */
  siteName: string | null;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** `@type` as lower-case local names: `"NewsArticle"`, `["Article","NewsArticle"]`, `"schema:NewsArticle"`. */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = isArray(raw) ? raw : [raw];
  const types: string[] = [];
  for (const type of list) {
    if (typeof type === 'string') types.push(type.replace(/^.*[/:#]/, '').toLowerCase());
  }
  return types;
}

function hasType(node: JsonObject, wanted: (type: string) => boolean): boolean {
  return typesOf(node).some(wanted);
}

/** The parsed value of each JSON-LD script; malformed, oversized or excess scripts are skipped. */
function parseScripts(root: Element): unknown[] {
  const values: unknown[] = [];
  let budget = MAX_JSON_LD_CHARS;
  const scripts = root.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && values.length < MAX_JSON_LD_SCRIPTS; i++) {
    const script = scripts[i]!;
    const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > budget) continue;
    budget -= source.length;
    try {
      // Some sites wrap the JSON in CDATA or HTML comment markers.
      values.push(parseJson(source.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')));
    } catch {
      // Malformed JSON-LD is common and says nothing; the rest of the page still counts.
    }
  }
  return values;
}

/**
 * The objects that describe this page, in document order: top-level objects (or members of a
 * top-level array), members of `@graph`, and a `WebPage`'s `mainEntity`. Objects nested deeper
 * (an `ItemList` of articles on a home page, an article's citations) describe other pages.
 */
function collectNodes(values: unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const queue: unknown[] = [];
  const enqueue = (value: unknown) => {
    if (isArray(value)) for (const item of value.slice(0, MAX_JSON_LD_NODES)) queue.push(item);
    else queue.push(value);
  };
  for (const value of values) enqueue(value);
  for (let i = 0; i < queue.length && nodes.length < MAX_JSON_LD_NODES; i++) {
    const value = queue[i];
    if (!isObject(value)) continue;
    nodes.push(value);
    if (queue.length > MAX_JSON_LD_NODES * 2) continue;
    if (value['@graph'] !== undefined) enqueue(value['@graph']);
    if (value.mainEntity !== undefined) enqueue(value.mainEntity);
  }
  return nodes;
}

/** Follows `{"@id": …}` references to the full object elsewhere in the page's JSON-LD. */
function resolver(nodes: JsonObject[]): (value: unknown) => unknown {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    // A bare reference has only @id; the first object with more to say is the definition.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  return (value) => {
    if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
}

/** A person or organization's name: a string, an object with a `name`, or a reference to one. */
function nameOf(value: unknown, resolve: (value: unknown) => unknown): string | null {
  const resolved = resolve(value);
  if (typeof resolved === 'string') return cleanField(resolved);
  if (!isObject(resolved)) return null;
  const name = isArray(resolved.name) ? resolved.name[0] : resolved.name;
  return cleanField(name);
}

function authorNames(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const names: string[] = [];
  for (const author of (isArray(value) ? value : [value]).slice(0, MAX_AUTHORS * 2)) {
    const name = nameOf(author, resolve);
    // A URL is a profile link, not a name.
    if (name && !/^https?:\/\//i.test(name) && !names.includes(name)) names.push(name);
    if (names.length === MAX_AUTHORS) break;
  }
  return names;
}

function firstString(value: unknown): unknown {
  return isArray(value) ? value.find((item) => typeof item === 'string') : value;
}

/**
 * Reads the page's JSON-LD (`<script type="application/ld+json">`). Never throws: malformed
 * JSON and unexpected shapes are ignored, and the work is capped (see limits.ts).
 */
export function readJsonLd(root: Element): JsonLdFacts {
  const nodes = collectNodes(parseScripts(root));
  const resolve = resolver(nodes);
  const article = nodes.find((node) => hasType(node, (type) => articleTypes.has(type)));
  const website = nodes.find((node) => hasType(node, (type) => type === 'website'));
  const newsOrganization = nodes.find((node) => hasType(node, (type) => type === 'newsmediaorganization'));
  return {
    isArticle: article !== undefined,
    headline: cleanField(firstString(article?.headline)),
    name: cleanField(firstString(article?.name)),
    authors: article ? authorNames(article.author, resolve) : [],
    datePublished: firstString(article?.datePublished),
    dateModified: firstString(article?.dateModified),
    description: cleanField(firstString(article?.description)),
    publisher:
      nameOf(article?.publisher, resolve) ??
      nameOf(website?.publisher, resolve) ??
      nameOf(newsOrganization, resolve),
    siteName: nameOf(website, resolve),
  };
}
