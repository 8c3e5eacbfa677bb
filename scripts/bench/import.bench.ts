/**
 * Importing a ratings file: a generated MBFC-format file of 5,000 rows, 2% of them bad (unknown
 * labels, duplicate domains, formula cells, missing domains), and the same rows as an AllSides CSV.
 * Prints the median of several runs and the rows per second.
 */
import { cpus, loadavg } from 'node:os';
import { importRatings } from '../../utils/sources/import/index';

const ROWS = 5000;
const RUNS = 9;
const BIASES = ['left', 'left-center', 'center', 'right-center', 'right', 'pro-science', 'satire'];
const REPORTING = ['VERY HIGH', 'HIGH', 'MOSTLY FACTUAL', 'MIXED', 'LOW', 'VERY LOW', ''];

function row(i: number) {
  const base = {
    domain: `site${i}.example.com`,
    name: `Example Site ${i}`,
    bias: BIASES[i % BIASES.length]!,
    reporting: REPORTING[i % REPORTING.length]!,
    credibility: 'medium credibility',
    traffic: 'Medium Traffic',
    url: `https://mediabiasfactcheck.com/site-${i}/`,
  };
  // Every 50th row is bad, in one of four ways.
  if (i % 50 !== 49) return base;
  switch (((i / 50) % 4) | 0) {
    case 0:
      return { ...base, bias: 'sideways' };
    case 1:
      return { ...base, domain: 'site0.example.com' };
    case 2:
      return { ...base, name: '=HYPERLINK("http://evil.example")' };
    default:
      return { ...base, domain: '' };
  }
}

const rows = Array.from({ length: ROWS }, (_, i) => row(i));
const mbfc = JSON.stringify({ sources: rows });
const csv = [
  'name,bias,type,allsides_url,agree,disagree,url,confidence',
  ...rows.map(
    (r) =>
      `"${r.name.replace(/"/g, '""')}",${r.bias.replace('pro-science', 'mixed').replace('satire', 'center')},News Media,,1,2,https://www.${r.domain}/,High`,
  ),
].join('\r\n');

function bench(label: string, run: () => { imported: number; skipped: number }): void {
  const times: number[] = [];
  let result = run();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  process.stdout.write(
    `${label}: ${ROWS} rows (${(label.includes('mbfc') ? mbfc : csv).length.toLocaleString('en')} chars), ` +
      `median ${median.toFixed(1)} ms of ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}), ` +
      `${Math.round((ROWS / median) * 1000).toLocaleString('en')} rows/s; imported ${result.imported}, skipped ${result.skipped}\n`,
  );
}

bench('mbfc json', () => importRatings('mbfc', mbfc, { name: 'bench' }));
bench('allsides csv', () => importRatings('allsides', csv, { name: 'bench' }));
const heap = process.memoryUsage().heapUsed / 1e6;
// Figures scale with the machine's load (JIT compilation competes for the same cores): say what it was.
process.stdout.write(
  `heap used after: ${heap.toFixed(0)} MB; node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ` +
    `load average ${loadavg()[0]!.toFixed(1)}\n`,
);
