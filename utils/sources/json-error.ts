/**
 * Where a JSON text stops being JSON, as a line and column a reader can find. `JSON.parse` names
 * no line, and for an unexpected token names no position at all (V8 quotes a snippet that may
 * span lines), so an import error built from its message could neither point at the fault nor
 * fit on one line.
 */

// JSON strings may not hold raw control characters: matching them here is the point.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON's own rule for strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WHITESPACE = /[ \t\n\r]*/y;

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

function lengthAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}

/** The offset of the first character that makes `text` invalid JSON (`text.length` when it ends too soon), or -1. */
export function jsonErrorOffset(text: string): number {
  // An explicit stack, not recursion: a hostile file may nest deeper than the call stack allows.
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const close = () => {
    stack.pop();
    i++;
    state = stack.length ? 'comma-or-close' : 'end';
  };
  for (;;) {
    i += lengthAt(WHITESPACE, text, i);
    if (i >= text.length) return state === 'end' ? -1 : text.length;
    const char = text[i];
    if (state === 'end') return i;
    if (state === 'colon') {
      if (char !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'comma-or-close') {
      const top = stack.at(-1);
      if (char === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (char === (top === '{' ? '}' : ']')) close();
      else return i;
    } else if (state === 'key' || state === 'key-or-close') {
      if (state === 'key-or-close' && char === '}') close();
      else {
        const length = lengthAt(STRING, text, i);
        if (!length) return i;
        i += length;
        state = 'colon';
      }
    } else if (state === 'value-or-close' && char === ']') close();
    else if (char === '{' || char === '[') {
      stack.push(char);
      i++;
      state = char === '{' ? 'key-or-close' : 'value-or-close';
    } else {
      const length = lengthAt(STRING, text, i) || lengthAt(NUMBER, text, i) || lengthAt(LITERAL, text, i);
      if (!length) return i;
      i += length;
      state = stack.length ? 'comma-or-close' : 'end';
    }
  }
}

/**
 * Where and why JSON.parse refused `text`: `line 3, column 26: unexpected "}"`. Falls back to the
 * first line of the engine's own message should the two ever disagree.
 */
export function describeJsonError(text: string, error: unknown): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return String(error instanceof Error ? error.message : error).split('\n')[0]!;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found =
    offset < text.length
      ? `unexpected ${JSON.stringify(text.slice(offset, offset + 1))}`
      : 'the text ends too soon';
  return `line ${line}, column ${column}: ${found}`;
}
