import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { SUBGRAPHS } from '../../packages/common/src/services.js';
import { portIsOpen, startFerretdb, type RunningDatabase } from './ferretdb.js';

/**
 * Starts the whole platform as separate processes, the way it runs in
 * production: the database (FerretDB unless MONGODB_URI is given), the six
 * subgraphs, the gateway and the PWA, each on its own port, talking over
 * real HTTP. Used by `npm start` and by the end-to-end tests.
 */

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface PlatformOptions {
  /** Gateway port; subgraph i listens on portBase + i. */
  portBase: number;
  /** Folder of the database files, logs and generated secrets. */
  dataDir: string;
  /** External MongoDB; when absent FerretDB is started on dbPort. */
  mongodbUri?: string;
  dbPort: number;
  /** Prefix of every database name, so test runs never touch demo data. */
  dbPrefix?: string;
  /** Serve the built PWA on this port; undefined starts no PWA. */
  pwaPort?: number;
  /** Extra environment for every service process. */
  env?: Record<string, string>;
  log: (message: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  pwaUrl?: string;
  mongodbUri: string;
  stop: () => Promise<void>;
}

interface Secrets {
  tokenSecret: string;
  sealMasterKey: string;
}

/** Reads the secrets of this data folder, creating them on first run (file mode 0600). */
export function loadSecrets(dataDir: string): Secrets {
  const path = join(dataDir, 'secrets.json');
  if (existsSync(path))
    return JSON.parse(readFileSync(path, 'utf8')) as Secrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: Secrets = {
    tokenSecret: randomBytes(32).toString('hex'),
    sealMasterKey: randomBytes(32).toString('hex'),
  };
  writeFileSync(path, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

async function waitForHealth(
  name: string,
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      throw new Error(
        `${name} exited with ${child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`} during start; see ${logFile}: ${lastLines(logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `${name} did not report healthy at ${url} within ${timeoutMs / 1000} s; see ${logFile}.`,
  );
}

function lastLines(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '(no log)';
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function pwaBuildIsCurrent(pwa: string): boolean {
  const builtIndex = join(pwa, 'dist', 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .map((p) => join(pwa, p))
    .filter(existsSync);
  return (
    existsSync(builtIndex) &&
    statSync(builtIndex).mtimeMs >= Math.max(...sources.map(newestMtime))
  );
}

/** How long a PWA build may hold the build lock before another process takes it over. */
const BUILD_LOCK_STALE_MS = 10 * 60_000;

/**
 * Builds the PWA when its build is missing or older than its sources. Test
 * files that start platforms in parallel call this at the same time, and
 * Vite refuses a second build of the same project, so the build runs under
 * a lock file created exclusively in pwa/. A lock older than 10 minutes is
 * left by a process that died and is removed.
 */
export async function buildPwaIfStale(
  log: (message: string) => void,
): Promise<void> {
  const pwa = join(ROOT, 'pwa');
  if (pwaBuildIsCurrent(pwa)) return;
  const lock = join(pwa, '.build.lock');
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > BUILD_LOCK_STALE_MS)
          rmSync(lock, { force: true });
      } catch {
        // The holder removed the lock between the two calls.
      }
      await new Promise((resume) => setTimeout(resume, 500));
    }
  }
  try {
    // Another process may have built it while this one waited for the lock.
    if (pwaBuildIsCurrent(pwa)) return;
    log('Building the PWA...');
    await runToEnd('npx', ['vite', 'build', '--logLevel', 'warn'], pwa);
  } finally {
    rmSync(lock, { force: true });
  }
}

function runToEnd(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolveRun()
        : reject(
            new Error(
              `${command} ${args.join(' ')} failed with exit code ${code}.`,
            ),
          ),
    );
  });
}

/** Pings the database once, so an unreachable MONGODB_URI fails with one sentence instead of six subgraph crashes. */
async function checkDatabaseReachable(
  uri: string,
  embedded: boolean,
): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.db('admin').command({ ping: 1 });
  } catch (error) {
    const where = embedded
      ? 'The embedded FerretDB'
      : `The database at MONGODB_URI (${redactUri(uri)})`;
    throw new Error(
      `${where} is unreachable (${(error as Error).message}); start it or fix MONGODB_URI, or unset MONGODB_URI to use the embedded FerretDB.`,
    );
  } finally {
    await client.close();
  }
}

/** Hides the password of a connection string before it is printed. */
function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** Reports whether a child process has ended, by its own exit or by a signal. */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Stops child processes in reverse start order: SIGTERM, then SIGKILL after
 * five seconds. A child that already ended, by exit code or by a signal such
 * as a crash under SIGKILL, is skipped, so stopping never waits on an exit
 * event that was already emitted.
 */
