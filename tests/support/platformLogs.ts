// Records the log folders and messages of the test platforms a test file
// started, so that a failed test prints the services' recent log lines (the
// test platform logs at level "error") and any service that stopped.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many trailing lines of each service log a report prints. */
const REPORTED_LINES = 12;
/** Maximum length of a printed log line; the rest of the line is cut. */
const REPORTED_LINE_LENGTH = 600;

const logDirectories = new Set<string>();
const platformMessages: string[] = [];
/** How many platform messages a report prints, newest last. */
const REPORTED_MESSAGES = 20;

/** Includes the service logs under `directory` in failure reports until `forgetPlatformLogs`. */
export function watchPlatformLogs(directory: string): void {
  logDirectories.add(directory);
}

export function forgetPlatformLogs(directory: string): void {
  logDirectories.delete(directory);
}

/** Records a message of the platform starter, such as a service that stopped unexpectedly. */
export function recordPlatformMessage(message: string): void {
  platformMessages.push(`${new Date().toISOString()} ${message}`);
  if (platformMessages.length > REPORTED_MESSAGES) platformMessages.shift();
}

async function tailOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-REPORTED_LINES)
    .map((line) =>
      line.length > REPORTED_LINE_LENGTH
        ? `${line.slice(0, REPORTED_LINE_LENGTH)}…`
        : line,
    );
}

/** Describes the platform messages and recent service log lines, or returns '' when there are none. */
export async function describePlatformLogs(): Promise<string> {
  const parts = platformMessages.map((message) => `platform: ${message}`);
  for (const directory of logDirectories) {
    const files = await readdir(directory).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.log')).sort()) {
      const lines = await tailOf(join(directory, file));
      if (lines.length > 0) parts.push(`${file}:\n${lines.join('\n')}`);
    }
  }
  return parts.join('\n\n');
}
