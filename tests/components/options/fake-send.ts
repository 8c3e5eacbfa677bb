import { vi } from 'vitest';
import type { Send } from '../../../components/options/send';
import type { SourceRow } from '../../../utils/messages';
import type { Outlet } from '../../../utils/sources/schema';

/** A fake background: each request type answers with what the test gives, and every call is kept. */
export function fakeSend(answers: Record<string, (payload: never) => unknown>) {
  const calls: { type: string; payload: unknown }[] = [];
  const send = vi.fn(async (type: string, payload: unknown) => {
    calls.push({ type, payload });
    const answer = answers[type];
    if (!answer) throw new Error(`no fake answer for ${type}`);
    return answer(payload as never);
  }) as unknown as Send;
  return { send, calls };
}

export const cnn: Outlet = {
  id: 'cnn',
  name: 'CNN',
  domains: ['cnn.com'],
  kind: 'broadcaster',
  bias: { label: 'left', score: -0.8, country: 'US', basis: { raters: ['allsides'], asOf: '2025' } },
  factuality: { label: 'mostly-factual', basis: { raters: ['mbfc'], asOf: '2025' } },
  owner: { name: 'Warner Bros. Discovery', type: 'corporate' },
  country: 'US',
  languages: ['en'],
  paywall: null,
  feeds: [],
};

export function row(outlet: Outlet, from: SourceRow['from'] = {}, overridden = false): SourceRow {
  return { outlet, from: { bias: 'bundled', factuality: 'bundled', owner: 'bundled', ...from }, overridden };
}

/** Lets promises and short timers settle inside act(). */
export async function settle(ms = 0): Promise<void> {
  const { act } = await import('preact/test-utils');
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
