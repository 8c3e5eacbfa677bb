import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../utils/feeds/canonical-url';
import { fuzzRuns } from '../../fuzz-runs';

// `npm run fuzz` runs 10,000 cases a property: give them time in proportion.
const timeout = Math.max(5_000, fuzzRuns * 20);

const trackingParam = fc.constantFrom(
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'fbclid',
  'gclid',
  'mc_cid',
  'ocid',
  'cmpid',
  'smid',
);
const queryParam = fc.tuple(
  fc.oneof(trackingParam, fc.stringMatching(/^[a-z]{1,8}$/)),
  fc.stringMatching(/^[A-Za-z0-9._~-]{0,8}$/),
);

describe('canonicalUrl (property)', () => {
  it('is idempotent, http(s) only, lowercase host, no fragment, no tracking parameter', { timeout }, () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withFragments: true, withQueryParameters: true }),
        fc.array(queryParam),
        (url, extra) => {
          const withTracking = `${url.split('#')[0]}${url.includes('?') ? '&' : '?'}${extra.map(([k, v]) => `${k}=${v}`).join('&')}`;
          const canonical = canonicalUrl(withTracking);
          if (canonical === undefined) return;
          const parsed = new URL(canonical);
          expect(parsed.protocol).toMatch(/^https?:$/);
          expect(parsed.hash).toBe('');
          expect(parsed.host).toBe(parsed.host.toLowerCase());
          expect(parsed.port).not.toMatch(/^(80|443)$/);
          for (const name of parsed.searchParams.keys()) {
            expect(name).not.toMatch(/^(utm_|fbclid$|gclid$|mc_cid$|ocid$|cmpid$|smid$)/i);
          }
          expect(canonicalUrl(canonical)).toBe(canonical);
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('never returns a non-http(s) URL for any string', { timeout }, () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.constant(undefined), fc.webUrl()), (text, base) => {
        const canonical = canonicalUrl(text, base);
        if (canonical !== undefined) expect(canonical).toMatch(/^https?:\/\//);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
