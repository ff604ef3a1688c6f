import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/platform.js';

/**
 * `npm test`: every check a change must pass, in order of cost. Files must
 * be formatted, generated files must be current, the TypeScript must type-check, then vitest runs
 * the unit, integration, gateway, end-to-end and browser tests against a
 * real database (FerretDB, built on first use, or MONGODB_URI).
 */

const steps: [title: string, command: string, args: string[]][] = [
  [
    'Files are formatted (run `npm run format`)',
    'npx',
    ['prettier', '--check', '.', '--log-level', 'warn'],
  ],
  [
    'Generated GraphQL types are current',
    'npx',
    ['graphql-codegen', '--config', 'codegen.yml', '--check'],
  ],
  [
    'TypeScript type-checks (services)',
    'npx',
    ['tsc', '-p', 'tsconfig.json', '--noEmit'],
  ],
  [
    'TypeScript type-checks (PWA)',
    'npx',
    ['vue-tsc', '-p', 'pwa/tsconfig.json', '--noEmit'],
  ],
  ['PWA builds', 'npx', ['vite', 'build', 'pwa', '--logLevel', 'warn']],
  ['Tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];

for (const [title, command, args] of steps) {
  console.log(`\n== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) {
    console.error(
      `\nFailed: ${title}. Run \`${command} ${args.join(' ')}\` to see the failure alone.`,
    );
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll checks passed.');
