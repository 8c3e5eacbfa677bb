import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOutletLookup } from '../../../utils/sources/lookup';
import { fuzzRuns } from '../../fuzz-runs';

// `npm run fuzz` runs 10,000 cases: allow them the time, on a shared machine.
const timeout = Math.max(5000, fuzzRuns * 3);

import { fixtureOutlets } from './fixture-outlets';

const outlets = fixtureOutlets();
const lookup = createOutletLookup(outlets);

// Strings shaped like the URLs pages give, built from outlet hosts and URL punctuation, plus any string.
const urlLike = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', '//', '', 'ftp://', 'https://user@'),
      fc.constantFrom('www.', 'm.', 'amp.', 'www-', '', 'edition.', 'x.'),
      fc.constantFrom(
        ...outlets.flatMap((o) => [...o.domains, ...(o.paths ?? [])]),
        'cdn.ampproject.org',
        'google.com',
      ),
      fc.constantFrom('', ':8080', '.', ':'),
      fc.array(
        fc.constantFrom('/', '/amp', '/s/', '/c/s/', 'www.bbc.co.uk', '?q=1', '#x', '%2F', '..', '/swlh'),
      ),
    )
    .map(([scheme, prefix, host, port, rest]) => `${scheme}${prefix}${host}${port}${rest.join('')}`),
);

describe('outlet lookup properties', () => {
  it(
    'never throws and always returns null or an outlet of the dataset',
    () => {
      fc.assert(
        fc.property(urlLike, fc.option(urlLike), fc.option(fc.string()), (url, canonicalUrl, publisher) => {
          const match = lookup.lookup({ url, canonicalUrl, publisher });
          if (match) expect(outlets).toContain(match.outlet);
          const source = lookup.lookupSource(url);
          if (source) expect(outlets).toContain(source);
        }),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );

  it(
    'is deterministic',
    () => {
      fc.assert(
        fc.property(urlLike, fc.option(urlLike), fc.option(fc.string()), (url, canonicalUrl, publisher) => {
          const input = { url, canonicalUrl, publisher };
          expect(lookup.lookup(input)).toEqual(lookup.lookup(input));
          expect(createOutletLookup(outlets).lookup(input)).toEqual(lookup.lookup(input));
        }),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );

  it(
    'finds each outlet from its own home page, whatever the scheme, www. or path after it',
    () => {
      const withDomain = outlets.filter((o) => o.domains.length);
      fc.assert(
        fc.property(
          fc.constantFrom(...withDomain),
          fc.constantFrom('https://', 'http://', 'https://www.'),
          fc.webPath(),
          (outlet, scheme, path) => {
            const url = `${scheme}${outlet.domains[0]}${path.startsWith('/') ? path : `/${path}`}`;
            // A path outlet on the same host may own the path; otherwise the domain's outlet must win.
            const match = lookup.lookup({ url });
            expect(match?.outlet.id === outlet.id || match?.via === 'path').toBe(true);
          },
        ),
        { numRuns: fuzzRuns },
      );
    },
    timeout,
  );
});
