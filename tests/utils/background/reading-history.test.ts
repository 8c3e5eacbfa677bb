import { describe, expect, it } from 'vitest';
import { recordVisit } from '../../../utils/background/reading-history';
import { listVisits, openParallaxDb } from '../../../utils/db';
import type { ReportState } from '../../../utils/messages';
import { card } from './outlet-fixtures';

const article = {
  url: 'https://www.cnn.com/a',
  title: 'A',
  byline: null,
  publishedTime: null,
  siteName: null,
};
const ok: ReportState = {
  kind: 'ok',
  url: article.url,
  outlet: card('CNN', 'cnn.com', 'lean-left'),
  article,
  coverage: { status: 'loading' },
};
const at = (iso: string) => new Date(iso);

describe('reading history', () => {
  it('records nothing unless the reader opted in', async () => {
    const db = await openParallaxDb('history-opt-out');
    await recordVisit(db, ok, false, at('2026-01-02T10:00:00Z'));
    expect(await listVisits(db)).toEqual([]);
  });

  it('records a known outlet’s article once a day, with its lean', async () => {
    const db = await openParallaxDb('history-once');
    await recordVisit(db, ok, true, at('2026-01-02T10:00:00Z'));
    await recordVisit(db, ok, true, at('2026-01-02T10:00:04Z'));
    await recordVisit(db, ok, true, at('2026-01-03T11:00:00Z'));
    const visits = await listVisits(db);
    expect(visits.map((visit) => [visit.visitedAt, visit.outletId, visit.bias])).toEqual([
      ['2026-01-02T10:00:00.000Z', 'cnn', 'lean-left'],
      ['2026-01-03T11:00:00.000Z', 'cnn', 'lean-left'],
    ]);
  });

  it('skips pages that are not a known outlet’s article', async () => {
    const db = await openParallaxDb('history-skip');
    await recordVisit(
      db,
      { kind: 'not-article', url: article.url, outlet: null },
      true,
      at('2026-01-02T10:00:00Z'),
    );
    expect(await listVisits(db)).toEqual([]);
  });
});
