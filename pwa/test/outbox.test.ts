import { describe, expect, it } from 'vitest';
import {
  APPLICANT_NOT_FOUND_CODE,
  ApplicationRejectedError,
  NETWORK_ERROR_CODE,
  Outbox,
  REJECTION_CODES,
  SIGNED_OUT_CODE,
  type ApplicationDraft,
  type ApplicationEntry,
  type OutboxEntry,
  type OutboxTransport,
  type OutboxUser,
  type SubmittedCase,
} from '../src/offline/outbox';
import { MemoryOutboxStorage } from '../src/offline/memoryOutboxStorage';

/** A failure carrying a GraphQL `extensions.code`, as the server sends it. */
class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`failed with ${code}`);
  }
}

/** Reads `code` like the app's errorCodeOf: server codes and the outbox's own. */
const errorCodeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : NETWORK_ERROR_CODE;
};

type SubmitInput = Parameters<OutboxTransport['submitApplication']>[0];
type Step = 'ok' | 'network' | string;

/**
 * Transport that records every call. Each submit consumes the next scripted
 * step: `ok` succeeds, `network` throws a TypeError like a failed fetch and
 * any other value throws a CodedError with that code.
 */
class ScriptedTransport implements OutboxTransport {
  readonly submits: SubmitInput[] = [];
  readonly uploads: string[] = [];
  readonly accepts: string[] = [];
  /** Registered applicants by ID-card number. */
  readonly applicants = new Map<string, string>();
  /** Current version of each case acceptCase may be called on. */
  readonly caseVersions = new Map<string, number>();
  uploadFailures = 0;
  /** Runs as each submit arrives at the server, such as a sign-out on the device meanwhile. */
  onSubmit: () => void = () => {};
  private caseCounter = 0;

  async findApplicant(idCardNumber: string): Promise<string | null> {
    return this.applicants.get(idCardNumber) ?? null;
  }

  async acceptCase(input: {
    id: string;
    version: number;
  }): Promise<SubmittedCase> {
    this.accepts.push(input.id);
    const current = this.caseVersions.get(input.id);
    if (current !== input.version)
      throw new CodedError('CONFLICT', { currentVersion: current });
    this.caseVersions.set(input.id, current + 1);
    return {
      id: input.id,
      caseNumber: `number-${input.id}`,
      status: 'ACCEPTED',
    };
  }

  constructor(private readonly steps: Step[] = []) {}

  script(...steps: Step[]): void {
    this.steps.push(...steps);
  }

  async uploadMaterial(material: {
    fileName: string;
  }): Promise<{ id: string }> {
    if (this.uploadFailures > 0) {
      this.uploadFailures -= 1;
      throw new TypeError('Failed to fetch');
    }
    this.uploads.push(material.fileName);
    return { id: `file-${material.fileName}-${this.uploads.length}` };
  }

  async submitApplication(input: SubmitInput): Promise<SubmittedCase> {
    this.submits.push(structuredClone(input));
    this.onSubmit();
    const step = this.steps.shift() ?? 'ok';
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step !== 'ok') throw new CodedError(step);
    this.caseCounter += 1;
    return {
      id: `case-${this.caseCounter}`,
      caseNumber: `CQ2026${String(this.caseCounter).padStart(6, '0')}`,
      status: 'SUBMITTED',
    };
  }
}

/** A signed-in user with a name distinct from the id. */
function userOf(id: string): OutboxUser {
  return { id, name: `${id} 的姓名` };
}

function draft(name: string, key = `key-${name}`): ApplicationDraft {
  return {
    itemId: `item-${name}`,
    itemName: `事项 ${name}`,
    divisionCode: '500238100205',
    formData: { applicantName: '张三' },
    materials: [
      {
        code: 'M01',
        fileName: `${name}.pdf`,
        mimeType: 'application/pdf',
        blob: new Blob([`content of ${name}`], { type: 'application/pdf' }),
      },
    ],
    idempotencyKey: key,
  };
}

/** Narrows a stored entry to an application, failing the test otherwise. */
function application(entry: OutboxEntry | undefined): ApplicationEntry {
  if (entry?.kind !== 'application')
    throw new Error(`Expected an application entry, got ${entry?.kind}.`);
  return entry;
}

