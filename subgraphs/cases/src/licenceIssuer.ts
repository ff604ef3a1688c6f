import { callSubgraph, subgraphUrl } from '@ykb/common';
import { now } from './clock.js';
import type { CaseDocument } from './model.js';
import { SYSTEM_ACTOR, type OutboxKind } from './outbox.js';
import { enterStep, stepAfter } from './workflow.js';

const ISSUE_MUTATION = `mutation IssueLicence($input: IssueLicenceInput!) {
  issueLicence(input: $input) { id identifier }
}`;

interface IssuedLicence {
  id: string;
  identifier: string;
}

/**
 * Licence making (制证): the outbox entry `licenceIssue` of an approved case
 * is delivered to the licenses subgraph, whose `issueLicence` is idempotent
 * per case id. Success records the licence and moves the case to the step
 * after LICENCE (delivery or completion).
 */
export const licenceKind: OutboxKind<IssuedLicence> = {
  path: 'licenceIssue',
  doneState: 'ISSUED',
  deliverable: (record) => record.status === 'APPROVED',
  deliverableFilter: { status: 'APPROVED' },
  deliver: async (record: CaseDocument, requestId?: string) => {
    const input = {
      caseId: record._id,
      itemId: record.itemId,
      licenceTypeCode: record.licenceTypeCode,
      holderUserId: record.applicantUserId,
      holderName: record.applicantName,
      holderIdNumber: record.applicantIdNumber,
      departmentCode: record.departmentCode,
      divisionCode: record.divisionCode,
      // The licences subgraph keeps only the licence type's face elements of this data.
      data: {
        ...record.formData,
        caseNumber: record.caseNumber,
        itemName: record.itemName,
      },
      changesCurrent: Boolean(record.changesLicenceMaterial),
      currentLicenceId: record.changesLicenceMaterial
        ? (record.materials.find(
            (m) => m.code === record.changesLicenceMaterial,
          )?.licenceId ?? null)
        : null,
    };
    const result = await callSubgraph<{ issueLicence: IssuedLicence }>(
      subgraphUrl('licenses'),
      'cases',
      ISSUE_MUTATION,
      { input },
      requestId,
    );
    return result.issueLicence;
  },
  succeeded: (record, licence) => {
    const at = now();
    return {
      set: {
        ...enterStep(record, stepAfter(record, 'LICENCE'), at),
        licenceId: licence.id,
        licenceIdentifier: licence.identifier,
      },
      push: {
        history: {
          action: 'LICENCE_ISSUED',
          actorUserId: SYSTEM_ACTOR.userId,
          actorName: SYSTEM_ACTOR.name,
          at,
          opinion: licence.identifier,
        },
      },
    };
  },
};
