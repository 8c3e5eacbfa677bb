/**
 * Text into the units story matching and framing analysis count: words (lowercased, folded,
 * lightly stemmed, stopwords dropped), named entities (capitalised sequences) and numbers.
 * Pure and language-agnostic where it can be: any script's letters are words; only the stopword
 * list and the suffix stripping are English-leaning, because the coverage Parallax ships is.
 */
import { STOPWORDS } from './stopwords';

/** A word as written: letters, marks and digits, with inner apostrophes, dots and commas in numbers. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'.,][\p{L}\p{M}\p{N}]+)*/gu;
const DIGITS = /^\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;
const COMBINING = /\p{M}/gu;
/** Between two words, this starts a new sentence (or headline line, or quotation). */
const SENTENCE_GAP = /[.!?:;\n"“”]/;
const SENTENCE_MARKS = new Set([...'.!?:;\n"“”'].map((mark) => mark.charCodeAt(0)));

const NON_ASCII = /[^ -~]/;

/** Lowercase, compatibility-folded, accents dropped: "Café" and "cafe" are one word. */
export function fold(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

interface WordForm {
  /** Folded, without apostrophes and dots. */
  folded: string;
  term: string;
  stop: boolean;
}

/**
 * Folding and stemming the same words over and over is most of indexing's time: remember them.
 * Bounded, so a stream of odd words cannot grow it without end.
 */
const forms = new Map<string, WordForm>();
const MAX_FORMS = 200_000;

function formOf(raw: string): WordForm {
  let form = forms.get(raw);
  if (form === undefined) {
    form = wordForm(raw);
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(raw, form);
  }
  return form;
}

function wordForm(raw: string): WordForm {
  const folded = fold(raw.replace(/[’'.]/g, ''));
  return { folded, term: stem(folded), stop: STOPWORDS.has(folded) };
}

/**
 * A light, conservative English suffix stripper (plurals, -ing, -ed): enough that "slams" meets
 * "slam" and "votes" meets "vote", without Porter's aggressive conflations across meanings.
 */
export function stem(word: string): string {
  if (word.length < 4 || DIGITS.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** "stopped" → "stopp" → "stop"; keeps "ll"/"ss" ("killed" → "kill"). */
function trimDouble(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last === word.at(-2) && last !== 'l' && last !== 's') return word.slice(0, -1);
  return word;
}

/** A number in its canonical form: "30,000" → "30000", "2.5" stays. */
function canonicalNumber(raw: string): string {
  return raw.replace(/,(?=\d{3}\b)/g, '').replace(/[’']/g, '');
}

/** One word of a text with what matching needs to know about it. */
export interface Token {
  /** The counted form: folded and stemmed, or a canonical number. */
  term: string;
  /** Inside a capitalised sequence that is not just a sentence start: a name. */
  entity: boolean;
  number: boolean;
}

/** Strips a possessive: "Kerry’s" → "Kerry". */
function dropPossessive(word: string): string {
  return word.replace(/[’']s$/iu, '').replace(/[’']$/u, '');
}

/**
 * Splits text into tokens, marking names and numbers. A capitalised word counts as part of a
 * name unless it starts a sentence alone and is a common word ("The", "But"), and unless the text
 * is a `headline` in Title Case (where capitals say nothing; body text is never judged so, since
 * a short sentence full of names would look like it).
 */
export function tokenize(text: string, options: { headline?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, options, (term, entity, number) => tokens.push({ term, entity, number }));
  return tokens;
}

/**
 * What is known of a word as written, whatever its context: computed once per spelling. `term`: the
 * counted form (folded and stemmed, or canonical number), '' for a word that never counts.
 */
interface Spelling {
  term: string;
  flags: number;
}

const NUMBER = 1;
/** A number, or a word that is neither a stopword nor a single letter. */
const COUNTS = 2;
const CAPITAL = 4;
const ACRONYM = 8;
/** An honorific or an initial: a dot after it does not end a sentence. */
const ABBREVIATION = 16;
/** The Title Case test skips it: a number, or a stopword as written (possessive kept). */
const TITLE_SKIP = 32;

/** The spelling table reads each spelling once: not through `formOf`, whose cache would only copy it. */
function spellingOf(written: string): Spelling {
  const raw = dropPossessive(written);
  if (DIGITS.test(raw)) return { term: canonicalNumber(raw), flags: NUMBER | COUNTS | TITLE_SKIP };
  const { folded, term, stop } = wordForm(raw);
  let flags = 0;
  if (folded.length >= 2 && !stop) flags |= COUNTS;
  if (UPPER_START.test(raw)) flags |= CAPITAL;
  if (ALL_UPPER.test(raw) && raw.length > 1) flags |= ACRONYM;
  if (HONORIFICS.has(raw) || /^\p{Lu}$/u.test(raw)) flags |= ABBREVIATION;
  if (written === raw ? stop : wordForm(written).stop) flags |= TITLE_SKIP;
  return { term: folded.length < 2 ? '' : term, flags };
}

/**
 * Every spelling met, found by the characters of the text itself (open addressing on a hash of the
 * code units): a word seen before costs no substring, no string hashing and no object read, only its
 * slot (reading the spelling objects, scattered in the heap, was most of indexing's time). Bounded
 * like `forms`: cleared between two texts when full.
 *
 * A slot (one cache line) holds all a word seen before needs: its hash, its number (in order of
 * first sight) + 1 (0: empty), where its code units past PACKED are in `chars`, their count, its flags
 * (see `Spelling`), the numbers owners gave it (the mark of the story index that numbered its term,
 * that number; the mark of the item store that numbered the spelling, that number: each valid while
 * the mark is its owner's), then its first PACKED code units two by two, so a word of up to PACKED
 * is checked without leaving its slot.
 *
 * A word is known by its slot's place, its entry: valid until the next text is read (when the slots
 * double, entries move).
 */
const SLOT = 16;
const PACKED = 14;
const HASH = 0;
const NUMBER_PLUS_ONE = 1;
const FROM = 2;
const LENGTH = 3;
const FLAGS = 4;
/** Then the term's number (see `numbered`). */
const TERM_OWNER = 5;
/** Then the spelling's number. */
const SPELLING_OWNER = 7;
const CHARS = 9;
const table = {
  slots: new Int32Array(SLOT << 12),
  /** Each spelling's slot, by number (the slots move when they double). */
  slotOf: new Int32Array(1024),
  chars: new Uint16Array(1 << 12),
  charsUsed: 0,
  /** Each spelling's counted form (see `Spelling`), by number. */
  terms: [] as string[],
};

function clearTable(): void {
  table.slots = new Int32Array(SLOT << 12);
  table.charsUsed = 0;
  table.terms = [];
}

function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** A free slot for `hash` (the table is never full: it doubles at half). */
function freeSlot(slots: Int32Array, hash: number): number {
  const mask = slots.length / SLOT - 1;
  let slot = hash & mask;
  while (slots[slot * SLOT + NUMBER_PLUS_ONE] !== 0) slot = (slot + 1) & mask;
  return slot * SLOT;
}

/** Two code units of `text[start…end)` from `i`, as a slot packs them. */
function pairAt(text: string, start: number, end: number, i: number): number {
  return text.charCodeAt(start + i) | (start + i + 1 < end ? text.charCodeAt(start + i + 1) << 16 : 0);
}

/** The entry of `text[start…end)`, whose hash is `hash`, added when new. */
function entryOf(text: string, start: number, end: number, hash: number): number {
  const { slots, chars } = table;
  const mask = slots.length / SLOT - 1;
  const length = end - start;
  const packed = Math.min(length, PACKED);
  probing: for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    if (slots[at + NUMBER_PLUS_ONE] === 0) break;
    if (slots[at + HASH] !== hash || slots[at + LENGTH] !== length) continue;
    for (let i = 0; i < packed; i += 2)
      if (slots[at + CHARS + (i >> 1)] !== pairAt(text, start, end, i)) continue probing;
    const from = slots[at + FROM]! - PACKED;
    for (let i = PACKED; i < length; i++)
      if (chars[from + i] !== text.charCodeAt(start + i)) continue probing;
    return at;
  }
  const number = table.terms.length;
  const spelling = spellingOf(text.slice(start, end));
  table.terms.push(spelling.term);
  table.slotOf = grown(table.slotOf, number + 1);
  // Only the code units past those the slot packs are kept apart.
  const from = table.charsUsed;
  if (length > PACKED) {
    table.chars = grown(table.chars, from + length - PACKED);
    for (let i = PACKED; i < length; i++) table.chars[from + i - PACKED] = text.charCodeAt(start + i);
    table.charsUsed += length - PACKED;
  }
  if ((number + 1) * 2 * SLOT >= slots.length) {
    // Half full: twice the slots, the spellings placed again.
    const next = new Int32Array(slots.length * 2);
    for (let at = 0; at < slots.length; at += SLOT) {
      if (slots[at + NUMBER_PLUS_ONE] === 0) continue;
      const to = freeSlot(next, slots[at + HASH]!);
      next.set(slots.subarray(at, at + SLOT), to);
      table.slotOf[slots[at + NUMBER_PLUS_ONE]! - 1] = to;
    }
    table.slots = next;
  }
  const at = freeSlot(table.slots, hash);
  table.slotOf[number] = at;
  table.slots[at + HASH] = hash;
  table.slots[at + NUMBER_PLUS_ONE] = number + 1;
  table.slots[at + FROM] = from;
  table.slots[at + LENGTH] = length;
  table.slots[at + FLAGS] = spelling.flags;
  for (let i = 0; i < packed; i += 2) table.slots[at + CHARS + (i >> 1)] = pairAt(text, start, end, i);
  return at;
}

function flagsOf(entry: number): number {
  return table.slots[entry + FLAGS]!;
}

/** A counted word's term. */
export function termOf(entry: number): string {
  return table.terms[table.slots[entry + NUMBER_PLUS_ONE]! - 1]!;
}

export function isNumber(entry: number): boolean {
  return (flagsOf(entry) & NUMBER) !== 0;
}

/** The number `owner` (the mark of its `field`'s owner, not 0) gave this entry, or -1. */
function numbered(entry: number, field: number, owner: number): number {
  return table.slots[entry + field] === owner ? table.slots[entry + field + 1]! : -1;
}

function number(entry: number, field: number, owner: number, value: number): void {
  table.slots[entry + field] = owner;
  table.slots[entry + field + 1] = value;
}

/** The term number `owner` (a story index's mark, not 0) gave this entry's term, or -1. */
export function numberedTerm(entry: number, owner: number): number {
  return numbered(entry, TERM_OWNER, owner);
}

export function numberTerm(entry: number, owner: number, termNumber: number): void {
  number(entry, TERM_OWNER, owner, termNumber);
}

/** The number `owner` (an item store's mark, not 0) gave this entry's spelling, or -1. */
export function numberedSpelling(entry: number, owner: number): number {
  return numbered(entry, SPELLING_OWNER, owner);
}

export function numberSpelling(entry: number, owner: number, spellingNumber: number): void {
  number(entry, SPELLING_OWNER, owner, spellingNumber);
}

/** Which code units outside ASCII are word characters (\p{L}, \p{M}, \p{N}): 0 not yet known, 1 yes, 2 no. */
const WIDE_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const wideClass = new Uint8Array(0x10000);
const astralWord = new Map<number, boolean>();

/** ASCII word characters: letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;

/**
 * How many code units the word character at `i` (code unit `code`, not ASCII) takes (an astral
 * letter two), or 0 for none. The scanner checks ASCII itself: this is its slow path.
 */
function wideWordChar(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let word = astralWord.get(point);
    if (word === undefined) {
      word = WIDE_WORD.test(String.fromCodePoint(point));
      astralWord.set(point, word);
    }
    return word ? 2 : 0;
  }
  let known = wideClass[code]!;
  if (known === 0) {
    known = WIDE_WORD.test(String.fromCharCode(code)) ? 1 : 2;
    wideClass[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** As `wideWordChar`, for any position (0 past the end). */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code]! : wideWordChar(text, i, code);
}

/** Inside a word, these join two runs of word characters ("don’t", "U.S", "30,000"). */
function isJoiner(code: number): boolean {
  return code === 0x2019 || code === 39 || code === 46 || code === 44;
}

/**
 * The counted words of the last `collectTokens` call, as spelling entries, each marked whether it
 * is a name: reused, so read them before the next call.
 */
export const collected = { entries: new Int32Array(256), entity: new Uint8Array(256), count: 0 };
/**
 * Every word of the last text `collectTokens` read, counted or not: its spelling entry and where it
 * begins and ends in the text (so the text is its words and the gaps between them). Reused, so read
 * them before the next call.
 */
export const scanned = {
  entries: new Int32Array(256),
  begins: new Int32Array(256),
  ends: new Int32Array(256),
  count: 0,
};
/** Whether each word of `scanned` starts a sentence. */
let wordStarts = new Uint8Array(256);
/** Each word's hash, while a text is read. */
let wordHashes = new Int32Array(256);
/** What the gap before each word says of sentences (see GAP_ENDS), while a text is read. */
let gapKinds = new Uint8Array(256);
/** A gap with a sentence mark ends a sentence… */
const GAP_ENDS = 2;
/** …except a gap of a lone dot after an abbreviation ("Mr. Smith", "J. Smith"). */
const GAP_DOT = 1;
/**
 * The sum of the slots `warmSlots` read: kept so that the compiler cannot drop those reads, which
 * only bring the slots into the cache.
 */
let _warmed = 0;

/**
 * Splits text into words as WORD does, without a regex match or a substring per word, and keeps
 * in `collected` those that count (numbers, and words that are neither stopwords nor one letter),
 * each marked whether it is a name. Returns their count.
 *
 * The words are found first, then their slots read, then each word's spelling looked up: a slot
 * is most often a cache miss (tens of thousands of spellings), and reads that do not wait on one
 * another wait for memory together, not one after the other as a lookup after each word did.
 */
export function collectTokens(text: string, headline: boolean): number {
  if (table.terms.length >= MAX_FORMS) clearTable();
  const count = findWords(text);
  warmSlots(count);
  let sentenceStart = true;
  let abbreviation = false;
  for (let w = 0; w < count; w++) {
    const { slots } = table;
    const entry = entryOf(text, scanned.begins[w]!, scanned.ends[w]!, wordHashes[w]!);
    if (table.slots !== slots) moveEntries(slots, w);
    const gap = gapKinds[w]!;
    if (gap === GAP_ENDS || (gap === GAP_DOT && !abbreviation)) sentenceStart = true;
    abbreviation = (flagsOf(entry) & ABBREVIATION) !== 0;
    scanned.entries[w] = entry;
    wordStarts[w] = sentenceStart ? 1 : 0;
    sentenceStart = false;
  }
  scanned.count = count;
  return keepCounted(count, headline && titleCase(count));
}

/** Finds the words of `text`: where each begins and ends (in `scanned`), its hash and the gap before it. */
function findWords(text: string): number {
  let count = 0;
  let ends = false;
  let visible = 0;
  let onlyDot = true;
  const length = text.length;
  for (let i = 0; i < length; ) {
    let code = text.charCodeAt(i);
    let width = code < 128 ? ASCII_WORD[code]! : wideWordChar(text, i, code);
    if (width === 0) {
      // Between two words: does this gap start a sentence (see SENTENCE_GAP)?
      if (code !== 32 && code !== 9 && code !== 13) {
        visible++;
        if (code !== 46) onlyDot = false;
        if (SENTENCE_MARKS.has(code)) ends = true;
      }
      i++;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5;
    for (;;) {
      // A run of word characters, ASCII ones without a call, each code unit read once (`code`).
      while (width !== 0) {
        hash = Math.imul(hash ^ code, 16777619);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 16777619);
        i += width;
        if (i >= length) break;
        code = text.charCodeAt(i);
        width = code < 128 ? ASCII_WORD[code]! : wideWordChar(text, i, code);
      }
      if (i >= length || !isJoiner(code)) break;
      width = wordCharAt(text, i + 1);
      if (width === 0) break;
      hash = Math.imul(hash ^ code, 16777619);
      i++;
      code = text.charCodeAt(i);
    }
    // The multiplications leave the low bits, which pick the slot, poorly mixed: finish them (murmur3).
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    if (count === wordStarts.length) {
      scanned.entries = grown(scanned.entries, count + 1);
      scanned.begins = grown(scanned.begins, count + 1);
      scanned.ends = grown(scanned.ends, count + 1);
      wordStarts = grown(wordStarts, count + 1);
      wordHashes = grown(wordHashes, count + 1);
      gapKinds = grown(gapKinds, count + 1);
    }
    scanned.begins[count] = start;
    scanned.ends[count] = i;
    wordHashes[count] = hash ^ (hash >>> 16);
    gapKinds[count] = ends ? (visible === 1 && onlyDot ? GAP_DOT : GAP_ENDS) : 0;
    count++;
    ends = false;
    visible = 0;
    onlyDot = true;
  }
  return count;
}

/** Reads the first slot of each of the `count` words found, so that their lookups find them cached. */
function warmSlots(count: number): void {
  const { slots } = table;
  const mask = slots.length / SLOT - 1;
  let sum = 0;
  for (let w = 0; w < count; w++) sum += slots[(wordHashes[w]! & mask) * SLOT + HASH]!;
  _warmed += sum;
}

/** The slots doubled while a text was read: its words read so far to their new entries. */
function moveEntries(before: Int32Array, count: number): void {
  for (let w = 0; w < count; w++)
    scanned.entries[w] = table.slotOf[before[scanned.entries[w]! + NUMBER_PLUS_ONE]! - 1]!;
}

/** Most words capitalised: a headline in Title Case, whose capitals do not mark names (as `isTitleCase`). */
function titleCase(count: number): boolean {
  let counted = 0;
  let capitals = 0;
  for (let w = 0; w < count; w++) {
    const flags = flagsOf(scanned.entries[w]!);
    if (flags & TITLE_SKIP) continue;
    counted++;
    if (flags & CAPITAL) capitals++;
  }
  return counted >= 3 && capitals / counted > 0.7;
}

function keepCounted(count: number, titleCased: boolean): number {
  const out = collected;
  if (out.entries.length < count) {
    out.entries = new Int32Array(wordStarts.length);
    out.entity = new Uint8Array(wordStarts.length);
  }
  let kept = 0;
  for (let w = 0; w < count; w++) {
    const entry = scanned.entries[w]!;
    const flags = flagsOf(entry);
    if (!(flags & COUNTS)) continue;
    // A capitalised first word is grammar, not a name, unless it is an acronym.
    const name =
      !(flags & NUMBER) &&
      (flags & CAPITAL) !== 0 &&
      (titleCased || wordStarts[w] === 1 ? (flags & ACRONYM) !== 0 : true);
    out.entries[kept] = entry;
    out.entity[kept] = name ? 1 : 0;
    kept++;
  }
  out.count = kept;
  return kept;
}

/** Every counted word once, no token objects. */
export function scanTokens(
  text: string,
  options: { headline?: boolean },
  visit: (term: string, entity: boolean, number: boolean) => void,
): void {
  const count = collectTokens(text, options.headline === true);
  const { entries, entity } = collected;
  for (let t = 0; t < count; t++) visit(termOf(entries[t]!), entity[t] === 1, isNumber(entries[t]!));
}

/** Most words capitalised: a headline in Title Case, whose capitals do not mark names. */
function isTitleCase(text: string): boolean {
  let words = 0;
  let capitals = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (DIGITS.test(word) || formOf(word).stop) continue;
    words++;
    if (UPPER_START.test(word)) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}

/** The gap before a word starts a sentence, unless the dot only closed "Mr." or an initial. */
function startsSentence(gap: string, previous: string): boolean {
  if (!SENTENCE_GAP.test(gap)) return false;
  return !(gap.trim() === '.' && (HONORIFICS.has(previous) || /^\p{Lu}$/u.test(previous)));
}

/** Titles that open a name but are not one ("Mr." alone is left when the dot splits it off). */
const HONORIFICS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'St',
  'Jr',
  'Sr',
]);

/** Capitalised but no one's name: days and months. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * Named entities as written: runs of capitalised words ("Michael Steele", "Republican National
 * Committee"), joined by "of"/"de"-style particles, without a leading sentence-start stopword.
 * A Title-Case headline yields only acronyms, since its capitals mark nothing.
 */
export function entities(text: string, options: { headline?: boolean } = {}): string[] {
  const found: string[] = [];
  const titleCase = options.headline === true && isTitleCase(text);
  const particles = new Set(['of', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'al', 'bin', 'da', 'di']);
  let run: string[] = [];
  let pendingParticle: string | null = null;
  let lastEnd = 0;
  let sentenceStart = true;
  let runAtSentenceStart = false;
  let previous = '';
  const flush = () => {
    const opened = run.length;
    while (run.length && STOPWORDS.has(fold(run[0]!))) run.shift();
    // A lone capitalised first word ("Officials said…") is grammar, not a name; acronyms are names.
    const lone = runAtSentenceStart && run.length === 1 && opened === 1 && !ALL_UPPER.test(run[0]!);
    if (run.length && !lone) found.push(run.join(' '));
    run = [];
    pendingParticle = null;
  };
  for (const match of text.matchAll(WORD)) {
    const raw = dropPossessive(match[0]);
    const gap = text.slice(lastEnd, match.index);
    lastEnd = match.index + match[0].length;
    if (/[^\s]/u.test(gap.replace(/[’']/g, ''))) flush();
    if (startsSentence(gap, previous)) sentenceStart = true;
    previous = raw;
    const capital = UPPER_START.test(raw) && !DIGITS.test(raw);
    const acronym = ALL_UPPER.test(raw) && raw.length > 1 && !DIGITS.test(raw);
    const atStart = sentenceStart;
    sentenceStart = false;
    if (capital && (!titleCase || acronym)) {
      if (run.length === 0) runAtSentenceStart = atStart;
      if (pendingParticle) run.push(pendingParticle);
      pendingParticle = null;
      run.push(raw);
    } else if (run.length && particles.has(raw) && !pendingParticle) {
      pendingParticle = raw;
    } else flush();
  }
  flush();
  return found.filter(
    (name) =>
      name.length > 1 && !STOPWORDS.has(fold(name)) && !HONORIFICS.has(name) && !CALENDAR.has(fold(name)),
  );
}

/** Numbers as facts: canonical, without bare small counts that every story has ("1", "2"). */
export function numbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    if (!DIGITS.test(raw)) continue;
    const value = canonicalNumber(raw.replace(/[.,]$/, ''));
    if (/^\d$/.test(value)) continue;
    found.push(value);
  }
  return found;
}

/** Splits text into sentences, keeping abbreviations like "Mr." and "U.S." inside. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    const parts = block.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u);
    let carry = '';
    for (const part of parts) {
      const joined = carry ? `${carry} ${part}` : part;
      if (
        /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|U\.S|U\.K|No)\.$/u.test(part) ||
        /\b\p{Lu}\.$/u.test(part)
      ) {
        carry = joined;
        continue;
      }
      carry = '';
      if (joined.trim()) out.push(joined.trim());
    }
    if (carry.trim()) out.push(carry.trim());
  }
  return out;
}

/** Words as a reader would recognise them: folded but not stemmed, no stopwords, numbers or one-letter words. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = dropPossessive(match[0]);
    if (!raw || DIGITS.test(raw)) continue;
    const { folded, stop } = formOf(raw);
    if (!stop && folded.length > 2) out.push(folded);
  }
  return out;
}
