import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';

/** A TCP port on 127.0.0.1 that was free a moment ago, for a child process to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Checks `check` every 50 ms until it holds; fails after 30 s. */
export async function until(
  check: () => Promise<boolean> | boolean,
): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('condition not reached in 30 s');
}

/** Runs a TypeScript entry point (relative to `cwd`) as a child process and waits until `healthUrl` returns HTTP 200. */
export async function startService(
  entry: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  healthUrl: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env,
    stdio: 'ignore',
  });
  await until(async () => {
    const response = await fetch(healthUrl).catch(() => null);
    return response?.status === 200;
  });
  return child;
}

/** Kills a child process with SIGKILL, the way a crash ends it, and waits for it to exit. */
export async function killService(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}