/** Entries of a user that are not synced yet. */
async function unsynced(outbox: Outbox, userId: string) {
  return (await outbox.list(userId)).filter((e) => e.state !== 'synced');
}

function setup(
  options: {
    online?: boolean;
    steps?: Step[];
    /** The user signed in on the device; the outbox does not check when absent. */
    signedIn?: { id: string | null };
  } = {},
) {
  const storage = new MemoryOutboxStorage();
  const transport = new ScriptedTransport(options.steps);
  let clock = Date.parse('2026-03-02T01:00:00Z');
  const outbox = new Outbox({
    storage,
    transport,
    errorCodeOf,
    errorDetailsOf: (error) =>
      error instanceof CodedError ? error.details : undefined,
    isOnline: () => options.online ?? true,
    now: () => new Date((clock += 1000)),
    ...(options.signedIn
      ? { signedInUserId: () => options.signedIn?.id ?? null }
      : {}),
  });
  return { storage, transport, outbox };
}

describe('Outbox.enqueue', () => {
  it('stores a queued entry with a provisional id and no case number', async () => {
    const { outbox } = setup();
    const entry = await outbox.enqueue(userOf('u-demo-citizen-1'), draft('a'));

    expect(entry.localId).toMatch(/^L-/);
    expect(entry.state).toBe('pending');
    expect(entry.createdBy).toBe('u-demo-citizen-1');
    expect(entry.createdByName).toBe('u-demo-citizen-1 的姓名');
    expect(entry.createdAt).toBe('2026-03-02T01:00:01.000Z');
    expect(entry.idempotencyKey).toBe('key-a');
    expect(entry).not.toHaveProperty('caseNumber');
    expect(application(entry).materials[0]?.blob).toBeInstanceOf(Blob);
    expect(application(entry).materials[0]?.fileId).toBeNull();
  });

  it('keeps one entry per idempotency key', async () => {
    const { outbox } = setup();
    const first = await outbox.enqueue(userOf('u-1'), draft('a'));
    const second = await outbox.enqueue(userOf('u-1'), draft('a'));

    expect(second.localId).toBe(first.localId);
    expect(await outbox.list('u-1')).toHaveLength(1);
  });

  it('partitions entries per user', async () => {
    const { outbox } = setup();
    await outbox.enqueue(userOf('u-clerk.chengbei'), draft('a'));
    await outbox.enqueue(userOf('u-demo-citizen-1'), draft('b'));

    const clerk = await outbox.list('u-clerk.chengbei');
    const citizen = await outbox.list('u-demo-citizen-1');
    expect(clerk.map((e) => application(e).itemId)).toEqual(['item-a']);
    expect(citizen.map((e) => application(e).itemId)).toEqual(['item-b']);
    expect(await outbox.list('u-clerk.wuxi')).toEqual([]);
  });
});

