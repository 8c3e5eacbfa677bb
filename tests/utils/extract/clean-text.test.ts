import { expect, it } from 'vitest';
import { cleanField, decodeEntities } from '../../../utils/extract/clean-text';

it('decodes character references left in double-escaped values', () => {
  expect(decodeEntities('Tom &amp; Jerry &quot;live&quot; &#39;24 &#x1F600; &copy;')).toBe(
    `Tom & Jerry "live" '24 😀 &copy;`,
  );
});

it('replaces references to no valid character with U+FFFD, as the HTML parser does', () => {
  expect(decodeEntities('&#0; &#xD800; &#x110000;')).toBe('\ufffd \ufffd \ufffd');
});

it('cleanField trims, collapses whitespace, caps the length and maps empty or non-strings to null', () => {
  expect(cleanField('  a \n\t b\u00a0c ')).toBe('a b c');
  expect(cleanField('x'.repeat(50), 10)).toBe('x'.repeat(10));
  expect(cleanField('   ')).toBeNull();
  expect(cleanField(42)).toBeNull();
  expect(cleanField(undefined)).toBeNull();
});
