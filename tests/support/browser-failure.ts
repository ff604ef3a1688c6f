// Runs in every test file: when a test fails while a browser is open, it
// prints what each page showed and the browser's recent errors, because a
// timed-out wait alone does not say which message the page displayed instead.
import { onTestFailed, beforeEach } from 'vitest';
import { describeOpenBrowsers } from '../../pwa/test/browser/failureReport.js';

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    const report = await describeOpenBrowsers();
    if (report) console.error(`${task.name} failed; ${report}`);
  });
});
