/**
 * Turns a feed's bytes into text. The encoding comes, in this order, from a byte-order mark, the
 * HTTP `Content-Type` charset, the XML declaration; a feed that declares nothing is read as UTF-8
 * when its bytes are valid UTF-8, and as windows-1252 (the web's "Latin-1") otherwise, because
 * undeclared Latin-1 feeds are common (Brazilian and European outlets) while undeclared
 * windows-1251 or Shift-JIS are not guessable anyway.
 */

export interface DecodedFeed {
  text: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(({ bytes: bom }) => bom.every((byte, i) => bytes[i] === byte))?.encoding;
}

/** The charset parameter of a `Content-Type` header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

function xmlDeclarationEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding, so reading the head as Latin-1 is safe.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const match = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}

// windows-1252's characters at 0x80–0x9F (undefined bytes map to themselves). Browsers' TextDecoder
// applies this itself; Node's decodes those bytes as C1 controls, so the CLI needs the table.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoder for a declared label, or undefined when the label names no encoding TextDecoder knows. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const bom = bomEncoding(bytes);
  // TextDecoder strips the BOM itself.
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  for (const label of [charsetOf(contentType), xmlDeclarationEncoding(bytes)]) {
    const decoder = label ? decoderFor(label) : undefined;
    if (decoder) return { text: decode(decoder, bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252' };
  }
}
