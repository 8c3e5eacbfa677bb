import { describe, expect, it } from 'vitest';
import { listDatasets } from '../../../utils/db';
import { optionsHarness } from './options-helpers';

const CSV = [
  'name,domains,bias,factuality,country',
  'Good Paper,goodpaper.example,center,high,US',
  'No Bias Given,nobias.example,sideways,high,US',
  'Second Good,second.example,lean-left,,GB',
  'Duplicate,goodpaper.example,left,,US',
].join('\n');

const NAME = 'my-ratings.csv';

describe('options: imports', { timeout: 30_000 }, () => {
  it('previews a file with per-row errors (line and reason) and stores nothing', async () => {
    const { send, db, ratingsChanged } = await optionsHarness();
    const answer = await send('imports:preview', { format: 'csv', name: NAME, text: CSV });
    expect(answer).toMatchObject({
      ok: true,
      preview: { name: NAME, imported: 2, skipped: 2, replaces: false, moreErrors: 0 },
    });
    if (!answer.ok) return;
    expect(answer.preview.errors).toEqual([
      { line: 3, reason: expect.stringContaining('sideways') },
      { line: 5, reason: expect.stringContaining('duplicate domain "goodpaper.example"') },
    ]);
    expect(await listDatasets(db)).toEqual([]);
    expect(ratingsChanged).not.toHaveBeenCalled();
  });

  it('applies the valid rows as one dataset, which the sources then show, and undoes it', async () => {
    const { send, ratingsChanged } = await optionsHarness();
    expect(await send('imports:apply', { format: 'csv', name: NAME, text: CSV })).toMatchObject({
      ok: true,
      preview: { imported: 2 },
    });
    expect(ratingsChanged).toHaveBeenCalledTimes(1);
    expect((await send('imports:list', {})).datasets).toEqual([
      { name: NAME, importedAt: '2026-03-04T12:00:00.000Z', outlets: 2 },
    ]);
    const query = { text: 'goodpaper', lean: null, country: null, kind: null, offset: 0, limit: 5 } as const;
    const [row] = (await send('sources:query', query)).rows;
    expect(row?.from.bias).toBe(`import:${NAME}`);
    // Applying the same name again says it replaces the earlier import.
    expect(await send('imports:preview', { format: 'csv', name: NAME, text: CSV })).toMatchObject({
      preview: { replaces: true },
    });

    expect(await send('imports:undo', { name: NAME })).toEqual({ ok: true });
    expect((await send('imports:list', {})).datasets).toEqual([]);
    expect((await send('sources:query', query)).rows).toEqual([]);
    expect(await send('imports:undo', { name: NAME })).toMatchObject({ ok: false });
  });

  it('refuses a file that is not a ratings file, or has no valid row, and keeps the old data', async () => {
    const { send, db } = await optionsHarness();
    await send('imports:apply', { format: 'csv', name: NAME, text: CSV });
    const notRatings = await send('imports:apply', {
      format: 'csv',
      name: NAME,
      text: 'title,author\nA,B\n',
    });
    expect(notRatings).toMatchObject({ ok: false, reason: expect.stringContaining('the header lacks') });
    const corrupt = await send('imports:apply', {
      format: 'json',
      name: NAME,
      text: '{"schema": 1, "outlets": [',
    });
    expect(corrupt).toMatchObject({ ok: false });
    const allBad = await send('imports:apply', {
      format: 'csv',
      name: NAME,
      text: 'name,domains,bias\nX,not a domain,left\n',
    });
    expect(allBad).toMatchObject({ ok: false, reason: expect.stringContaining('nothing was imported') });
    const [kept] = await listDatasets(db);
    expect(kept?.dataset.outlets.map((outlet) => outlet.name)).toEqual(['Good Paper', 'Second Good']);
  });
});
