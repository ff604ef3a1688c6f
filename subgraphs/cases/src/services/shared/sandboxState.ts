import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Logger } from '@ykb/common';

/**
 * Path of a sandbox's state file, `<YKB_DATA_DIR>/sandboxes/<name>.json`,
 * or null when YKB_DATA_DIR is not set, so the sandbox keeps its state in
 * memory only.
 */
export function sandboxStatePath(
  name: string,
  dataDir = process.env.YKB_DATA_DIR,
): string | null {
  return dataDir ? resolve(dataDir, 'sandboxes', `${name}.json`) : null;
}

/**
 * JSON file that keeps a sandbox's state across restarts. Each save writes
 * the whole state to a temporary file, syncs it and renames it over the old
 * file, so a crash leaves the old or the new state and never a torn one.
 * Saves run one at a time. A save requested while another waits to start
 * joins it, and the state is read when the write starts, so every change
 * made before a save was requested is in the file once that save resolves.
 * With a null path, load finds nothing and saves do nothing.
 */
export class SandboxStateFile<T> {
  private last: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | null = null;

  constructor(
    readonly path: string | null,
    private readonly snapshot: () => T,
    private readonly log: Logger,
  ) {}

  /**
   * Reads the file and converts its JSON with `read`, which throws on a
   * shape it does not accept. Returns null when there is no file. A file
   * that cannot be read or converted is logged, moved aside to
   * `<path>.corrupt-<time>` and also gives null, so the sandbox starts empty.
   */
  async load<S>(read: (value: unknown) => S): Promise<S | null> {
    if (!this.path) return null;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return this.moveAside(this.path, error);
    }
    try {
      return read(JSON.parse(text));
    } catch (error) {
      return this.moveAside(this.path, error);
    }
  }

  /** Writes the current state; rejects when the write fails. */
  save(): Promise<void> {
    const path = this.path;
    if (!path) return Promise.resolve();
    if (this.waiting) return this.waiting;
    const write = this.last.then(() => {
      this.waiting = null;
      return this.write(path);
    });
    this.waiting = write;
    this.last = write.catch(() => {});
    return write;
  }

  /** Waits until every requested save has finished. */
  flush(): Promise<void> {
    return this.last;
  }

  private async write(path: string): Promise<void> {
    // Serialized before the first await, so the file gets the state of this moment.
    const text = JSON.stringify(this.snapshot());
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  }

  private async moveAside(path: string, error: unknown): Promise<null> {
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(path, aside);
      this.log.error(
        { err: error, file: path, movedTo: aside },
        'sandbox state file is unreadable; moved it aside and started empty',
      );
    } catch (renameError) {
      this.log.error(
        { err: error, file: path, renameError },
        'sandbox state file is unreadable and could not be moved aside; started empty',
      );
    }
    return null;
  }
}

/** Throws unless `value` is an object; returns it for reading its fields. */
export function objectIn(
  value: unknown,
  field: string,
): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${field} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Throws unless `value` is an array; returns it. */
export function arrayIn(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${field} must be a JSON array`);
  return value;
}

/** Throws unless `value` is a string; returns it. */
export function stringIn(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`${field} must be a string`);
  return value;
}

/** Throws unless `value` is a safe integer; returns it. */
export function integerIn(value: unknown, field: string): number {
  if (!Number.isSafeInteger(value))
    throw new Error(`${field} must be an integer`);
  return value as number;
}

/** Throws unless `value` is an ISO 8601 time; returns it as a Date. */
export function dateIn(value: unknown, field: string): Date {
  const date = new Date(stringIn(value, field));
  if (Number.isNaN(date.getTime())) throw new Error(`${field} must be a time`);
  return date;
}

/** Reads the object of a state file and throws unless its version is `version`. */
export function stateIn(
  value: unknown,
  version: number,
): Record<string, unknown> {
  const state = objectIn(value, 'state');
  if (state.version !== version)
    throw new Error(
      `state version ${String(state.version)} is not ${version}, the version this sandbox reads`,
    );
  return state;
}
