import { describe, expect, it } from 'vitest';
import {
  ApplicationRejectedError,
  NETWORK_ERROR_CODE,
  Outbox,
  REJECTION_CODES,
  type ApplicationDraft,
  type OutboxTransport,
  type SubmittedCase,
} from '../src/offline/outbox';
import { MemoryOutboxStorage } from '../src/offline/memoryOutboxStorage';

/** A failure carrying a GraphQL `extensions.code`, as the server sends it. */
class CodedError extends Error {
  constructor(readonly code: string) {
    super(`failed with ${code}`);
  }
}

const errorCodeOf = (error: unknown): string =>
  error instanceof CodedError ? error.code : NETWORK_ERROR_CODE;

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
  uploadFailures = 0;
  private caseCounter = 0;

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

function setup(options: { online?: boolean; steps?: Step[] } = {}) {
  const storage = new MemoryOutboxStorage();
  const transport = new ScriptedTransport(options.steps);
  let clock = Date.parse('2026-03-02T01:00:00Z');
  const outbox = new Outbox({
    storage,
    transport,
    errorCodeOf,
    isOnline: () => options.online ?? true,
    now: () => new Date((clock += 1000)),
  });
  return { storage, transport, outbox };
}

describe('Outbox.enqueue', () => {
  it('stores a queued entry with a provisional id and no case number', async () => {
    const { outbox } = setup();
    const entry = await outbox.enqueue('u-demo-citizen-1', draft('a'));

    expect(entry.localId).toMatch(/^L-/);
    expect(entry.state).toBe('queued');
    expect(entry.createdBy).toBe('u-demo-citizen-1');
    expect(entry.createdAt).toBe('2026-03-02T01:00:01.000Z');
    expect(entry.idempotencyKey).toBe('key-a');
    expect(entry).not.toHaveProperty('caseNumber');
    expect(entry.materials[0]?.blob).toBeInstanceOf(Blob);
    expect(entry.materials[0]?.fileId).toBeNull();
  });

  it('keeps one entry per idempotency key', async () => {
    const { outbox } = setup();
    const first = await outbox.enqueue('u-1', draft('a'));
    const second = await outbox.enqueue('u-1', draft('a'));

    expect(second.localId).toBe(first.localId);
    expect(await outbox.list('u-1')).toHaveLength(1);
  });

  it('partitions entries per user', async () => {
    const { outbox } = setup();
    await outbox.enqueue('u-clerk.chengbei', draft('a'));
    await outbox.enqueue('u-demo-citizen-1', draft('b'));

    const clerk = await outbox.list('u-clerk.chengbei');
    const citizen = await outbox.list('u-demo-citizen-1');
    expect(clerk.map((e) => e.itemId)).toEqual(['item-a']);
    expect(citizen.map((e) => e.itemId)).toEqual(['item-b']);
    expect(await outbox.list('u-clerk.wuxi')).toEqual([]);
  });
});

