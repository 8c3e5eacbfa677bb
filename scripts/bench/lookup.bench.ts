/**
 * URL → outlet lookups over the bundled dataset (run by `npm run bench`): the cost of loading the
 * dataset (its load-time check) and of building the lookup, cold (first time in the process, as in
 * a freshly started worker) and warm; then lookups per ms on a mix of the URLs the worker sees —
 * article pages on listed hosts and subdomains, AMP cache URLs, path-prefixed outlets and unknown
 * sites (which fall back to the public suffix list).
 */
import { cpus, loadavg } from 'node:os';
import { bundledDataset } from '../../utils/sources/bundled';
import { createOutletLookup } from '../../utils/sources/lookup';

const RUNS = 9;
const LOOKUPS = 200_000;

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const load = timed(bundledDataset);
const outlets = load.value.outlets;
process.stdout.write(
  `load the bundled dataset (${outlets.length} outlets, load-time check), cold: ${ms(load.wall)} wall, ${ms(load.cpu)} cpu\n`,
);

const firstBuild = timed(() => createOutletLookup(outlets));
const builds = Array.from({ length: RUNS }, () => timed(() => createOutletLookup(outlets)));
process.stdout.write(
  `build the lookup: cold ${ms(firstBuild.wall)} wall, ${ms(firstBuild.cpu)} cpu; ` +
    `warm median of ${RUNS}: ${ms(median(builds.map((b) => b.wall)))} wall, ${ms(median(builds.map((b) => b.cpu)))} cpu\n`,
);

// The URL mix: every listed domain and path prefix, as page URLs in a few renditions.
const urls: string[] = [];
for (const [i, outlet] of outlets.entries()) {
  const domain = outlet.domains[0];
  if (domain) {
    urls.push(`https://www.${domain}/2026/11/29/politics/story-${i}.html?utm_source=feed`);
    urls.push(`https://edition.${domain}/world/story-${i}`);
    if (i % 10 === 0)
      urls.push(`https://${domain.replace(/\./g, '-')}.cdn.ampproject.org/c/s/${domain}/amp/${i}`);
  }
  for (const path of outlet.paths ?? []) urls.push(`https://${path}/story-${i}`);
  if (i % 4 === 0) urls.push(`https://news.unknown-site-${i}.co.uk/article/${i}`);
}

const lookup = firstBuild.value;
let found = 0;
const first = timed(() => {
  for (const url of urls) if (lookup.lookup({ url })) found++;
});
const rounds = Array.from({ length: RUNS }, () =>
  timed(() => {
    for (let n = 0; n < LOOKUPS; n++) lookup.lookup({ url: urls[n % urls.length]! });
  }),
);
const perMs = LOOKUPS / median(rounds.map((round) => round.wall));
process.stdout.write(
  `first pass over ${urls.length.toLocaleString('en')} URLs (cold): ${ms(first.wall)}; ${found.toLocaleString('en')} found\n` +
    `lookups: ${Math.round(perMs).toLocaleString('en')} per ms (median of ${RUNS} rounds of ${LOOKUPS.toLocaleString('en')}; ` +
    `${(1000 / perMs).toFixed(2)} µs each)\n` +
    `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0]!.toFixed(1)}\n`,
);
