import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPwaIfStale, ROOT } from '../../scripts/lib/platform.js';
import {
  launchChromium,
  type LaunchedBrowser,
} from '../../pwa/test/browser/chromium.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { axeViolations } from './axe.js';
import { startPwaServer, type PwaServer } from './pwaServer.js';
import { openItem, recordRequests, signIn, signOut } from './support.js';

/**
 * A WCAG 2.1 level AA audit of the PWA's main pages with axe-core, run
 * inside headless Chromium at phone and desktop widths, in the normal and
 * the elder-friendly display mode. axe-core is read from node_modules and
 * evaluated in the page, so the test loads nothing from outside loopback.
 * Any serious or critical violation fails the test; the others are printed.
 */

const PORT_BASE = Number(process.env.YKB_BROWSER_TEST_PORT_BASE ?? 14300) + 80;
const PWA_PORT = Number(process.env.YKB_BROWSER_TEST_PWA_PORT ?? 14480) + 9;

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const MODES = ['normal', 'elder'] as const;

let platform: TestPlatform;
let server: PwaServer;
let browser: LaunchedBrowser;
let page: Page;
let requests: ReturnType<typeof recordRequests>;

beforeAll(async () => {
  platform = await startTestPlatform(PORT_BASE);
  await buildPwaIfStale(() => {});
  server = await startPwaServer({
    port: PWA_PORT,
    distDir: join(ROOT, 'pwa', 'dist'),
    gatewayUrl: platform.gatewayUrl,
  });
  browser = await launchChromium({ baseURL: server.url });
  requests = recordRequests(browser.context);
  page = browser.page;
  page.setDefaultTimeout(45000);
}, 300000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await platform?.stop();
});

/** Switches the elder-friendly mode through the header's switch. */
async function setElderMode(on: boolean): Promise<void> {
  const toggle = page.getByRole('switch', { name: '长辈模式' });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await page.waitForFunction(
    (expected) =>
      document.documentElement.classList.contains('elder') === expected,
    on,
  );
}

/** Waits until the page shows its heading and no loading indicator. */
async function waitUntilSettled(heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('.loading').length === 0,
  );
  // Charts and lazily loaded parts draw after their data arrives.
  await page.waitForLoadState('networkidle');
}

/**
 * Audits one page in every viewport and display mode. `open` navigates to
 * the page, which must then show `heading`. Returns the violations found,
 * each labelled with where it was found.
 */
async function auditEverywhere(
  open: () => Promise<void>,
  heading: string | RegExp,
): Promise<string[]> {
  const serious: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const mode of MODES) {
      await open();
      await waitUntilSettled(heading);
      await setElderMode(mode === 'elder');
      const where = `${page.url()} (${viewport.name}, ${mode})`;
      for (const violation of await axeViolations(page)) {
        const line = `${where}: [${violation.impact}] ${violation.id} – ${violation.help}: ${violation.targets.join(', ')}`;
        if (violation.impact === 'serious' || violation.impact === 'critical')
          serious.push(line);
        else console.warn(`Accessibility: ${line}`);
      }
    }
  }
  await setElderMode(false);
  return serious;
}

const goto = (path: string) => async () => {
  await page.goto(path);
};

describe('WCAG 2.1 AA audit with axe-core', () => {
  it('finds no serious violation on the public pages', async () => {
    await page.goto('/');
    const found = [
      ...(await auditEverywhere(goto('/'), /事项|渝快办/)),
      ...(await auditEverywhere(goto('/sign-in'), '登录')),
      ...(await auditEverywhere(goto('/progress'), /进度/)),
      ...(await auditEverywhere(async () => {
        await page.goto('/');
        await openItem(page);
      }, '个体工商户设立登记')),
    ];
    expect(found).toEqual([]);
  }, 300000);

  it('finds no serious violation on a clerk’s pages', async () => {
    await signIn(page, 'clerk.chengbei');
    const found = [
      ...(await auditEverywhere(goto('/intake'), '代办申报')),
      ...(await auditEverywhere(goto('/cases'), /办件/)),
      ...(await auditEverywhere(goto('/worklist'), /./)),
      ...(await auditEverywhere(goto('/device'), '本机设置')),
    ];
    await signOut(page);
    expect(found).toEqual([]);
  }, 300000);

  it('finds no serious violation on a citizen’s inquiry form', async () => {
    await signIn(page, '13800138000');
    const found = [
      ...(await auditEverywhere(goto('/inquiries/new'), '咨询、投诉与建议')),
    ];
    await signOut(page);
    expect(found).toEqual([]);
  }, 300000);

  it('finds no serious violation on the back-office pages', async () => {
    await signIn(page, 'reviewer.scjg');
    const found = [...(await auditEverywhere(goto('/worklist'), /./))];
    await signOut(page);
    await signIn(page, 'supervisor.city');
    found.push(...(await auditEverywhere(goto('/supervision'), '监督')));
    await signOut(page);
    await signIn(page, 'analyst.city');
    found.push(
      ...(await auditEverywhere(goto('/analysis'), '数据查询（GraphiQL）')),
    );
    await signOut(page);
    expect(found).toEqual([]);
  }, 300000);

  it('loads nothing from outside its own origin', () => {
    const origin = new URL(server.url).origin;
    const outside = requests.urls.filter((url) => {
      const { protocol, origin: from } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && from !== origin;
    });
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