describe('Outbox.replay', () => {
  it('submits pending entries in creation order and marks them synced', async () => {
    const { outbox, transport } = setup();
    for (const name of ['a', 'b', 'c'])
      await outbox.enqueue(userOf('u-1'), draft(name));

    const report = await outbox.replay('u-1');

    expect(transport.submits.map((s) => s.itemId)).toEqual([
      'item-a',
      'item-b',
      'item-c',
    ]);
    expect(report.submitted.map((s) => s.result.caseNumber)).toEqual([
      'CQ2026000001',
      'CQ2026000002',
      'CQ2026000003',
    ]);
    expect(report.pending).toBe(0);
    expect(report.interruptedBy).toBeNull();
    expect(await unsynced(outbox, 'u-1')).toEqual([]);
  });

  it('uploads materials before submitting with their file ids', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue(userOf('u-1'), draft('a'));

    await outbox.replay('u-1');

    expect(transport.uploads).toEqual(['a.pdf']);
    expect(transport.submits[0]?.materials).toEqual([
      { code: 'M01', fileId: 'file-a.pdf-1' },
    ]);
  });

  it('sends the same idempotency key on every retry', async () => {
    const { outbox, transport } = setup({
      steps: ['network', 'INTERNAL_SERVER_ERROR', 'ok'],
    });
    await outbox.enqueue(userOf('u-1'), draft('a', 'draft-key-1'));

    await outbox.replay('u-1');
    await outbox.replay('u-1');
    const last = await outbox.replay('u-1');

    expect(transport.submits).toHaveLength(3);
    for (const submit of transport.submits) {
      expect(submit.idempotencyKey).toBe('draft-key-1');
    }
    expect(last.submitted).toHaveLength(1);
  });

  it('keeps the entry queued after a network error', async () => {
    const { outbox } = setup({ steps: ['network'] });
    const entry = await outbox.enqueue(userOf('u-1'), draft('a'));

    const report = await outbox.replay('u-1');

    const [stored] = await outbox.list('u-1');
    expect(report.interruptedBy).toBe(NETWORK_ERROR_CODE);
    expect(report.pending).toBe(1);
    expect(stored?.localId).toBe(entry.localId);
    expect(stored?.state).toBe('pending');
    expect(stored?.attempts).toBe(1);
    expect(stored?.lastError?.code).toBe(NETWORK_ERROR_CODE);
  });

  it('stops at a network error so later entries never overtake', async () => {
    const { outbox, transport } = setup({ steps: ['network'] });
    await outbox.enqueue(userOf('u-1'), draft('a'));
    await outbox.enqueue(userOf('u-1'), draft('b'));

    const first = await outbox.replay('u-1');
    expect(transport.submits.map((s) => s.itemId)).toEqual(['item-a']);
    expect(first.pending).toBe(2);

    await outbox.replay('u-1');
    expect(transport.submits.map((s) => s.itemId)).toEqual([
      'item-a',
      'item-a',
      'item-b',
    ]);
  });

  it('reuses uploaded file ids after a failed submit', async () => {
    const { outbox, transport } = setup({ steps: ['network'] });
    await outbox.enqueue(userOf('u-1'), draft('a'));

    await outbox.replay('u-1');
    await outbox.replay('u-1');

    expect(transport.uploads).toEqual(['a.pdf']);
    expect(transport.submits[1]?.materials[0]).toEqual({
      code: 'M01',
      fileId: 'file-a.pdf-1',
    });
  });

  it('sends licence materials with consent and no upload', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue(userOf('u-1'), {
      ...draft('a'),
      licenceMaterials: [{ code: 'M02', licenceId: 'licence-1' }],
    });

    await outbox.replay('u-1');

    expect(transport.uploads).toEqual(['a.pdf']);
    expect(transport.submits[0]?.materials).toEqual([
      { code: 'M01', fileId: 'file-a.pdf-1' },
      { code: 'M02', licenceId: 'licence-1', consent: true },
    ]);
  });

  it('keeps the entry when an upload fails', async () => {
    const { outbox, transport } = setup();
    transport.uploadFailures = 1;
    await outbox.enqueue(userOf('u-1'), draft('a'));

    const report = await outbox.replay('u-1');

    expect(report.interruptedBy).toBe(NETWORK_ERROR_CODE);
    expect(transport.submits).toHaveLength(0);
    expect((await outbox.list('u-1'))[0]?.state).toBe('pending');
  });

  it.each(['NOT_FOUND', 'INVALID_FORM_DATA', 'MISSING_MATERIAL', 'FORBIDDEN'])(
    'moves an entry rejected with %s to failed',
    async (code) => {
      const { outbox, transport } = setup({ steps: [code] });
      await outbox.enqueue(userOf('u-1'), draft('a'));
      await outbox.enqueue(userOf('u-1'), draft('b'));

      const report = await outbox.replay('u-1');

      const entries = await unsynced(outbox, 'u-1');
      expect(REJECTION_CODES.has(code)).toBe(true);
      expect(report.rejected.map((e) => application(e).itemId)).toEqual([
        'item-a',
      ]);
      expect(report.submitted.map((s) => application(s.entry).itemId)).toEqual([
        'item-b',
      ]);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.state).toBe('failed');
      expect(entries[0]?.lastError?.code).toBe(code);
      expect(transport.submits).toHaveLength(2);
    },
  );

  it('never replays a failed entry automatically', async () => {
    const { outbox, transport } = setup({ steps: ['INVALID_FORM_DATA'] });
    await outbox.enqueue(userOf('u-1'), draft('a'));

    await outbox.replay('u-1');
    await outbox.replay('u-1');
    await outbox.replay('u-1');

    expect(transport.submits).toHaveLength(1);
    expect((await outbox.list('u-1'))[0]?.state).toBe('failed');
  });

  it('keeps a synced entry with the server case number and drops its files', async () => {
    const { outbox } = setup();
    const entry = await outbox.enqueue(userOf('u-1'), draft('a'));

    await outbox.replay('u-1');

    const [stored] = await outbox.list('u-1');
    expect(stored).toMatchObject({
      localId: entry.localId,
      state: 'synced',
      result: { caseNumber: 'CQ2026000001' },
    });
    expect(stored?.syncedAt).not.toBeNull();
    expect(application(stored).materials[0]).toMatchObject({
      blob: null,
      fileId: 'file-a.pdf-1',
    });
  });

  it.each(['CONFLICT', 'DUPLICATE_APPLICATION'])(
    'turns an entry refused with %s into a conflict that is never replayed',
    async (code) => {
      const { outbox, transport } = setup({ steps: [code] });
      await outbox.enqueue(userOf('u-1'), draft('a'));
      await outbox.enqueue(userOf('u-1'), draft('b'));

      const first = await outbox.replay('u-1');
      await outbox.replay('u-1');
      await outbox.retry('u-1', first.conflicts[0]!.localId);
      await outbox.replay('u-1');

      expect(first.conflicts.map((e) => application(e).itemId)).toEqual([
        'item-a',
      ]);
      expect(transport.submits.map((s) => s.itemId)).toEqual([
        'item-a',
        'item-b',
      ]);
      const [a] = await outbox.list('u-1');
      expect(a).toMatchObject({ state: 'conflict', lastError: { code } });
    },
  );

  it('files a duplicate only after the clerk chooses to, with the same key', async () => {
    const { outbox, transport } = setup({
      steps: ['DUPLICATE_APPLICATION', 'ok'],
    });
    const entry = await outbox.enqueue(userOf('u-1'), draft('a', 'dup-key-1'));
    await outbox.replay('u-1');
    expect(transport.submits[0]).not.toHaveProperty('allowDuplicate');

    await outbox.fileAnyway('u-1', entry.localId);
    const report = await outbox.replay('u-1');

    expect(report.submitted).toHaveLength(1);
    expect(transport.submits[1]).toMatchObject({
      idempotencyKey: 'dup-key-1',
      allowDuplicate: true,
    });
  });

  it('looks up the applicant by ID-card number at sync', async () => {
    const { outbox, transport } = setup();
    transport.applicants.set('500238199003071014', 'u-villager');
    await outbox.enqueue(
      { id: 'u-clerk', name: '城北村代办员' },
      { ...draft('a'), applicantIdCard: '500238199003071014' },
    );
    await outbox.enqueue(
      { id: 'u-clerk', name: '城北村代办员' },
      { ...draft('b'), applicantIdCard: '11010519491231002X' },
    );

    const report = await outbox.replay('u-clerk');

    expect(transport.submits).toEqual([
      expect.objectContaining({
        itemId: 'item-a',
        applicantUserId: 'u-villager',
      }),
    ]);
    expect(report.rejected).toEqual([
      expect.objectContaining({
        createdByName: '城北村代办员',
        state: 'failed',
        lastError: expect.objectContaining({ code: APPLICANT_NOT_FOUND_CODE }),
      }),
    ]);
  });

  it('turns an acceptance of a case that changed meanwhile into a conflict', async () => {
    const { outbox, transport } = setup();
    transport.caseVersions.set('case-9', 3);
    const stale = await outbox.enqueueAcceptance(userOf('u-clerk'), {
      caseId: 'case-9',
      caseNumber: '500238-20260302-000009',
      itemName: '事项 9',
      expectedVersion: 2,
      idempotencyKey: 'accept-9',
    });
    transport.caseVersions.set('case-10', 1);
    await outbox.enqueueAcceptance(userOf('u-clerk'), {
      caseId: 'case-10',
      caseNumber: '500238-20260302-000010',
      itemName: '事项 10',
      expectedVersion: 1,
      idempotencyKey: 'accept-10',
    });

    const report = await outbox.replay('u-clerk');
    await outbox.retry('u-clerk', stale.localId);
    await outbox.replay('u-clerk');

    expect(report.conflicts.map((e) => e.localId)).toEqual([stale.localId]);
    expect(report.submitted).toHaveLength(1);
    expect(transport.accepts).toEqual(['case-9', 'case-10']);
    const stored = await outbox.list('u-clerk');
    expect(stored.map((e) => e.state)).toEqual(['conflict', 'synced']);
    expect(stored[0]?.lastError).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 3 },
    });
  });

  it('keeps the entry queued after UNAUTHENTICATED', async () => {
    const { outbox } = setup({ steps: ['UNAUTHENTICATED'] });
    await outbox.enqueue(userOf('u-1'), draft('a'));

    const report = await outbox.replay('u-1');

    expect(report.interruptedBy).toBe('UNAUTHENTICATED');
    expect((await outbox.list('u-1'))[0]?.state).toBe('pending');
  });

  it('stops when another user signs in', async () => {
    const device = { id: 'u-clerk.chengbei' as string | null };
    const { outbox, transport } = setup({ signedIn: device });
    await outbox.enqueue(userOf('u-clerk.chengbei'), draft('a'));
    await outbox.enqueue(userOf('u-clerk.chengbei'), draft('b'));
    // The first clerk signs out and a second clerk signs in on the device
    // while the first record is on its way.
    transport.onSubmit = () => {
      device.id = 'u-clerk.wuxi';
    };

    const report = await outbox.replay('u-clerk.chengbei');

    expect(transport.submits.map((s) => s.itemId)).toEqual(['item-a']);
    expect(transport.uploads).toEqual(['a.pdf']);
    expect(report.interruptedBy).toBe(SIGNED_OUT_CODE);
    const left = await unsynced(outbox, 'u-clerk.chengbei');
    expect(left.map((e) => [application(e).itemId, e.state])).toEqual([
      ['item-b', 'pending'],
    ]);
    expect(left[0]?.lastError?.code).toBe(SIGNED_OUT_CODE);
  });

  it('sends nothing while signed out', async () => {
    const { outbox, transport } = setup({ signedIn: { id: null } });
    await outbox.enqueue(userOf('u-1'), draft('a'));

    const outcome = await outbox.submit(userOf('u-1'), draft('b'));

    expect(transport.uploads).toEqual([]);
    expect(transport.submits).toEqual([]);
    expect(outcome.kind).toBe('queued');
    expect(await unsynced(outbox, 'u-1')).toHaveLength(2);
  });

  it('replays only the given user partition', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue(userOf('u-clerk.chengbei'), draft('a'));
    await outbox.enqueue(userOf('u-demo-citizen-1'), draft('b'));

    await outbox.replay('u-demo-citizen-1');

    expect(transport.submits.map((s) => s.itemId)).toEqual(['item-b']);
    expect(await outbox.list('u-clerk.chengbei')).toHaveLength(1);
    expect(await unsynced(outbox, 'u-demo-citizen-1')).toHaveLength(0);
  });

  it('serialises concurrent replays without double submits', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue(userOf('u-1'), draft('a'));
    await outbox.enqueue(userOf('u-1'), draft('b'));

    await Promise.all([
      outbox.replay('u-1'),
      outbox.replay('u-1'),
      outbox.replay('u-1'),
    ]);

    expect(transport.submits.map((s) => s.itemId)).toEqual([
      'item-a',
      'item-b',
    ]);
  });
});