describe('Outbox.replay', () => {
  it('submits queued entries in creation order and removes them', async () => {
    const { outbox, transport } = setup();
    for (const name of ['a', 'b', 'c'])
      await outbox.enqueue('u-1', draft(name));

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
    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('uploads materials before submitting with their file ids', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue('u-1', draft('a'));

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
    await outbox.enqueue('u-1', draft('a', 'draft-key-1'));

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
    const entry = await outbox.enqueue('u-1', draft('a'));

    const report = await outbox.replay('u-1');

    const [stored] = await outbox.list('u-1');
    expect(report.interruptedBy).toBe(NETWORK_ERROR_CODE);
    expect(report.pending).toBe(1);
    expect(stored?.localId).toBe(entry.localId);
    expect(stored?.state).toBe('queued');
    expect(stored?.attempts).toBe(1);
    expect(stored?.lastError?.code).toBe(NETWORK_ERROR_CODE);
  });

  it('stops at a network error so later entries never overtake', async () => {
    const { outbox, transport } = setup({ steps: ['network'] });
    await outbox.enqueue('u-1', draft('a'));
    await outbox.enqueue('u-1', draft('b'));

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
    await outbox.enqueue('u-1', draft('a'));

    await outbox.replay('u-1');
    await outbox.replay('u-1');

    expect(transport.uploads).toEqual(['a.pdf']);
    expect(transport.submits[1]?.materials[0]?.fileId).toBe('file-a.pdf-1');
  });

  it('keeps the entry when an upload fails', async () => {
    const { outbox, transport } = setup();
    transport.uploadFailures = 1;
    await outbox.enqueue('u-1', draft('a'));

    const report = await outbox.replay('u-1');

    expect(report.interruptedBy).toBe(NETWORK_ERROR_CODE);
    expect(transport.submits).toHaveLength(0);
    expect((await outbox.list('u-1'))[0]?.state).toBe('queued');
  });

  it.each([
    'CONFLICT',
    'NOT_FOUND',
    'INVALID_FORM_DATA',
    'MISSING_MATERIAL',
    'FORBIDDEN',
  ])('moves an entry rejected with %s to attention', async (code) => {
    const { outbox, transport } = setup({ steps: [code] });
    await outbox.enqueue('u-1', draft('a'));
    await outbox.enqueue('u-1', draft('b'));

    const report = await outbox.replay('u-1');

    const entries = await outbox.list('u-1');
    expect(REJECTION_CODES.has(code)).toBe(true);
    expect(report.rejected.map((e) => e.itemId)).toEqual(['item-a']);
    expect(report.submitted.map((s) => s.entry.itemId)).toEqual(['item-b']);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.state).toBe('attention');
    expect(entries[0]?.lastError?.code).toBe(code);
    expect(transport.submits).toHaveLength(2);
  });

  it('never replays an attention entry automatically', async () => {
    const { outbox, transport } = setup({ steps: ['CONFLICT'] });
    await outbox.enqueue('u-1', draft('a'));

    await outbox.replay('u-1');
    await outbox.replay('u-1');
    await outbox.replay('u-1');

    expect(transport.submits).toHaveLength(1);
    expect((await outbox.list('u-1'))[0]?.state).toBe('attention');
  });

  it('keeps the entry queued after UNAUTHENTICATED', async () => {
    const { outbox } = setup({ steps: ['UNAUTHENTICATED'] });
    await outbox.enqueue('u-1', draft('a'));

    const report = await outbox.replay('u-1');

    expect(report.interruptedBy).toBe('UNAUTHENTICATED');
    expect((await outbox.list('u-1'))[0]?.state).toBe('queued');
  });

  it('replays only the given user partition', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue('u-clerk.chengbei', draft('a'));
    await outbox.enqueue('u-demo-citizen-1', draft('b'));

    await outbox.replay('u-demo-citizen-1');

    expect(transport.submits.map((s) => s.itemId)).toEqual(['item-b']);
    expect(await outbox.list('u-clerk.chengbei')).toHaveLength(1);
    expect(await outbox.list('u-demo-citizen-1')).toHaveLength(0);
  });

  it('serialises concurrent replays without double submits', async () => {
    const { outbox, transport } = setup();
    await outbox.enqueue('u-1', draft('a'));
    await outbox.enqueue('u-1', draft('b'));

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

    const outcome = await outbox.submit('u-1', draft('a'));

    expect(outcome.kind).toBe('submitted');
    if (outcome.kind !== 'submitted') return;
    expect(outcome.result.caseNumber).toBe('CQ2026000001');
    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('queues without a request while offline', async () => {
    const { outbox, transport } = setup({ online: false });

    const outcome = await outbox.submit('u-1', draft('a'));

    expect(outcome.kind).toBe('queued');
    expect(transport.submits).toHaveLength(0);
    expect(transport.uploads).toHaveLength(0);
    expect(await outbox.list('u-1')).toHaveLength(1);
  });

  it('queues the draft after a network error and replays it with its key', async () => {
    const { outbox, transport } = setup({ steps: ['network'] });

    const outcome = await outbox.submit('u-1', draft('a', 'draft-key-7'));
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

    const submitting = outbox.submit('u-1', draft('a'));

    await expect(submitting).rejects.toBeInstanceOf(ApplicationRejectedError);
    await expect(submitting).rejects.toMatchObject({
      code: 'INVALID_FORM_DATA',
    });
    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('queues behind older entries to keep the order', async () => {
    const { outbox, transport } = setup({ steps: ['ok', 'network'] });
    await outbox.enqueue('u-1', draft('a'));
    await outbox.enqueue('u-1', draft('b'));

    const outcome = await outbox.submit('u-1', draft('c'));

    expect(outcome.kind).toBe('queued');
    expect(transport.submits.map((s) => s.itemId)).toEqual([
      'item-a',
      'item-b',
    ]);
    const remaining = await outbox.list('u-1');
    expect(remaining.map((e) => e.itemId)).toEqual(['item-b', 'item-c']);
  });
});

describe('Outbox.retry and discard', () => {
  it('requeues an attention entry with the same key and fresh uploads', async () => {
    const { outbox, transport } = setup({ steps: ['MISSING_MATERIAL', 'ok'] });
    const entry = await outbox.enqueue('u-1', draft('a', 'draft-key-9'));
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
    const entry = await outbox.enqueue('u-1', draft('a'));

    await outbox.discard('u-1', entry.localId);

    expect(await outbox.list('u-1')).toEqual([]);
  });

  it('notifies subscribers with the user id', async () => {
    const { outbox } = setup();
    const notified: string[] = [];
    outbox.subscribe((userId) => notified.push(userId));

    await outbox.enqueue('u-1', draft('a'));
    await outbox.replay('u-1');

    expect(notified).toEqual(['u-1', 'u-1']);
  });
});
