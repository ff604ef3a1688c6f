// Launches the Debian chromium package through playwright-core for browser
// tests. playwright-core never downloads a browser by itself, and this
// helper only uses the executable already installed on the machine.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { watchContext } from './failureReport.js';

export const CHROMIUM_PATH =
  process.env.YKB_CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep the browser from contacting any host on its own (updates,
 * sync, safe browsing lists) and let it run as root in a container.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  page: Page;
  /** Folder of the throwaway profile; IndexedDB and the service worker live here. */
  userDataDir: string;
  /** Closes the browser and deletes the profile folder. */
  close(): Promise<void>;
}

/**
 * Starts chromium on the profile folder `userDataDir`, which keeps
 * IndexedDB, the service worker and cookies across restarts, with the
 * Chinese locale and Shanghai time zone the app is tested in.
 */
export async function launchPersistentChromium(
  userDataDir: string,
  options: { headless?: boolean; baseURL?: string; offline?: boolean } = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    baseURL: options.baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
    offline: options.offline ?? false,
  });
  // A failed test prints what the pages showed (tests/support/failure-report.ts).
  watchContext(context);
  return context;
}

/** Launches chromium with a fresh profile and returns its first page. */
export async function launchChromium(
  options: { headless?: boolean; baseURL?: string } = {},
): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install the Debian package "chromium" or set YKB_CHROMIUM_PATH.`,
    );
  }

  const userDataDir = await mkdtemp(join(tmpdir(), 'ykb-chromium-'));
  let context: BrowserContext;
  try {
    context = await launchPersistentChromium(userDataDir, options);
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