describe('Outbox.submit', () => {
  it('returns the case when the server accepts the draft', async () => {
    const { outbox } = setup();

    const outcome = await outbox.submit(userOf('u-1'), draft('a'));

    expect(outcome.kind).toBe('submitted');
    if (outcome.kind !== 'submitted') return;
    expect(outcome.result.caseNumber).toBe('CQ2026000001');
    expect(await unsynced(outbox, 'u-1')).toEqual([]);
  });

  it('files one case for a double submit', async () => {
    const { outbox, transport } = setup();

    const outcomes = await Promise.all([
      outbox.submit(userOf('u-1'), draft('a')),
      outbox.submit(userOf('u-1'), draft('a')),
    ]);

    expect(await outbox.list('u-1')).toHaveLength(1);
    expect(transport.submits).toHaveLength(1);
    expect(outcomes.map((o) => o.kind)).toEqual(['submitted', 'submitted']);
    expect(
      outcomes.map((o) => (o.kind === 'submitted' ? o.result.caseNumber : '')),
    ).toEqual(['CQ2026000001', 'CQ2026000001']);
  });

  it('rejects both calls of a refused double submit', async () => {
    const { outbox, transport } = setup({ steps: ['INVALID_FORM_DATA'] });

    const outcomes = await Promise.allSettled([
      outbox.submit(userOf('u-1'), draft('a')),
      outbox.submit(userOf('u-1'), draft('a')),
    ]);

    expect(transport.submits).toHaveLength(1);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected')
        expect(outcome.reason).toMatchObject({ code: 'INVALID_FORM_DATA' });
    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('queues without a request while offline', async () => {
    const { outbox, transport } = setup({ online: false });

    const outcome = await outbox.submit(userOf('u-1'), draft('a'));

    expect(outcome.kind).toBe('queued');
    expect(transport.submits).toHaveLength(0);
    expect(transport.uploads).toHaveLength(0);
    expect(await outbox.list('u-1')).toHaveLength(1);
  });

  it('queues the draft after a network error and replays it with its key', async () => {
    const { outbox, transport } = setup({ steps: ['network'] });

    const outcome = await outbox.submit(
      userOf('u-1'),
      draft('a', 'draft-key-7'),
    );
    expect(outcome.kind).toBe('queued');

    const report = await outbox.replay('u-1');
    expect(report.submitted).toHaveLength(1);
    expect(transport.submits.map((s) => s.idempotencyKey)).toEqual([
      'draft-key-7',
      'draft-key-7',
    ]);
  });

  it('throws a rejection of the draft and stores nothing', async () => {
    const { outbox } = setup({ steps: ['INVALID_FORM_DATA'] });

    const submitting = outbox.submit(userOf('u-1'), draft('a'));

    await expect(submitting).rejects.toBeInstanceOf(ApplicationRejectedError);
    await expect(submitting).rejects.toMatchObject({
      code: 'INVALID_FORM_DATA',
    });
    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('queues behind older entries to keep the order', async () => {
    const { outbox, transport } = setup({ steps: ['ok', 'network'] });
    await outbox.enqueue(userOf('u-1'), draft('a'));
    await outbox.enqueue(userOf('u-1'), draft('b'));

    const outcome = await outbox.submit(userOf('u-1'), draft('c'));

    expect(outcome.kind).toBe('queued');
    expect(transport.submits.map((s) => s.itemId)).toEqual([
      'item-a',
      'item-b',
    ]);
    const remaining = await unsynced(outbox, 'u-1');
    expect(remaining.map((e) => application(e).itemId)).toEqual([
      'item-b',
      'item-c',
    ]);
  });
});

describe('Outbox.retry and discard', () => {
  it('requeues a failed entry with the same key and fresh uploads', async () => {
    const { outbox, transport } = setup({ steps: ['MISSING_MATERIAL', 'ok'] });
    const entry = await outbox.enqueue(
      userOf('u-1'),
      draft('a', 'draft-key-9'),
    );
    await outbox.replay('u-1');

    await outbox.retry('u-1', entry.localId);
    const report = await outbox.replay('u-1');

    expect(report.submitted).toHaveLength(1);
    expect(transport.uploads).toEqual(['a.pdf', 'a.pdf']);
    expect(transport.submits.map((s) => s.idempotencyKey)).toEqual([
      'draft-key-9',
      'draft-key-9',
    ]);
  });

  it('discards an entry at the user request', async () => {
    const { outbox } = setup();
    const entry = await outbox.enqueue(userOf('u-1'), draft('a'));

    await outbox.discard('u-1', entry.localId);

    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('notifies subscribers with the user id', async () => {
    const { outbox } = setup();
    const notified: string[] = [];
    outbox.subscribe((userId) => notified.push(userId));

    await outbox.enqueue(userOf('u-1'), draft('a'));
    await outbox.replay('u-1');

    expect(notified).toEqual(['u-1', 'u-1']);
  });
});
