/**
 * The background worker's cold start, stage by stage, in Node (run by `npm run bench`): what a
 * freshly started worker computes before its first answer, each stage timed once in a fresh
 * process, as the worker's JIT is cold too. With 50,000 items in the story index's snapshot.
 *
 * The first process builds the index and writes its snapshot with `v8.serialize` (the structured
 * clone IndexedDB stores); a second process reads it back and runs the stages. The Chromium figure
 * that includes IndexedDB and the messaging is in popup.bench.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const ITEMS = 50_000;
const TARGET_MS = 300;

/** Synthetic feed items: five reports a story, words from small vocabularies. */
function syntheticItems(count: number) {
  const words = ['budget', 'senate', 'court', 'storm', 'election', 'trade', 'union', 'border', 'energy'];
  const places = ['Ohio', 'Lagos', 'Lyon', 'Osaka', 'Quito', 'Perth', 'Tartu', 'Cork', 'Pune', 'Fargo'];
  const now = Date.UTC(2026, 10, 29);
  return Array.from({ length: count }, (_, i) => {
    const story = Math.floor(i / 5);
    const place = places[story % places.length];
    const topic = `${words[story % words.length]} ${words[(story >> 3) % words.length]} ${story}`;
    return {
      id: `https://outlet${i % 40}.example/story/${story}/${i}`,
      url: `https://outlet${i % 40}.example/story/${story}/${i}`,
      title: `${place} ${topic} report ${i}`,
      summary: `Officials in ${place} discussed the ${topic} on Tuesday; report ${i}.`,
      published: new Date(now - ((i * 9973) % (6 * 86_400_000))).toISOString(),
      source: `outlet${i % 40}.example`,
    };
  });
}

async function writeSnapshot(file: string): Promise<void> {
  const { createStoryIndex } = await import('../../utils/matching/story-index');
  const index = createStoryIndex();
  index.add(syntheticItems(ITEMS));
  writeFileSync(file, serialize(index.snapshot()));
}

async function coldStart(file: string): Promise<void> {
  // Wall and CPU time: on a busy machine the CPU time is the steadier figure.
  const stages: { name: string; wall: number; cpu: number }[] = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const stage = (name: string) => {
    const now = performance.now();
    const used = process.cpuUsage(lastCpu);
    stages.push({ name, wall: now - last, cpu: (used.user + used.system) / 1000 });
    last = now;
    lastCpu = process.cpuUsage();
  };
  const { bundledDataset } = await import('../../utils/sources/bundled');
  const { layerDatasets } = await import('../../utils/sources/layers');
  const { createOutletLookup } = await import('../../utils/sources/lookup');
  const { restoreStoryIndex } = await import('../../utils/matching/story-index');
  const { queryFromArticle } = await import('../../utils/matching/query');
  stage('load modules (tsx compiles them: not counted)');
  const bundled = bundledDataset();
  stage(`check the bundled dataset (${bundled.outlets.length} outlets)`);
  // What the worker does when the reader imported or overrode ratings; with neither it skips this.
  const layered = layerDatasets({ bundled });
  stage('layer the datasets (only with imports or overrides)');
  const lookup = createOutletLookup(layered.outlets.map((entry) => entry.outlet));
  lookup.lookup({ url: 'https://www.nytimes.com/2026/11/28/us/politics/wage.html' });
  stage('build the outlet lookup, first lookup');
  const stored = deserialize(readFileSync(file));
  stage(`read the snapshot (${ITEMS.toLocaleString('en')} items, structured clone)`);
  const index = restoreStoryIndex(stored);
  stage('restore the story index');
  const matches = index.related(
    queryFromArticle({
      url: 'https://www.nytimes.com/x',
      title: 'Ohio budget senate report',
      byline: null,
      siteName: null,
      publishedTime: '2026-11-28T10:00:00Z',
      modifiedTime: null,
      lang: 'en',
      excerpt: null,
      text: 'Officials in Ohio discussed the budget senate 12 on Tuesday.',
      canonicalUrl: null,
      publisher: null,
      isArticle: true,
    }),
  );
  stage(`first query (${matches.length} matches)`);
  // Loading modules here includes tsx compiling TypeScript, which the built worker does not do.
  const counted = stages.slice(1);
  const total = (key: 'wall' | 'cpu') => counted.reduce((sum, entry) => sum + entry[key], 0);
  const row = (name: string, wall: number, cpu: number) =>
    `${name.padEnd(60)} ${wall.toFixed(0).padStart(5)} ms wall ${cpu.toFixed(0).padStart(5)} ms cpu`;
  for (const { name, wall, cpu } of stages) process.stdout.write(`${row(name, wall, cpu)}\n`);
  process.stdout.write(
    `${row('cold start to first answer (after loading; Node, no IndexedDB)', total('wall'), total('cpu'))} ` +
      `(target < ${TARGET_MS} ms: ${total('cpu') < TARGET_MS ? 'ok' : 'OVER'})\n` +
      `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0]!.toFixed(1)}\n`,
  );
}

const [mode, file] = process.argv.slice(2);
if (mode === '--cold' && file) {
  await coldStart(file);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-worker-bench-'));
  try {
    const snapshot = join(dir, 'snapshot.bin');
    await writeSnapshot(snapshot);
    const here = fileURLToPath(import.meta.url);
    // A fresh process: nothing compiled or cached by the build above.
    process.stdout.write(
      execFileSync(process.execPath, ['--import', 'tsx', here, '--cold', snapshot], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
