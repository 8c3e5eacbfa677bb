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
    const folded = fold(raw.replace(/[’'.]/g, ''));
    form = { folded, term: stem(folded), stop: STOPWORDS.has(folded) };
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(raw, form);
  }
  return form;
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

/** What is known of a word as written, whatever its context: computed once per spelling. */
interface Spelling {
  /** Counted form (folded and stemmed, or canonical number); '' for a word that never counts. */
  term: string;
  stop: boolean;
  number: boolean;
  capital: boolean;
  acronym: boolean;
  /** An honorific or an initial: a dot after it does not end a sentence. */
  abbreviation: boolean;
}

const spellings = new Map<string, Spelling>();

function spellingOf(written: string): Spelling {
  let spelling = spellings.get(written);
  if (spelling !== undefined) return spelling;
  const raw = dropPossessive(written);
  if (DIGITS.test(raw)) {
    spelling = {
      term: canonicalNumber(raw),
      stop: false,
      number: true,
      capital: false,
      acronym: false,
      abbreviation: false,
    };
  } else {
    const { folded, term, stop } = formOf(raw);
    spelling = {
      term: folded.length < 2 ? '' : term,
      stop,
      number: false,
      capital: UPPER_START.test(raw),
      acronym: ALL_UPPER.test(raw) && raw.length > 1,
      abbreviation: HONORIFICS.has(raw) || /^\p{Lu}$/u.test(raw),
    };
  }
  if (spellings.size >= MAX_FORMS) spellings.clear();
  spellings.set(written, spelling);
  return spelling;
}

/** Whether the characters between two words end a sentence (see SENTENCE_GAP), without slicing. */
function gapEndsSentence(text: string, from: number, to: number, previous: Spelling | null): boolean {
  let ends = false;
  let visible = 0;
  let onlyDot = true;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13) continue;
    visible++;
    if (code !== 46) onlyDot = false;
    if (SENTENCE_MARKS.has(code)) ends = true;
  }
  if (!ends) return false;
  return !(visible === 1 && onlyDot && previous?.abbreviation);
}

/** The hot loop of indexing: every word once, no token objects. */
export function scanTokens(
  text: string,
  options: { headline?: boolean },
  visit: (term: string, entity: boolean, number: boolean) => void,
): void {
  const titleCase = options.headline === true && isTitleCase(text);
  let sentenceStart = true;
  let lastEnd = 0;
  let previous: Spelling | null = null;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const spelling = spellingOf(match[0]);
    if (gapEndsSentence(text, lastEnd, match.index, previous)) sentenceStart = true;
    lastEnd = match.index + match[0].length;
    previous = spelling;
    const atStart = sentenceStart;
    sentenceStart = false;
    if (spelling.number) {
      visit(spelling.term, false, true);
      continue;
    }
    if (!spelling.term || spelling.stop) continue;
    // A capitalised first word is grammar, not a name, unless it is an acronym.
    const entity = spelling.capital && !spelling.stop && (titleCase || atStart ? spelling.acronym : true);
    visit(spelling.term, entity, false);
  }
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
