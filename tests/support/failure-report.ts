// Runs in every test file. When a test fails, it prints each open browser
// page's text with the browser's recent errors, and the test platforms'
// recent log lines. A timed-out wait alone does not show which error the
// page or a service met instead.
import { beforeEach, onTestFailed } from 'vitest';
import { describeOpenBrowsers } from '../../pwa/test/browser/failureReport.js';
import { describePlatformLogs } from './platformLogs.js';

beforeEach(() => {
  onTestFailed(async ({ task }) => {
    const reports = [
      await describeOpenBrowsers(),
      await describePlatformLogs(),
    ];
    const report = reports.filter(Boolean).join('\n\n');
    if (report) console.error(`${task.name} failed; ${report}`);
  });
});
