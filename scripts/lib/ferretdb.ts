import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  chmodSync,
  existsSync,
  mkdirSync,
  writeFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * The embedded database: FerretDB 1.24.2 (MongoDB wire protocol, SQLite
 * backend), built from the Go module proxy into .tools/ on first use.
 * `go install` of this version produces a binary that panics at start
 * because the module lacks build/version/version.txt, so the module source
 * is copied out of the Go module cache, the version file is written and
 * the binary is built with `go build`.
 */

export const FERRETDB_VERSION = 'v1.24.2';
const ROOT = resolve(import.meta.dirname, '..', '..');
const TOOLS = join(ROOT, '.tools');
export const FERRETDB_BIN = join(TOOLS, 'bin', `ferretdb-${FERRETDB_VERSION}`);

function run(command: string, args: string[], cwd?: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-buildvcs=false', GOTOOLCHAIN: 'local' },
  });
  if (result.error)
    throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-5).join(' ')}`,
    );
  return result.stdout;
}

/** Builds FerretDB unless the binary exists; throws a one-sentence reason when Go is missing or the build fails. */
export function ensureFerretdb(
  log: (message: string) => void = () => {},
): string {
  if (existsSync(FERRETDB_BIN)) return FERRETDB_BIN;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new Error(
      'Go is not installed, so the embedded FerretDB cannot be built; install Go 1.22 or newer, or set MONGODB_URI to a MongoDB server.',
    );
  }
  log(
    `Building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only, about two minutes)...`,
  );
  const info = JSON.parse(
    run('go', [
      'mod',
      'download',
      '-json',
      `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`,
    ]),
  ) as { Dir?: string; Error?: string };
  if (!info.Dir)
    throw new Error(
      `Downloading FerretDB failed: ${info.Error ?? 'no module directory returned'}.`,
    );
  const source = join(TOOLS, 'src', `ferretdb-${FERRETDB_VERSION}`);
  mkdirSync(join(TOOLS, 'bin'), { recursive: true });
  cpSync(info.Dir, source, { recursive: true });
  makeWritable(source);
  writeFileSync(
    join(source, 'build', 'version', 'version.txt'),
    `${FERRETDB_VERSION}\n`,
  );
  run('go', ['build', '-o', FERRETDB_BIN, './cmd/ferretdb'], source);
  return FERRETDB_BIN;
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) makeWritable(path);
    else chmodSync(path, 0o644);
  }
}

export function portIsOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

export interface RunningDatabase {
  uri: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts FerretDB on loopback with telemetry disabled and waits until it accepts connections. */
export async function startFerretdb(
  dataDir: string,
  port: number,
): Promise<RunningDatabase> {
  const bin = ensureFerretdb((m) => console.log(m));
  if (await portIsOpen(port)) {
    throw new Error(
      `Port ${port} is already in use, so FerretDB cannot listen there; stop the process using it or set YKB_DB_PORT.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    bin,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--telemetry=disable',
      '--debug-addr=-',
      `--state-dir=${dataDir}`,
      '--log-level=warn',
      '--log-format=json',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const deadline = Date.now() + 30000;
  while (!(await portIsOpen(port))) {
    if (child.exitCode !== null)
      throw new Error(
        `FerretDB exited with code ${child.exitCode}: ${stderr.trim()}`,
      );
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('FerretDB did not accept connections within 30 seconds.');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    process: child,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
