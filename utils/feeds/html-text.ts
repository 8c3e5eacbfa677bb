/**
 * HTML in feed titles and summaries reduced to plain text without a DOM (a service worker has no
 * DOMParser): tags stripped, `<script>`/`<style>` bodies dropped, entities decoded, control
 * characters removed, whitespace collapsed. The text is only ever rendered as text.
 */

// ISO 8859-1's named entities, in code point order from U+00A0 (HTML 4's Latin-1 set).
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER_ENTITIES: Record<string, number> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  euro: 0x20ac,
  trade: 0x2122,
};

const NAMED_ENTITIES: Map<string, string> = new Map([
  ...LATIN1_NAMES.split(' ').map((name, i): [string, string] => [name, String.fromCodePoint(0xa0 + i)]),
  ...Object.entries(OTHER_ENTITIES).map(([name, code]): [string, string] => [
    name,
    String.fromCodePoint(code),
  ]),
]);

function fromCodePoint(code: number): string {
  // Surrogates, out-of-range and NUL code points are what a hostile feed would send; U+FFFD is the HTML answer.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Decodes numeric and common named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, dec, hex, name) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      return NAMED_ENTITIES.get(name) ?? whole;
    },
  );
}

// C0 controls other than tab/newline/carriage return, DEL, C1 controls, and non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

const HIDDEN_ELEMENTS = ['script', 'style', 'template', 'noscript'];
// Inline tags vanish ("<b>Trump</b>'s" reads "Trump's"); every other tag separates words, so that
// "<p>one</p><p>two</p>" does not read "onetwo".
const INLINE_TAGS = new Set(
  'a abbr b bdi cite code em font i mark q s small span strong sub sup time u'.split(' '),
);
const TAGS = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*(?:>|$)|<!--[\s\S]*?(?:-->|$)|<[!?][^<>]*(?:>|$)/g;

/** Drops the bodies of elements whose text is never shown; linear even on unclosed tags. */
function dropHiddenElements(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  for (;;) {
    let start = -1;
    let name = '';
    for (const candidate of HIDDEN_ELEMENTS) {
      const at = lower.indexOf(`<${candidate}`, from);
      if (at !== -1 && (start === -1 || at < start)) {
        start = at;
        name = candidate;
      }
    }
    if (start === -1) return out + html.slice(from);
    out += `${html.slice(from, start)} `;
    const end = lower.indexOf(`</${name}`, start);
    if (end === -1) return out;
    const close = lower.indexOf('>', end);
    if (close === -1) return out;
    from = close + 1;
  }
}

/** Plain text of an HTML fragment (or of plain text that may hold entities). */
export function htmlToText(html: string): string {
  // Most titles are plain text: skip the tag and entity passes.
  if (!html.includes('<') && !html.includes('&'))
    return stripControlCharacters(html).replace(/\s+/g, ' ').trim();
  const withoutMarkup = dropHiddenElements(html).replace(TAGS, (_tag, _slash, name: string | undefined) =>
    name && INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
  );
  return stripControlCharacters(decodeEntities(withoutMarkup)).replace(/\s+/g, ' ').trim();
}
