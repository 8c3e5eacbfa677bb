import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../utils/feeds/html-text';

describe('htmlToText', () => {
  it('strips tags, keeps words apart across blocks and together across inline tags', () => {
    expect(htmlToText('<p>One</p><p><b>Trump</b>&rsquo;s <a href="x">plan</a></p>')).toBe('One Trump’s plan');
  });

  it('drops script and style bodies, comments, and survives unclosed markup', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{}</style><!-- c -->d')).toBe('a b d');
    expect(htmlToText('text <script>never closed')).toBe('text');
    expect(htmlToText('broken <a href="x"')).toBe('broken');
  });

  it('keeps a lone < that starts no tag', () => {
    expect(htmlToText('1 < 2 &amp;&amp; 3 > 2')).toBe('1 < 2 && 3 > 2');
  });

  it('removes control characters and collapses whitespace', () => {
    expect(htmlToText('a\u0000\u0007  \n\t b\u009f')).toBe('a b');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and named references, leaves unknown names, refuses NUL and surrogates', () => {
    expect(decodeEntities('&#233;&#xE9;&eacute;&hellip;&euro;&nope;')).toBe('ééé…€&nope;');
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
  });
});
