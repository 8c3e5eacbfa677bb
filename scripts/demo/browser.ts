/**
 * Chromium with the built extension (.output/chrome-mv3), for `npm start` and the end-to-end tests:
 * Debian's Chromium through playwright-core, with real outlet host names sent to the local demo
 * newsroom by --host-resolver-rules.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/** The slice of the extension API the tests evaluate inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export const extensionDir = resolve('.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
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
}

export function hostResolverRules(hosts: string[]): string {
  return [...hosts.map((host) => `MAP ${host} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const ext: ExtensionBrowser = {
    context,
    extensionId,
    worker,
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
      const id = await worker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === pageUrl)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`No tab found for ${url}`);
      return id;
    },
    badgeText(tabId) {
      return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return ext;
}
