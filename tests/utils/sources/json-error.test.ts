import { describe, expect, it } from 'vitest';
import { describeJsonError, jsonErrorOffset } from '../../../utils/sources/json-error';

function describe_(text: string): string {
  let error: unknown;
  try {
    JSON.parse(text);
  } catch (caught) {
    error = caught;
  }
  return describeJsonError(text, error);
}

describe('describeJsonError', () => {
  it('names the line and column of the first character that is not JSON', () => {
    expect(describe_('{"outlets": [\n  {"id": "a"},\n  {"id": }\n]}')).toBe(
      'line 3, column 10: unexpected "}"',
    );
    expect(describe_('[1, 2,]')).toBe('line 1, column 7: unexpected "]"');
    expect(describe_('{"a" 1}')).toBe('line 1, column 6: unexpected "1"');
    expect(describe_("{'a': 1}")).toBe('line 1, column 2: unexpected "\'"');
    expect(describe_('[1] [2]')).toBe('line 1, column 5: unexpected "["');
    expect(describe_('"tab\tin a string"')).toBe('line 1, column 1: unexpected "\\""');
  });

  it('says when the text ends too soon', () => {
    expect(describe_('{"sources": [1,\n2')).toBe('line 2, column 2: the text ends too soon');
    expect(describe_('')).toBe('line 1, column 1: the text ends too soon');
  });

  it('finds no error in valid JSON, however deeply nested', () => {
    for (const text of ['{}', '[]', ' null ', '-0.5e+3', '{"a":[true,false,{"b":"\\u00e9\\n"}]}']) {
      expect(jsonErrorOffset(text), text).toBe(-1);
    }
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(-1);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}}`)).toBe(100_000);
  });
});
