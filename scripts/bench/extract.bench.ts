/**
 * Extraction over Mozilla Readability's test pages (../shared/dev-data, read in place): time
 * spent in extractArticle per page (median, p95, max; HTML parsing excluded) and how closely the
 * text matches Readability's expected output (token F1).
 *   npm run bench -- extract
 */
import {
  extractTestPage,
  listTestPages,
  loadTestPage,
  testPagesDir,
  testPagesPresent,
} from '../../tests/utils/extract/readability-test-pages';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

if (!testPagesPresent()) {
  console.log(`skipped: ${testPagesDir} is absent`);
} else {
  const times: number[] = [];
  const f1s: number[] = [];
  let slowest = { name: '', ms: 0 };
  for (const name of listTestPages()) {
    const { f1, ms } = extractTestPage(loadTestPage(name));
    times.push(ms);
    f1s.push(f1);
    if (ms > slowest.ms) slowest = { name, ms };
  }
  times.sort((a, b) => a - b);
  f1s.sort((a, b) => a - b);
  const mean = f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length;
  console.log(`pages: ${times.length} (jsdom, Node ${process.version})`);
  console.log(
    `extract ms: median ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}, max ${slowest.ms.toFixed(1)} (${slowest.name})`,
  );
  console.log(
    `text token F1 vs Readability: mean ${mean.toFixed(3)}, min ${f1s[0]?.toFixed(3)}, pages >= 0.9: ${f1s.filter((f1) => f1 >= 0.9).length}/${f1s.length}`,
  );
}
