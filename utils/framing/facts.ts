/**
 * What sets the reader's article apart from the rest of the coverage: the words of its headline
 * no other report used, and the names and numbers most other reports carried that it left out.
 */
import { contentWords, entities, fold, numbers, stem, tokenize } from '../matching/text';

export interface ReportText {
  title: string;
  body: string;
}

function stems(text: string): Set<string> {
  return new Set(tokenize(text).map((token) => token.term));
}

/** Headline words (as written, folded) whose stem appears in no other report's headline or text. */
export function headlineOnlyTerms(headline: string, others: ReportText[]): string[] {
  if (others.length === 0) return [];
  const used = new Set<string>();
  for (const other of others) for (const term of stems(`${other.title}\n${other.body}`)) used.add(term);
  const out: string[] = [];
  for (const word of contentWords(headline)) if (!used.has(stem(word)) && !out.includes(word)) out.push(word);
  return out;
}

/** A report "has" a name when it mentions its last word ("Steele" covers "Michael Steele"). */
function nameKey(name: string): string {
  const words = name.split(/\s+/);
  return stem(fold(words.at(-1)!.replace(/[’'.]/g, '')));
}

/** A fact must be in at least this many other reports, and in more than half of them. */
const MIN_REPORTS = 2;
const MAX_FACTS = 10;

export function omittedFacts(
  article: ReportText,
  others: ReportText[],
): { fact: string; reportedBy: number }[] {
  const needed = Math.max(MIN_REPORTS, Math.floor(others.length / 2) + 1);
  if (others.length < needed) return [];
  const own = `${article.title}\n${article.body}`;
  const ownTerms = stems(own);
  const ownNumbers = new Set(numbers(own));
  // The facts other reports state that the article lacks, with the ways they write them.
  const forms = new Map<string, Map<string, number>>();
  const note = (key: string, form: string) => {
    const written = forms.get(key) ?? new Map<string, number>();
    written.set(form, (written.get(form) ?? 0) + 1);
    forms.set(key, written);
  };
  for (const other of others) {
    for (const name of [...entities(other.title, { headline: true }), ...entities(other.body)]) {
      const key = nameKey(name);
      if (key && !ownTerms.has(key)) note(`name:${key}`, name);
    }
    for (const value of numbers(`${other.title}\n${other.body}`))
      if (!ownNumbers.has(value)) note(`number:${value}`, value);
  }
  // A report states a fact when it has the name's last word or the number anywhere, not only
  // where a capital marks it ("Whitfield hailed…" opens a sentence).
  const otherTerms = others.map((other) => stems(`${other.title}\n${other.body}`));
  const otherNumbers = others.map((other) => new Set(numbers(`${other.title}\n${other.body}`)));
  return [...forms]
    .map(([key, written]) => {
      const value = key.slice(key.indexOf(':') + 1);
      const states = key.startsWith('name:') ? otherTerms : otherNumbers;
      return { fact: mostCommon(written), reportedBy: states.filter((set) => set.has(value)).length };
    })
    .filter((fact) => fact.reportedBy >= needed)
    .sort((a, b) => b.reportedBy - a.reportedBy || (a.fact < b.fact ? -1 : 1))
    .slice(0, MAX_FACTS);
}

/** The longest of the most frequent forms: "Michael Steele" over "Steele". */
function mostCommon(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}
