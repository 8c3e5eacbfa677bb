import { expect, it } from 'vitest';
import { blockText } from '../../../utils/extract/block-text';

const bodyOf = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

it('puts each block on its own line, where textContent glues the words together', () => {
  const body = bodyOf(
    '<h2>Title</h2><p>First paragraph.</p><p>Second <b>bold</b> one.</p><ul><li>a</li><li>b</li></ul>',
  );
  expect(body.textContent).toContain('TitleFirst paragraph.Second');
  expect(blockText(body)).toBe('Title\nFirst paragraph.\nSecond bold one.\na\nb');
});

it('collapses whitespace, including no-break spaces, and drops empty lines', () => {
  expect(blockText(bodyOf('<p>  spaced \n\t out&nbsp;&nbsp;text </p><div>   </div><p>next</p>'))).toBe(
    'spaced out text\nnext',
  );
});

it('breaks lines at <br> and keeps table cells apart', () => {
  expect(blockText(bodyOf('line one<br>line two<table><tr><td>a</td><td>b</td></tr></table>'))).toBe(
    'line one\nline two\na b',
  );
});

it('skips scripts, styles and other text a reader never sees', () => {
  expect(
    blockText(
      bodyOf('<p>kept</p><script>var x = 1;</script><style>p{}</style><template>t</template><p>also</p>'),
    ),
  ).toBe('kept\nalso');
});

it('stops at the length cap', () => {
  const text = blockText(bodyOf('<p>word </p>'.repeat(1000)), 50);
  expect(text.length).toBeLessThanOrEqual(50);
  expect(text.startsWith('word\nword')).toBe(true);
});

it('handles nesting deeper than the call stack allows for recursion', () => {
  const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
  let parent: Element = doc.body;
  for (let i = 0; i < 20_000; i++) {
    const div = doc.createElement('div');
    parent.append(div);
    parent = div;
  }
  parent.textContent = 'deep';
  expect(blockText(doc.body)).toBe('deep');
});

it('returns an empty string for an empty element', () => {
  expect(blockText(bodyOf(''))).toBe('');
});
