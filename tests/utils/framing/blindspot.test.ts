import { describe, expect, it } from 'vitest';
import { BLINDSPOT_SHARE, blindspotOf, MIN_RATED_OUTLETS } from '../../../utils/framing/blindspot';
import { share } from '../../../utils/framing/distribution';

const sides = (left: number, center: number, right: number) => {
  const total = left + center + right;
  return { left: share(left, total), center: share(center, total), right: share(right, total) };
};

describe('blindspotOf', () => {
  it('documents its thresholds', () => {
    expect([MIN_RATED_OUTLETS, BLINDSPOT_SHARE]).toEqual([6, 0.1]);
  });

  it('says too little coverage below six rated outlets', () => {
    expect(blindspotOf(sides(5, 0, 0))).toMatchObject({ status: 'insufficient', side: null });
    expect(blindspotOf(sides(0, 0, 0)).reason).toBe(
      'Only 0 rated outlets covered this story; 6 are needed to judge.',
    );
  });

  it('finds a blindspot at six rated outlets with none on one side', () => {
    expect(blindspotOf(sides(4, 2, 0))).toEqual({
      side: 'right',
      status: 'blindspot',
      reason: '0 of 6 rated outlets are on the right.',
    });
  });

  it('counts exactly 10% as a blindspot and just above it as not', () => {
    expect(blindspotOf(sides(1, 4, 5))).toMatchObject({
      status: 'blindspot',
      side: 'left',
      reason: '1 of 10 rated outlets is on the left.',
    });
    expect(blindspotOf(sides(1, 3, 5))).toMatchObject({ status: 'ok', side: null });
  });

  it('sees no partisan blindspot when both wings are thin', () => {
    expect(blindspotOf(sides(0, 8, 0))).toMatchObject({ status: 'ok', side: null });
  });
});
