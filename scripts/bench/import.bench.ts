/**
 * Importing a ratings file: a generated MBFC-format file of 5,000 rows, 2% of them bad (unknown
 * labels, duplicate domains, formula cells, missing domains), and the same rows as an AllSides CSV.
 * Prints the median wall and CPU time of several runs (CPU time is steadier on a busy machine).
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

function bench(label: string, text: string, run: () => { imported: number; skipped: number }): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result = run();
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    result = run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  process.stdout.write(
    `${label}: ${ROWS} rows (${text.length.toLocaleString('en')} chars), median of ${RUNS} runs: ` +
      `${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms cpu ` +
      `(${Math.round((ROWS / median(wall)) * 1000).toLocaleString('en')} rows/s wall); ` +
      `imported ${result.imported}, skipped ${result.skipped}\n`,
  );
}

bench('mbfc json', mbfc, () => importRatings('mbfc', mbfc, { name: 'bench' }));
bench('allsides csv', csv, () => importRatings('allsides', csv, { name: 'bench' }));
const heap = process.memoryUsage().heapUsed / 1e6;
// Figures scale with the machine's load (JIT compilation competes for the same cores): say what it was.
process.stdout.write(
  `heap used after: ${heap.toFixed(0)} MB; node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ` +
    `load average ${loadavg()[0]!.toFixed(1)}\n`,
);
