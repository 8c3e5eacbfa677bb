import { describe, expect, it } from 'vitest';
import { framingTermsOf, MIN_Z, weightedLogOdds } from '../../../utils/framing/log-odds';

describe('weightedLogOdds', () => {
  it('is positive for a word used more inside, negative for one used more outside, near zero when even', () => {
    const inside = new Map([
      ['undocumented', 9],
      ['border', 5],
      ['illegal', 1],
    ]);
    const outside = new Map([
      ['undocumented', 1],
      ['border', 5],
      ['illegal', 9],
    ]);
    const prior = new Map([
      ['undocumented', 10],
      ['border', 10],
      ['illegal', 10],
    ]);
    const z = weightedLogOdds(inside, outside, prior);
    expect(z.get('undocumented')!).toBeGreaterThan(MIN_Z);
    expect(z.get('illegal')!).toBeLessThan(-MIN_Z);
    expect(Math.abs(z.get('border')!)).toBeLessThan(0.5);
  });

  it('shrinks a difference seen only a few times', () => {
    const prior = new Map([
      ['rare', 2],
      ['common', 40],
    ]);
    const few = weightedLogOdds(new Map([['rare', 2]]), new Map(), prior).get('rare')!;
    const many = weightedLogOdds(new Map([['common', 40]]), new Map(), prior).get('common')!;
    expect(many).toBeGreaterThan(few);
  });
});

describe('framingTermsOf', () => {
  const left = 'Undocumented migrants detained at the border. Advocates say undocumented families suffer.';
  const right = 'Illegal aliens caught at the border. Officials say illegal crossings surge.';
  const reports = [
    ...Array.from({ length: 6 }, () => ({ side: 'left' as const, text: left })),
    ...Array.from({ length: 6 }, () => ({ side: 'right' as const, text: right })),
  ];

  it('lists each side’s own words, with positive z and their counts', () => {
    const terms = framingTermsOf(reports);
    expect(terms.left?.map((term) => term.term)).toContain('undocumented');
    expect(terms.right?.map((term) => term.term)).toContain('illegal');
    expect(terms.left?.find((term) => term.term === 'undocumented')).toMatchObject({ count: 12 });
    for (const list of Object.values(terms))
      for (const term of list!) expect(term.z).toBeGreaterThanOrEqual(MIN_Z);
    expect(terms.left?.map((term) => term.term)).not.toContain('border');
  });

  it('needs two sides and words seen in at least two reports', () => {
    expect(framingTermsOf(reports.filter((report) => report.side === 'left'))).toEqual({});
    expect(
      framingTermsOf([
        { side: 'left', text: left },
        { side: 'right', text: right },
      ]),
    ).toEqual({ left: [], right: [] });
  });
});
