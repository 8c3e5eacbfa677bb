/**
 * Chromium with the built extension (.output/chrome-mv3), for `npm start` and the end-to-end tests:
 * Debian's Chromium through playwright-core, with real outlet host names sent to the local demo
 * newsroom by --host-resolver-rules.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The slice of the extension API the tests evaluate inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

export const extensionDir = resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker as it runs now (a stopped worker comes back as a new one). */
  worker(): Promise<Worker>;
  /** Stops the background service worker, as the browser does to an idle one (or a crash would). */
  stopWorker(): Promise<void>;
  /** Wakes a stopped worker, as any event would: here a message from the options page. */
  wakeWorker(): Promise<void>;
  /** The ids (canonical URLs) of the coverage items stored in Parallax's IndexedDB. */
  storedItemIds(): Promise<string[]>;
  /** Opens the popup as a tab, reporting on the given article tab. */
  openPopup(articleTabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The browser's tab id for a page, asked of the extension itself. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Host names to send to 127.0.0.1; every other name fails to resolve, so nothing leaves the machine. */
  hosts?: string[];
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** More Chromium switches, e.g. `--log-net-log=FILE` to record every request the browser makes. */
  args?: string[];
}

export function hostResolverRules(hosts: string[]): string {
  return [...hosts.map((host) => `MAP ${host} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  // A copy of the build, so a rebuild while the browser runs cannot pull files from under it.
  const loadedDir = join(userDataDir, 'extension');
  cpSync(extensionDir, loadedDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${loadedDir}`,
      `--load-extension=${loadedDir}`,
      `--host-resolver-rules=${hostResolverRules(options.hosts ?? [])}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The demo newsroom's certificate is self-signed (scripts/demo/tls/README.md).
      '--ignore-certificate-errors',
      ...(options.args ?? []),
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  const currentWorker = async () =>
    context.serviceWorkers().find((worker) => worker.url().includes(extensionId)) ??
    (await context.waitForEvent('serviceworker'));
  /** An extension page to evaluate in: it is never stopped, and it wakes the worker when it messages it. */
  let helperPage: Page | null = null;
  const extensionPage = async () => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await context.newPage();
      await helperPage.goto(`chrome-extension://${extensionId}/options.html`);
    }
    return helperPage;
  };

  const ext: ExtensionBrowser = {
    context,
    extensionId,
    worker: currentWorker,
    async stopWorker() {
      const page = await extensionPage();
      const cdp = await context.newCDPSession(page);
      const workerRunning = async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.some(
          (target) => target.type === 'service_worker' && target.url.includes(extensionId),
        );
      };
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Only once it is gone can an event start a new one (a message now would reach the dying one).
      for (let tries = 0; tries < 100 && (await workerRunning()); tries++) await page.waitForTimeout(50);
      await cdp.detach();
    },
    async wakeWorker() {
      const page = await extensionPage();
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'storage:usage', payload: {} }));
    },
    async storedItemIds() {
      const page = await extensionPage();
      return page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('parallax');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const read = db.transaction('items').objectStore('items').getAllKeys();
              read.onsuccess = () => {
                db.close();
                resolve(read.result.map(String));
              };
              read.onerror = () => reject(read.error);
            };
          }),
      );
    },
    async openPopup(articleTabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${articleTabId}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await (await currentWorker()).evaluate(async (pageUrl) => {
        // The same URL may be open in several tabs: the newest tab is the page just opened.
        const tabs = await chrome.tabs.query({});
        return Math.max(-1, ...tabs.filter((tab) => tab.url === pageUrl).map((tab) => tab.id ?? -1));
      }, url);
      if (id < 0) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async badgeText(tabId) {
      return (await currentWorker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}
