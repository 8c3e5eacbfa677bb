// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../../scripts/cli/io';
import { indexPool } from '../../../scripts/cli/pool';
import type { CoverageItem } from '../../../utils/coverage/item';

const FIXTURES = join(process.cwd(), 'tests/fixtures/cli');
const pool = readItems(join(FIXTURES, 'pool.jsonl'));
const queries = readItems(join(FIXTURES, 'queries.jsonl'));
const query = (id: string) => queries.find((item) => item.id === id)!;

/** The fixture pool with the whale report given the id of a tram report: two articles, one id. */
const sharedId = (): CoverageItem[] =>
  pool.map((item) => (item.id === 'whale' ? { ...item, id: 'tram-left' } : item));

const answers = (index: ReturnType<typeof indexPool>, item: CoverageItem) =>
  index.related(item).map((match) => `${match.id}: ${match.item.title}`);

describe('indexPool', () => {
  it('keeps every article of a pool that gives two of them one id, and answers with that id', () => {
    const index = indexPool(sharedId());
    const whale = pool.find((item) => item.id === 'whale')!;
    const tramLeft = pool.find((item) => item.id === 'tram-left')!;
    expect(index.items).toHaveLength(pool.length);
    expect(answers(index, query('q-whale'))).toEqual([`tram-left: ${whale.title}`]);
    expect(answers(index, query('q-tram'))).toContain(`tram-left: ${tramLeft.title}`);
    expect(answers(index, query('q-tram'))).not.toContain(`tram-left: ${whale.title}`);
  });

  it('never answers a query with a pool item of its own id, however many the pool has', () => {
    const index = indexPool(sharedId());
    // The whale query, given the id both pool articles carry: its only same-story item is one of them.
    expect(index.related({ ...query('q-whale'), id: 'tram-left' })).toEqual([]);
    expect(index.nearby({ ...query('q-whale'), id: 'tram-left' }, 10).map((m) => m.id)).not.toContain(
      'tram-left',
    );
    // And the index is whole again for the next query.
    expect(answers(index, query('q-whale'))).toHaveLength(1);
  });

  it('names a repeated id apart from every id the pool gives', () => {
    const base = pool[0]!;
    const index = indexPool([base, { ...base, id: `${base.id}#2` }, base]);
    const names = index.items.map((item) => item.id);
    expect(new Set(names).size).toBe(3);
    expect(names.map(index.givenId)).toEqual([base.id, `${base.id}#2`, base.id]);
  });

  it('changes nothing for a pool whose ids are all different', () => {
    const index = indexPool(pool);
    expect(index.items).toEqual(pool);
    expect(answers(index, query('q-whale'))).toEqual([
      `whale: ${pool.find((item) => item.id === 'whale')!.title}`,
    ]);
  });
});
