/**
 * What `JSON.parse` hides: an object key given twice (it silently keeps the last value), and the
 * line each element of a top-level array starts on (for messages that name a line).
 * Run on text `JSON.parse` has already accepted.
 */

export type JsonPath = (string | number)[];

export interface DuplicateKey {
  /** Path of the object holding the key twice: `['sources', 3]`. */
  path: JsonPath;
  key: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

export interface JsonScan {
  duplicates: DuplicateKey[];
  /** 1-based start line of each element of the top-level array (empty when the root is not an array). */
  elementLines: number[];
}

interface ObjectFrame {
  kind: 'object';
  keys: Set<string>;
  key: string;
  expectKey: boolean;
}

interface ArrayFrame {
  kind: 'array';
  index: number;
  expectValue: boolean;
}

type Frame = ObjectFrame | ArrayFrame;

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

function pathOf(stack: Frame[]): JsonPath {
  return stack.slice(0, -1).map((frame) => (frame.kind === 'array' ? frame.index : frame.key));
}

export function scanJson(text: string): JsonScan {
  const duplicates: DuplicateKey[] = [];
  const elementLines: number[] = [];
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    if (WHITESPACE.has(char)) continue;
    const top = stack.at(-1);
    if (top?.kind === 'array' && top.expectValue && char !== ']') {
      top.expectValue = false;
      if (stack.length === 1) elementLines.push(line);
    }
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) duplicates.push({ path: pathOf(stack), key, line });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (char === '{') {
      stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0, expectValue: true });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else {
        top.index++;
        top.expectValue = true;
      }
    }
  }
  return { duplicates, elementLines };
}
