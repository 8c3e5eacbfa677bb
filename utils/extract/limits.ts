/**
 * Caps that keep extraction's work bounded on hostile or huge pages. The content script runs on
 * every page the reader opens, so a page must never be able to make it hang or eat memory.
 */

/** Above this many elements Readability's full parse is skipped (it is superlinear); metadata is still read. */
export const MAX_ELEMENTS_TO_PARSE = 100_000;

/** The article body is cut here: longer than any real article, small enough to send in a message. */
export const MAX_TEXT_CHARS = 200_000;

/** Title, byline, excerpt and the other short fields are cut here. */
export const MAX_FIELD_CHARS = 2_000;

/** JSON-LD scripts parsed per page, and their total size: a script that would exceed it is skipped. */
export const MAX_JSON_LD_SCRIPTS = 32;
export const MAX_JSON_LD_CHARS = 1_000_000;

/** JSON-LD objects examined per page (top level, `@graph` members, `mainEntity`). */
export const MAX_JSON_LD_NODES = 2_000;

/** Meta elements read per page. */
export const MAX_META_ELEMENTS = 2_000;

/** Authors kept in a byline. */
export const MAX_AUTHORS = 20;
