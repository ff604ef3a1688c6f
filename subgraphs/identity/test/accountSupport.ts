import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  auditRecordModel,
  DEMO_PASSWORD,
  Role,
  type AuditRecord,
  type RunningSubgraph,
} from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import {
  createIdentitySubgraph,
  createSandboxNotifier,
  type SandboxNotifierOptions,
} from '../src/index.js';

/** A clock the test moves by hand, so expiry and rate limits are tested without waiting. */
export class TestClock {
  private ms = Date.now();
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface AccountTestSubgraph {
  subgraph: RunningSubgraph;
  clock: TestClock;
  outboxFile: string;
  close: () => Promise<void>;
}

/** Starts identity on its own database with a test clock and the sandbox notifier writing to a temporary outbox file. */
export async function startAccountSubgraph(
  notifierOptions: Partial<SandboxNotifierOptions> = {},
): Promise<AccountTestSubgraph> {
  isolateDatabase();
  const clock = new TestClock();
  const folder = mkdtempSync(join(tmpdir(), 'ykb-outbox-'));
  const outboxFile = join(folder, 'sms.jsonl');
  const subgraph = await startTestSubgraph(
    createIdentitySubgraph({
      now: clock.now,
      createNotifier: (models, log) =>
        createSandboxNotifier({
          models,
          log,
          now: clock.now,
          outboxFile,
          ...notifierOptions,
        }),
    }),
  );
  return {
    subgraph,
    clock,
    outboxFile,
    close: async () => {
      await subgraph.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Signs a demo account in and returns its token. */
export async function signInDemo(
  url: string,
  account: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const result = await graphql(
    url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: password },
  );
  if (result.errors)
    throw new Error(
      `sign-in of ${account} failed: ${result.errors[0]!.message}`,
    );
  return result.data!.signIn.token as string;
}

export interface OutboxMessage {
  id: string;
  mobile: string;
  templateId: string;
  text: string;
  params: { key: string; value: string | null }[];
}

/** Reads a mobile's messages, newest first, through the `smsOutbox` query as a SYSTEM caller. */
export async function outboxOf(
  url: string,
  mobile: string,
): Promise<OutboxMessage[]> {
  const result = await graphql(
    url,
    'query($m: String!) { smsOutbox(mobile: $m, first: 100) { id mobile templateId text params { key value } } }',
    { m: mobile },
    viewerOf([Role.System]),
  );
  if (result.errors) throw new Error(result.errors[0]!.message);
  return result.data!.smsOutbox as OutboxMessage[];
}

/** Returns the code of the newest message to a mobile. */
export async function latestCode(url: string, mobile: string): Promise<string> {
  const [message] = await outboxOf(url, mobile);
  const code = message?.params.find((p) => p.key === 'code')?.value;
  if (!code) throw new Error(`No code was sent to ${mobile}.`);
  return code;
}

/** Reads the lines of the sandbox outbox file. */
export function outboxFileLines(file: string): Record<string, unknown>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Reads audit records straight from the shared audit database. */
export function auditRecords(
  subgraph: RunningSubgraph,
  filter: Record<string, unknown>,
): Promise<AuditRecord[]> {
  return auditRecordModel(subgraph.connection)
    .find(filter)
    .sort({ at: 1 })
    .lean<AuditRecord[]>();
}
