import { describe, expect, it } from 'vitest';
import { sharedWhileRunning } from '../../../utils/background/shared-while-running';

function counted() {
  const calls: number[] = [];
  const release: (() => void)[] = [];
  const run = (key: number) =>
    new Promise<string>((resolve, reject) => {
      calls.push(key);
      release.push(() => (key < 0 ? reject(new Error(`failed ${key}`)) : resolve(`page ${key}`)));
    });
  return { calls, release, run };
}

describe('sharedWhileRunning', () => {
  it('runs once for callers asking for the same key at the same time', async () => {
    const { calls, release, run } = counted();
    const shared = sharedWhileRunning(run);
    const first = shared(1);
    const second = shared(1);
    release[0]!();
    expect(await Promise.all([first, second])).toEqual(['page 1', 'page 1']);
    expect(calls).toEqual([1]);
  });

  it('runs separately for other keys, and again once a call has settled', async () => {
    const { calls, release, run } = counted();
    const shared = sharedWhileRunning(run);
    const one = shared(1);
    const two = shared(2);
    release[0]!();
    release[1]!();
    await Promise.all([one, two]);
    const again = shared(1);
    release[2]!();
    expect(await again).toBe('page 1');
    expect(calls).toEqual([1, 2, 1]);
  });

  it('shares a failure with the callers waiting, and runs again after it', async () => {
    const { calls, release, run } = counted();
    const shared = sharedWhileRunning(run);
    const first = shared(-1);
    const second = shared(-1);
    release[0]!();
    await expect(first).rejects.toThrow('failed -1');
    await expect(second).rejects.toThrow('failed -1');
    const retried = shared(-1);
    release[1]!();
    await expect(retried).rejects.toThrow('failed -1');
    expect(calls).toEqual([-1, -1]);
  });
});
