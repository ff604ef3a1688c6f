// Installs the npm dependencies when node_modules is missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) ||
  statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing npm dependencies (npm ci)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      'npm ci failed; check the network access to the npm registry and run it again.',
    );
    process.exit(result.status ?? 1);
  }
}
