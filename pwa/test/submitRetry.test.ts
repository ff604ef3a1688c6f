// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { of } from 'rxjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationNotice } from '../src/features/items/applicationNotice';
import { useOutbox } from '../src/offline/useOutbox';
import { installTestOutbox, testDraft } from './outboxTestSetup';

/**
 * An application submitted online while a service fails: the scripted
 * server responds to SubmitApplication with the next scripted error code, or
 * with a case once the script is empty.
 */
const script: string[] = [];
let submits = 0;

const server = new ApolloLink((operation) => {
  if (operation.operationName !== 'SubmitApplication')
    throw new Error(`Unexpected operation ${operation.operationName}`);
  submits += 1;
  const code = script.shift();
  if (code) return of({ errors: [{ message: code, extensions: { code } }] });
  return of({
    data: {
      submitApplication: {
        __typename: 'Case',
        id: `case-${submits}`,
        caseNumber: `500238-20261204-00000${submits}`,
        status: 'SUBMITTED',
      },
    },
  });
});

const CITIZEN = { id: 'u-citizen', name: '张三' };

beforeAll(() => {
  installTestOutbox(
    {
      ...CITIZEN,
      roles: ['CITIZEN'],
      divisionCode: '500238100205',
      departmentCode: null,
      hallId: null,
    },
    server,
  );
});

describe('submitting an application while a service fails', () => {
  it('retries, then shows the case number', async () => {
    const { submit, entries } = useOutbox();
    script.push('UPSTREAM_FAILED');
    const outcome = await submit(testDraft('首次失败的申报'));

    expect(outcome.kind).toBe('queued');
    expect(applicationNotice(outcome, entries.value)).toEqual({
      key: 'item.retrying',
      localId: outcome.kind === 'queued' ? outcome.entry.localId : '',
    });

    // The first automatic retry runs one second later.
    await expect
      .poll(() => applicationNotice(outcome, entries.value), {
        timeout: 5000,
      })
      .toEqual({ key: 'item.submitted', caseNumber: '500238-20261204-000002' });
    expect(submits).toBe(2);
  });

  it('points to cases after a refusal', async () => {
    const { submit, entries } = useOutbox();
    script.push('UPSTREAM_FAILED', 'INVALID_FORM_DATA');
    const outcome = await submit(testDraft('重试被拒的申报'));
    expect(outcome.kind).toBe('queued');

    await expect
      .poll(() => applicationNotice(outcome, entries.value)?.key, {
        timeout: 5000,
      })
      .toBe('item.needsAttention');
  });

  it('awaits a network when offline', () => {
    const entry = {
      ...useOutbox().entries.value[0]!,
      state: 'pending' as const,
      lastError: null,
    };
    expect(applicationNotice({ kind: 'queued', entry }, [])?.key).toBe(
      'item.queued',
    );
    expect(
      applicationNotice(
        {
          kind: 'queued',
          entry: { ...entry, lastError: { code: 'NETWORK', message: 'x' } },
        },
        [],
      )?.key,
    ).toBe('item.queued');
  });
});
