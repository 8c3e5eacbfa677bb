/**
 * `npm start`: builds the extension, serves the demo newsroom, opens Chromium with Parallax on a
 * demo article, opens the popup and saves what it shows to out/demo/ (light and dark screenshots,
 * and the popup's text). Headed when there is a display, headless otherwise (HEADLESS=1 forces it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from './demo/browser';
import { startNewsroom } from './demo/newsroom';
import { openPopupFor, subscribeToNewsroom } from './demo/setup';
import { featuredArticle } from './demo/stories';

const outDir = resolve('out/demo');
const headless = process.env.HEADLESS === '1' || !process.env.DISPLAY;

function step(text: string) {
  process.stdout.write(`• ${text}\n`);
}

async function main() {
  step('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');

  const newsroom = await startNewsroom();
  step(`Demo newsroom on port ${newsroom.port} for ${newsroom.hosts.length} outlets.`);
  const ext = await launchExtension({ hosts: newsroom.hosts, headless });
  step(`Chromium started ${headless ? 'headless' : 'with a window'}; Parallax is ${ext.extensionId}.`);

  try {
    step('Subscribing Parallax to the demo outlets’ feeds and refreshing…');
    await subscribeToNewsroom(ext, newsroom);

    const article = await ext.context.newPage();
    const url = newsroom.articleUrl(featuredArticle);
    await article.goto(url);
    step(`Opened ${url}`);
    const tabId = await ext.tabIdOf(article);

    const popup = await openPopupFor(ext, tabId);
    await popup
      .locator('[data-testid="story-glance"]')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    // The reader has read the welcome: the screenshots show the report itself.
    await popup
      .getByTestId('first-run-start')
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await popup
      .getByTestId('first-run')
      .waitFor({ state: 'detached', timeout: 2_000 })
      .catch(() => undefined);
    mkdirSync(outDir, { recursive: true });
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    writeFileSync(join(outDir, 'report.txt'), `${await popup.locator('body').innerText()}\n`);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(outDir, 'popup-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: null });
    step(`Badge on the article's tab: "${await ext.badgeText(tabId)}"`);
    step(`Saved ${join(outDir, 'popup.png')}, popup-dark.png and report.txt`);

    if (!headless) {
      step('Chromium stays open: press Ctrl+C here to stop.');
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        ext.context.once('close', () => done());
      });
    }
  } finally {
    await ext.close().catch(() => undefined);
    await newsroom.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
