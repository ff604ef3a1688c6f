import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { hasExited, stopChildren } from '../../scripts/lib/platform.js';

/** Starts a Node process that runs until it is told to stop. */
function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
}

const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) {
    if (!hasExited(child)) child.kill('SIGKILL');
  }
});

describe('stopping the platform’s child processes', () => {
  it('returns after one child was killed by a signal and stops the others', async () => {
    const children = [sleeper(), sleeper(), sleeper()];
    started.push(...children);
    await Promise.all(children.map((child) => once(child, 'spawn')));
    const crashed = children[1]!;
    crashed.kill('SIGKILL');
    await once(crashed, 'exit');
    expect(crashed.exitCode).toBeNull();
    expect(crashed.signalCode).toBe('SIGKILL');

    await stopChildren(children);

    expect(children.map(hasExited)).toEqual([true, true, true]);
    expect(children.map((child) => child.signalCode)).toEqual([
      'SIGTERM',
      'SIGKILL',
      'SIGTERM',
    ]);
  });

  it('returns at once when every child has already exited', async () => {
    const child = spawn(process.execPath, ['-e', 'process.exit(3)'], {
      stdio: 'ignore',
    });
    started.push(child);
    await once(child, 'exit');
    await stopChildren([child]);
    expect(child.exitCode).toBe(3);
  });
});
