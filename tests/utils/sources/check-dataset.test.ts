import { describe, expect, it } from 'vitest';
import { checkDatasetFiles } from '../../../utils/sources/check-dataset';
import { fixtureOutlets } from './fixture-outlets';

/** A region file as the data writers write it: a JSON array, one outlet a line. */
function file(name: string, outlets: unknown[]) {
  return { name, text: `[\n${outlets.map((outlet) => JSON.stringify(outlet)).join(',\n')}\n]\n` };
}

const [cnn, bbc, fox, nyt] = fixtureOutlets();

describe('checkDatasetFiles', () => {
  it('passes the hand-written fixture, and counts what is unrated', () => {
    const report = checkDatasetFiles([file('a.json', fixtureOutlets())]);
    expect(report.errors).toEqual([]);
    expect(report.outlets).toHaveLength(fixtureOutlets().length);
    expect(report.gaps.lean).toEqual([
      'a.json:19 (the-startup)',
      'a.json:22 (google-news)',
      'a.json:23 (apple-news)',
    ]);
  });

  it('names file, line, id and field in every error', () => {
    const report = checkDatasetFiles([
      file('us.json', [
        cnn,
        { ...bbc, bias: { ...bbc!.bias, score: 0.5 } },
        { ...fox, feeds: [{ url: 'feed://x.com/rss', topic: 'main' }] },
      ]),
      file('world.json', [
        { ...nyt, country: 'UK' },
        { ...cnn, id: 'cnn-copy' },
      ]),
    ]);
    expect(report.errors).toEqual([
      'us.json:3 (bbc-news) bias.score: 0.5 does not fit label "center" (-0.2 … 0.2)',
      'us.json:4 (fox-news) feeds[0].url: "feed://x.com/rss" must be an http(s) URL',
      'world.json:2 (nytimes) country: must be an ISO 3166-1 alpha-2 code: the United Kingdom is "GB"',
      'world.json:3 (cnn-copy): "cnn.com" is already claimed by us.json:2 (cnn)',
      'world.json:3 (cnn-copy): "edition.cnn.com" is already claimed by us.json:2 (cnn)',
    ]);
    expect(report.warnings).toEqual([
      'world.json:3 (cnn-copy): feed http://rss.cnn.com/rss/cnn_topstories.rss is also listed by us.json:2 (cnn)',
    ]);
  });

  it('reports duplicates inside one file against the line of the first', () => {
    const report = checkDatasetFiles([file('eu.json', [cnn, bbc, { ...fox, id: 'cnn' }])]);
    expect(report.errors).toEqual(['eu.json:4 (cnn) id: "cnn" is already the id of eu.json:2 (cnn)']);
  });

  it('reports keys given twice, and files that are not JSON arrays', () => {
    const twice = {
      name: 'k.json',
      text: `[\n${JSON.stringify(cnn).replace('"kind"', '"kind": "digital", "kind"')}\n]`,
    };
    expect(checkDatasetFiles([twice]).errors).toEqual([
      'k.json:2 (cnn): key "kind" appears twice (line 2); JSON keeps only the last',
    ]);
    expect(checkDatasetFiles([{ name: 'o.json', text: '{}' }]).errors).toEqual([
      'o.json: must be a JSON array of outlets, one a line',
    ]);
    expect(checkDatasetFiles([{ name: 'bad.json', text: '[\n{"id": "x",}\n]' }]).errors[0]).toMatch(
      /^bad\.json:2: not valid JSON/,
    );
  });
});
