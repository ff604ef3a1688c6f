import { writeFileSync } from 'node:fs';
import { launchChromium } from './chromium';

const base = 'http://127.0.0.1:5790';
const browser = await launchChromium({ baseURL: base });
const { page, context } = browser;
const external: string[] = [];
const consoleErrors: string[] = [];
context.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url()); });
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));
try {
  await page.goto('/');
  await page.getByRole('heading', { name: '事项搜索' }).waitFor();
  await page.getByText('测试事项').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/search.png' });
  await page.goto('/sign-in');
  await page.getByLabel('账号').fill('13800138000');
  await page.getByLabel('密码').fill('pw');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(base + '/');
  await page.getByRole('link', { name: '查看并申报' }).click();
  await page.getByRole('heading', { name: '在线申报' }).waitFor();
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('手机').fill('13800138000');
  await page.locator('input[type=file]').setInputFiles({ name: 'id.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.getByText('网络不可用').waitFor();
  const queuedText = await page.locator('.notice--success').innerText();
  await page.getByRole('link', { name: '查看我的办件' }).click();
  await page.getByRole('heading', { name: '待同步' }).waitFor();
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/cases-offline.png', fullPage: true });
  await context.setOffline(false);
  await page.getByRole('heading', { name: '刚刚同步' }).waitFor({ timeout: 10000 });
  const syncedText = await page.locator('.outbox--synced').innerText();
  await page.getByText('CQ202603020001').nth(1).waitFor();
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/cases-online.png', fullPage: true });
  // elder mode + english
  await page.getByLabel('长辈模式').check();
  await page.getByLabel('语言').selectOption('en');
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/cases-en-elder.png', fullPage: true });
  // rejection online: form error
  await page.goto('/items/11500238MB1234567X0001000000000');
  await page.getByLabel('Name', { exact: false }).first().waitFor().catch(() => {});
  await page.locator('#form-field-0').fill('conflict');
  await page.locator('#form-field-1').fill('13800138000');
  await page.locator('input[type=file]').setInputFiles({ name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.from('b') });
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.locator('[data-error-code=CONFLICT]').waitFor();
  const conflictText = await page.locator('[data-error-code=CONFLICT]').innerText();
  // rejection during replay: attention
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.getByText('No network').waitFor();
  await page.getByRole('link', { name: 'View my applications' }).click();
  await page.getByRole('heading', { name: 'Waiting to sync' }).waitFor();
  await context.setOffline(false);
  await page.getByRole('heading', { name: 'Needs attention' }).waitFor({ timeout: 10000 });
  const attentionText = await page.locator('.outbox--attention').innerText();
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/attention.png', fullPage: true });
  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('ykb-offline');
    const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
    const all: any[] = await new Promise((r) => { const g = db.transaction('outbox').objectStore('outbox').getAll(); g.onsuccess = () => r(g.result); });
    return all.map((e) => ({ createdBy: e.createdBy, state: e.state, key: e.idempotencyKey, blob: e.materials[0].blob instanceof Blob }));
  });
  const log = await (await fetch('http://127.0.0.1:4790/log')).json();
  writeFileSync('/tmp/ykb-pwa-smoke/result.json', JSON.stringify({ conflictText, attentionText, stored, queuedText, syncedText, lang, external, consoleErrors, log }, null, 2));
  console.log('OK');
} catch (e) {
  await page.screenshot({ path: '/tmp/ykb-pwa-smoke/fail.png', fullPage: true });
  console.log('FAIL', e, consoleErrors);
} finally {
  await browser.close();
}