export async function stopChildren(
  children: readonly ChildProcess[],
): Promise<void> {
  for (const child of [...children].reverse()) {
    if (hasExited(child)) continue;
    await new Promise<void>((resolveStop) => {
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
      setTimeout(() => {
        if (!hasExited(child)) child.kill('SIGKILL');
      }, 5000).unref();
    });
  }
}

export async function startPlatform(
  options: PlatformOptions,
): Promise<RunningPlatform> {
  const children: { name: string; child: ChildProcess }[] = [];
  let database: RunningDatabase | undefined;
  let stopping = false;
  const logDir = join(options.dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });

  const stop = async () => {
    stopping = true;
    await stopChildren(children.map(({ child }) => child));
    await database?.stop();
  };

  try {
    const ports = [
      options.portBase,
      ...SUBGRAPHS.map((_, i) => options.portBase + 1 + i),
      ...(options.pwaPort ? [options.pwaPort] : []),
    ];
    for (const port of ports) {
      if (await portIsOpen(port)) {
        throw new Error(
          `Port ${port} is already in use; stop the process using it, or choose other ports with YKB_PORT_BASE (gateway and subgraphs) and YKB_PWA_PORT.`,
        );
      }
    }

    let mongodbUri = options.mongodbUri;
    if (!mongodbUri) {
      options.log(
        `Starting FerretDB on 127.0.0.1:${options.dbPort} (data in ${join(options.dataDir, 'db')})...`,
      );
      database = await startFerretdb(
        join(options.dataDir, 'db'),
        options.dbPort,
      );
      mongodbUri = database.uri;
    }

    await checkDatabaseReachable(mongodbUri, !options.mongodbUri);

    const secrets = loadSecrets(options.dataDir);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MONGODB_URI: mongodbUri,
      YKB_PORT_BASE: String(options.portBase),
      YKB_TOKEN_SECRET: process.env.YKB_TOKEN_SECRET ?? secrets.tokenSecret,
      YKB_SEAL_MASTER_KEY:
        process.env.YKB_SEAL_MASTER_KEY ?? secrets.sealMasterKey,
      APOLLO_TELEMETRY_DISABLED: 'true',
      YKB_DATA_DIR: options.dataDir,
      // Every service verifies access tokens with identity's keys and asks identity about sessions.
      YKB_JWKS_URL: `http://127.0.0.1:${options.portBase + 1}/.well-known/jwks.json`,
      YKB_SESSION_CHECK_URL: `http://127.0.0.1:${options.portBase + 1}/graphql`,
      YKB_TEST_SIGNING_JWK: undefined,
      ...(options.dbPrefix ? { YKB_DB_PREFIX: options.dbPrefix } : {}),
      ...(options.pwaPort
        ? {
            YKB_PWA_PORT: String(options.pwaPort),
            YKB_CORS_ORIGINS: `http://127.0.0.1:${options.pwaPort},http://localhost:${options.pwaPort}`,
          }
        : {}),
      ...options.env,
    };

    const startService = (name: string, entry: string, port: number) => {
      const logFile = join(logDir, `${name}.log`);
      const out = createWriteStream(logFile, { flags: 'a' });
      const child = spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      child.once('exit', (code, signal) => {
        if (!stopping)
          options.log(
            `${name} stopped unexpectedly (code ${code}, signal ${signal}); see ${logFile}.`,
          );
      });
      children.push({ name, child });
      return waitForHealth(
        name,
        `http://127.0.0.1:${port}/health`,
        child,
        180000,
        logFile,
      );
    };

    options.log('Starting subgraphs...');
    await Promise.all(
      SUBGRAPHS.map((name, i) =>
        startService(
          name,
          `subgraphs/${name}/src/main.ts`,
          options.portBase + 1 + i,
        ),
      ),
    );
    options.log('Starting the gateway...');
    await startService('gateway', 'gateway/src/main.ts', options.portBase);

    let pwaUrl: string | undefined;
    if (options.pwaPort) {
      await buildPwaIfStale(options.log);
      const logFile = join(logDir, 'pwa.log');
      const out = createWriteStream(logFile, { flags: 'a' });
      // Vite 8 refuses a second preview of the same project without
      // --bypass-lock, but a demo platform and test platforms run side by
      // side on their own ports.
      const viteArgs = [
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(options.pwaPort),
        '--strictPort',
        '--bypass-lock',
      ];
      const child = spawn(
        process.execPath,
        [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...viteArgs],
        {
          cwd: join(ROOT, 'pwa'),
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      children.push({ name: 'pwa', child });
      pwaUrl = `http://127.0.0.1:${options.pwaPort}/`;
      await waitForHealth('pwa', pwaUrl, child, 60000, logFile);
    }

    return {
      gatewayUrl: `http://127.0.0.1:${options.portBase}/graphql`,
      pwaUrl,
      mongodbUri,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
