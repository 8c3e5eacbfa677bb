import { collapseWhitespace } from './clean-text';
import { MAX_TEXT_CHARS } from './limits';

// Node types as numbers: the DOM's `Node` global is absent in a service worker and under Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that start a new line of text: the end of one paragraph never runs into the next. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells sit side by side: a space keeps their words apart without breaking the row. */
const cellElements = new Set(['td', 'th']);

/**
 * Elements whose text is never read as part of the page. Some parsers keep `noscript` and
 * `noframes` contents as raw markup text.
 */
const hiddenElements = new Set([
  'script',
  'style',
  'noscript',
  'noframes',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
]);

function localNameOf(node: Node): string {
  return ((node as Element).localName ?? '').toLowerCase();
}

/**
 * The text of `root` as a reader sees it: one line per block (paragraph, heading, list item…),
 * whitespace collapsed, empty lines dropped, at most `maxChars` long. Unlike `textContent` it
 * never glues the last word of one paragraph to the first of the next. Walks the tree without
 * recursion, so deep nesting cannot overflow the stack.
 */
export function blockText(root: Node, maxChars = MAX_TEXT_CHARS): string {
  const lines: string[] = [];
  let length = 0;
  let line = '';
  const endLine = () => {
    const text = collapseWhitespace(line);
    line = '';
    if (!text) return;
    lines.push(text);
    length += text.length + 1;
  };

  let node: Node | null = root.firstChild;
  while (node && length < maxChars) {
    let enter = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      // One huge text node must not cost more than the cap either.
      line += (node as CharacterData).data.slice(0, maxChars);
      if (line.length > maxChars) endLine();
    } else if (node.nodeType === ELEMENT_NODE) {
      const name = localNameOf(node);
      if (!hiddenElements.has(name)) {
        if (blockElements.has(name)) endLine();
        else if (cellElements.has(name)) line += ' ';
        enter = node.firstChild !== null;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, ending the line after each block left behind.
    while (node && node !== root) {
      if (node.nodeType === ELEMENT_NODE && blockElements.has(localNameOf(node))) endLine();
      else if (node.nodeType === ELEMENT_NODE && cellElements.has(localNameOf(node))) line += ' ';
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
    }
    if (node === root) break;
  }
  endLine();
  return lines.join('\n').slice(0, maxChars);
}
