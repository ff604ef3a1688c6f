import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '@ykb/common';
import { Role } from '@ykb/common';
import { graphql, viewerOf } from '../../../tests/support/harness.js';
import { seededItemId } from '../../items/src/index.js';
import { createLogger } from '@ykb/common';
import { DocumentStore } from '../src/documents.js';
import { setClock } from '../src/index.js';
import { licenceKind } from '../src/licenceIssuer.js';
import type { CaseModels } from '../src/model.js';
import { OutboxWorker } from '../src/outbox.js';
import { SupervisionRuleBook } from '../src/supervision.js';
import { settleCharging } from '../src/transitions.js';
import {
  ASSISTANCE_ITEM,
  assistanceForm,
  BUSINESS_ITEM,
  businessForm,
  CITIZEN,
  CITIZEN_ID_CARD,
  demo,
  materialsFor,
  newKey,
  startStack,
  uploadPdf,
  VILLAGE,
  type Stack,
} from './stack.js';

const FIELDS = `id caseNumber status version steps handledBy acceptedAt decidedAt completedAt
  deadline { date provisional } statutoryDeadline { date } timeLimitStatus remainingWorkingDays
  departmentCode handlingDivisionCode formData materials { code fileId licence { id identifier } }
  pauses { reason procedure from to excludedWorkingDays }
  correctionNotices { stage items { materialCode fieldKey description } issuedAt resolvedAt }
  documents { id kind fileName sha256 issuedAt }
  licenceIssue { state } departmentPush { state attempts } deliveryWindowRequest { state attempts }
  deliveryMethod history { action actorName opinion }`;

const CLERK_VILLAGE = demo('clerk.chengbei');
const CLERK_COUNTY = demo('clerk.wuxi');
const REVIEWER_SCJG = demo('reviewer.scjg');
const APPROVER_SCJG = demo('approver.scjg');
const REVIEWER_MZ = demo('reviewer.mz');
const REVIEWER_MZ_CITY = viewerOf([Role.Reviewer], {
  divisionCode: '50',
  departmentCode: 'CQ-MZ',
});
const APPROVER_MZ_CITY = viewerOf([Role.Approver], {
  divisionCode: '50',
  departmentCode: 'CQ-MZ',
});
const SUPERVISOR = demo('supervisor.city');
const ADMIN = demo('admin');
const ITEM_ADMIN = demo('itemadmin.city');
const OTHER_CITIZEN = demo('13900139000');
const CHANGE_ITEM = seededItemId('个体工商户变更登记');
const SUPPORT_ITEM = seededItemId('特困人员救助供养审核确认');

/** Business time in Asia/Shanghai: 10:00 on the given day. */
const at = (isoDate: string) => () => new Date(`${isoDate}T02:00:00Z`);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  setClock();
  await stack?.close();
});

beforeEach(() => setClock());

/** Runs an operation and returns its data, failing the test on errors. */
async function ok(
  query: string,
  variables: Record<string, unknown>,
  viewer?: Viewer,
): Promise<Record<string, any>> {
  const result = await graphql(stack.url, query, variables, viewer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** Runs an operation that must fail and returns the error code. */
async function failure(
  query: string,
  variables: Record<string, unknown>,
  viewer?: Viewer,
): Promise<string | undefined> {
  const result = await graphql(stack.url, query, variables, viewer);
  expect(result.errors).toBeDefined();
  return result.errors![0]!.extensions?.code;
}

const m = (name: string, args: string) =>
  `mutation($id: ID!, $version: Int${args ? `, ${args}` : ''}) { ${name}(id: $id, version: $version${args ? `, ${args.replace(/\$(\w+): [^,]+/g, '$1: $$$1')}` : ''}) { ${FIELDS} } }`;
const ACCEPT = m('acceptCase', '');
const REVIEW = m('reviewCase', '$opinion: String!');
const APPROVE = m('approveCase', '$opinion: String');
const REJECT = m('rejectCase', '$reason: String!');
const NOT_ACCEPT = m('notAcceptCase', '$reason: String!');
const SUSPEND = m(
  'suspendCase',
  '$procedure: SpecialProcedure!, $reason: String!',
);
const RESUME = m('resumeCase', '$opinion: String');
const TRANSFER = m(
  'transferCase',
  '$departmentCode: String!, $divisionCode: String, $reason: String!',
);
const WITHDRAW = m('withdrawApplication', '$reason: String!');
const DELIVER = m('deliverCase', '$method: DeliveryMethod!, $note: String');
const REQUEST_CORRECTION = m(
  'requestCorrection',
  '$corrections: [CorrectionItemInput!]!',
);
const SUBMIT_CORRECTION = m(
  'submitCorrection',
  '$materials: [MaterialInput!]!, $formData: JSON',
);
const CASE = `query($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${FIELDS} } }`;
const WORKFLOW = `query($itemId: ID!) { itemWorkflow(itemId: $itemId) { itemId steps handledBy departmentSystemId isDefault version } }`;
const CONFIGURE = `mutation($input: ItemWorkflowInput!) { configureItemWorkflow(input: $input) { itemId steps handledBy isDefault version } }`;
const DOCUMENT = `query($id: ID!) { caseDocument(id: $id) { id fileName mimeType contentBase64 } }`;
const PROGRESS = `query($n: String!, $s: String!, $q: String!) { caseProgress(caseNumber: $n, idNumberSuffix: $s, queryCode: $q) { caseNumber itemName applicantName status deadline { date } timeLimitStatus steps { action at } } }`;

async function submit(
  itemId: string,
  formData: Record<string, unknown>,
  codes: string[],
  viewer: Viewer = CITIZEN,
): Promise<Record<string, any>> {
  const materials = await materialsFor(stack.url, viewer, codes);
  const data = await ok(
    SUBMIT,
    {
      input: {
        itemId,
        divisionCode: VILLAGE,
        formData,
        materials,
        idempotencyKey: newKey(),
      },
    },
    viewer,
  );
  return data.submitApplication;
}

const submitBusiness = () =>
  submit(BUSINESS_ITEM, businessForm(), ['M1', 'M2', 'M3']);
const submitAssistance = () =>
  submit(ASSISTANCE_ITEM, assistanceForm(), ['M1', 'M2']);
const submitSupport = () =>
  submit(SUPPORT_ITEM, { ...assistanceForm(), reason: undefined }, [
    'M1',
    'M2',
  ]);

/**
 * Delegates 临时救助 to 巫溪县 and publishes that implementation, so
 * CQ-MZ implements the catalogue entry at the county level too.
 */
async function publishWuxiAssistance(): Promise<void> {
  const office = viewerOf([Role.ItemAdmin], {
    divisionCode: '50',
    departmentCode: 'CQ-ZWB',
  });
  const author = viewerOf([Role.ItemAdmin], {
    divisionCode: '500238',
    departmentCode: 'CQ-MZ',
  });
  const reviewer = viewerOf([Role.ItemAdmin], {
    divisionCode: '500238',
    departmentCode: 'CQ-MZ',
  });
  const legal = viewerOf([Role.LegalReviewer], { divisionCode: '500238' });
  const items = async (
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const result = await graphql(stack.items.url, query, variables, viewer);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const made = (
    await items(
      office,
      'mutation($id: ID!) { delegateItem(itemId: $id, divisionCodes: ["500238"], reason: "下放至区县实施") { itemId revision } }',
      { id: ASSISTANCE_ITEM },
    )
  ).delegateItem[0];
  const args = 'itemId: $id, version: 1, expectedRevision: $r';
  let revision = (
    await items(
      author,
      `mutation($id: ID!, $r: Int!) { submitItemDraft(${args}) { revision } }`,
      { id: made.itemId, r: made.revision },
    )
  ).submitItemDraft.revision;
  revision = (
    await items(
      reviewer,
      `mutation($id: ID!, $r: Int!) { reviewItemDraftForDepartment(${args}, approve: true) { revision } }`,
      { id: made.itemId, r: revision },
    )
  ).reviewItemDraftForDepartment.revision;
  await items(
    legal,
    `mutation($id: ID!, $r: Int!) { reviewItemDraftForLegality(${args}, approve: true, reasons: ["符合法律法规"]) { revision } }`,
    { id: made.itemId, r: revision },
  );
  await items(
    author,
    'mutation($id: ID!) { publishItemVersion(itemId: $id, version: 1) { status } }',
    { id: made.itemId },
  );
}

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (done(value) || i > 200) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ids of a case list query (worklist or transferredCases) as `viewer` reads it. */
async function listIds(
  list: 'worklist' | 'transferredCases',
  viewer: Viewer,
): Promise<string[]> {
  const data = await ok(`query { ${list}(first: 100) { id } }`, {}, viewer);
  return data[list].map((c: { id: string }) => c.id);
}

const readCase = async (id: string, viewer: Viewer = CITIZEN) =>
  (await ok(CASE, { id }, viewer)).case;

const REVIEWED_STEPS = [
  'ACCEPTANCE',
  'REVIEW',
  'DECISION',
  'LICENCE',
  'DELIVERY',
  'COMPLETION',
];

describe('item workflows', () => {
  it('configures steps with optimistic concurrency', async () => {
    const before = (await ok(WORKFLOW, { itemId: BUSINESS_ITEM }, ADMIN))
      .itemWorkflow;
    expect(before).toMatchObject({
      steps: ['ACCEPTANCE', 'DECISION', 'LICENCE', 'COMPLETION'],
      isDefault: true,
      version: 0,
    });
    const input = {
      itemId: BUSINESS_ITEM,
      steps: REVIEWED_STEPS,
      handledBy: 'PLATFORM',
      version: 0,
    };
    const saved = (await ok(CONFIGURE, { input }, ITEM_ADMIN))
      .configureItemWorkflow;
    expect(saved).toMatchObject({ steps: REVIEWED_STEPS, version: 1 });
    expect(await failure(CONFIGURE, { input }, ADMIN)).toBe('CONFLICT');
    expect(
      await failure(
        CONFIGURE,
        {
          input: {
            ...input,
            steps: ['ACCEPTANCE', 'DECISION', 'COMPLETION'],
            version: 1,
          },
        },
        ADMIN,
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await failure(
        CONFIGURE,
        {
          input: {
            ...input,
            steps: ['DECISION', 'ACCEPTANCE', 'LICENCE', 'COMPLETION'],
            version: 1,
          },
        },
        ADMIN,
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await failure(CONFIGURE, { input }, REVIEWER_MZ)).toBe('FORBIDDEN');
  });

  it('allows rejection in every workflow', async () => {
    const workflows: { steps: string[] | null; handledBy: string }[] = [
      { steps: null, handledBy: 'PLATFORM' },
      {
        steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
        handledBy: 'PLATFORM',
      },
      {
        steps: ['ACCEPTANCE', 'DECISION', 'DELIVERY', 'COMPLETION'],
        handledBy: 'PLATFORM',
      },
      {
        steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'DELIVERY', 'COMPLETION'],
        handledBy: 'PLATFORM',
      },
    ];
    for (const workflow of workflows) {
      const label = workflow.steps?.join(',') ?? 'default';
      if (workflow.steps) {
        const { version } = (
          await ok(WORKFLOW, { itemId: ASSISTANCE_ITEM }, ADMIN)
        ).itemWorkflow;
        await ok(
          CONFIGURE,
          {
            input: {
              itemId: ASSISTANCE_ITEM,
              steps: workflow.steps,
              handledBy: workflow.handledBy,
              version,
            },
          },
          ADMIN,
        );
      }
      // 不予受理 at the acceptance step.
      const refused = await submitAssistance();
      const notAccepted = (
        await ok(
          NOT_ACCEPT,
          { id: refused.id, reason: '不属于受理范围' },
          CLERK_VILLAGE,
        )
      ).notAcceptCase;
      expect(notAccepted.status, label).toBe('NOT_ACCEPTED');

      // 不予许可 after acceptance, through review only when the workflow has it.
      const denied = await submitAssistance();
      await ok(ACCEPT, { id: denied.id }, CLERK_VILLAGE);
      const hasReview = workflow.steps?.includes('REVIEW') ?? false;
      if (hasReview) {
        expect(
          await failure(
            REJECT,
            { id: denied.id, reason: '不符合条件' },
            APPROVER_MZ_CITY,
          ),
          label,
        ).toBe('INVALID_STATE');
        await ok(
          REVIEW,
          { id: denied.id, opinion: '经审查不符合条件' },
          REVIEWER_MZ,
        );
      }
      const rejected = (
        await ok(
          REJECT,
          { id: denied.id, reason: '不符合条件' },
          APPROVER_MZ_CITY,
        )
      ).rejectCase;
      expect(rejected.status, label).toBe('REJECTED');
      expect(
        rejected.history.map((event: { action: string }) => event.action),
        label,
      ).toEqual(
        hasReview
          ? ['SUBMITTED', 'ACCEPTED', 'REVIEWED', 'REJECTED']
          : ['SUBMITTED', 'ACCEPTED', 'REJECTED'],
      );
    }

    // Later tests expect the item's default steps.
    await ok(
      CONFIGURE,
      {
        input: {
          itemId: ASSISTANCE_ITEM,
          steps: ['ACCEPTANCE', 'DECISION', 'COMPLETION'],
          handledBy: 'PLATFORM',
          version: (await ok(WORKFLOW, { itemId: ASSISTANCE_ITEM }, ADMIN))
            .itemWorkflow.version,
        },
      },
      ADMIN,
    );

    // A departmental system decides its cases; the platform still records 不予受理.
    const support = await submitSupport();
    expect(
      (
        await ok(
          NOT_ACCEPT,
          { id: support.id, reason: '不属于受理范围' },
          CLERK_VILLAGE,
        )
      ).notAcceptCase.status,
    ).toBe('NOT_ACCEPTED');
    const accepted = await submitSupport();
    await ok(ACCEPT, { id: accepted.id }, CLERK_VILLAGE);
    expect(
      await failure(
        REJECT,
        { id: accepted.id, reason: '不符合条件' },
        REVIEWER_MZ,
      ),
    ).toBe('INVALID_STATE');
  });

  it('reads the seeded departmental workflow', async () => {
    const workflow = (await ok(WORKFLOW, { itemId: SUPPORT_ITEM }, REVIEWER_MZ))
      .itemWorkflow;
    expect(workflow).toMatchObject({
      steps: ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
      handledBy: 'DEPARTMENT_SYSTEM',
      departmentSystemId: 'mz-wx-jzxt',
      isDefault: false,
    });
  });
});

describe('correction notices', () => {
  it('mask identifiers in their text for readers without personal data', async () => {
    setClock(at('2026-02-09'));
    const submitted = await submitBusiness();
    const description =
      '请持 500238199003071015 的身份证原件，来电 13800138000';
    await ok(
      REQUEST_CORRECTION,
      { id: submitted.id, corrections: [{ materialCode: 'M3', description }] },
      CLERK_VILLAGE,
    );
    const descriptionFor = async (viewer: Viewer) =>
      (await ok(CASE, { id: submitted.id }, viewer)).case.correctionNotices[0]
        .items[0].description as string;

    expect(await descriptionFor(CLERK_VILLAGE)).toBe(description);
    const supervised = await descriptionFor(SUPERVISOR);
    expect(supervised).not.toContain('500238199003071015');
    expect(supervised).not.toContain('13800138000');
    expect(supervised).toContain('的身份证原件');
  });
});

describe('full lifecycle', () => {
  it('runs a business case to completion', async () => {
    setClock(at('2026-02-09'));
    const submitted = await submitBusiness();
    expect(submitted.steps).toEqual(REVIEWED_STEPS);

    // One notice lists every correction before acceptance; the clock has not started.
    const corrections = [
      { materialCode: 'M3', description: '经营场所使用证明不清晰' },
      { fieldKey: 'businessScope', description: '经营范围需写明具体类别' },
    ];
    const noticed = (
      await ok(
        REQUEST_CORRECTION,
        { id: submitted.id, corrections },
        CLERK_VILLAGE,
      )
    ).requestCorrection;
    expect(noticed.status).toBe('CORRECTION_REQUIRED');
    expect(noticed.timeLimitStatus).toBe('NOT_STARTED');
    expect(noticed.pauses).toEqual([]);
    expect(noticed.correctionNotices).toEqual([
      {
        stage: 'ACCEPTANCE',
        items: [
          {
            materialCode: 'M3',
            fieldKey: null,
            description: corrections[0]!.description,
          },
          {
            materialCode: null,
            fieldKey: 'businessScope',
            description: corrections[1]!.description,
          },
        ],
        issuedAt: '2026-02-09T02:00:00.000Z',
        resolvedAt: null,
      },
    ]);
    expect(noticed.documents.map((d: any) => d.kind)).toEqual([
      'CORRECTION_NOTICE',
    ]);

    // Every listed correction must come back.
    expect(
      await failure(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [],
          formData: { businessScope: '日用百货、预包装食品零售' },
        },
        CITIZEN,
      ),
    ).toBe('MISSING_MATERIAL');
    const newM3 = await uploadPdf(stack.url, CITIZEN);
    expect(
      await failure(
        SUBMIT_CORRECTION,
        { id: submitted.id, materials: [{ code: 'M3', fileId: newM3 }] },
        CITIZEN,
      ),
    ).toBe('INVALID_FORM_DATA');
    expect(
      await failure(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [{ code: 'M3', fileId: newM3 }],
          formData: { businessScope: 'x' },
        },
        OTHER_CITIZEN,
      ),
    ).toBe('FORBIDDEN');
    expect(
      await failure(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [{ code: 'M3', fileId: newM3 }],
          formData: { businessScope: 'x', applicantName: '李四' },
        },
        CITIZEN,
      ),
    ).toBe('INVALID_FORM_DATA');
    // Nothing the notice does not list may change.
    expect(
      await failure(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [{ code: 'M3', fileId: newM3 }],
          formData: { businessScope: 'x', businessName: '改名' },
        },
        CITIZEN,
      ),
    ).toBe('INVALID_FORM_DATA');
    expect(
      await failure(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [
            { code: 'M3', fileId: newM3 },
            { code: 'M1', fileId: newM3 },
          ],
          formData: { businessScope: 'x' },
        },
        CITIZEN,
      ),
    ).toBe('BAD_USER_INPUT');
    setClock(at('2026-02-10'));
    const corrected = (
      await ok(
        SUBMIT_CORRECTION,
        {
          id: submitted.id,
          materials: [{ code: 'M3', fileId: newM3 }],
          formData: { businessScope: '日用百货、预包装食品零售' },
        },
        CITIZEN,
      )
    ).submitCorrection;
    expect(corrected.status).toBe('SUBMITTED');
    expect(corrected.formData.businessScope).toBe('日用百货、预包装食品零售');
    expect(corrected.materials.find((x: any) => x.code === 'M3').fileId).toBe(
      newM3,
    );
    expect(corrected.correctionNotices[0].resolvedAt).toBe(
      '2026-02-10T02:00:00.000Z',
    );
    // 一次性告知: no second notice in the acceptance stage.
    expect(
      await failure(
        REQUEST_CORRECTION,
        { id: submitted.id, corrections },
        CLERK_VILLAGE,
      ),
    ).toBe('INVALID_STATE');

    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_VILLAGE))
      .acceptCase;
    expect(accepted.status).toBe('ACCEPTED');
    // Promised limit 1 working day after Tuesday 2026-02-10.
    expect(accepted.deadline).toEqual({
      date: '2026-02-11',
      provisional: false,
    });
    expect(accepted.documents.map((d: any) => d.kind)).toEqual([
      'CORRECTION_NOTICE',
      'ACCEPTANCE_NOTICE',
    ]);
    expect(await failure(APPROVE, { id: submitted.id }, APPROVER_SCJG)).toBe(
      'INVALID_STATE',
    );

    setClock(at('2026-02-11'));
    const reviewed = (
      await ok(
        REVIEW,
        { id: submitted.id, opinion: '材料齐全，符合条件' },
        REVIEWER_SCJG,
      )
    ).reviewCase;
    expect(reviewed.status).toBe('REVIEWED');
    const suspended = (
      await ok(
        SUSPEND,
        {
          id: submitted.id,
          procedure: 'EXPERT_REVIEW',
          reason: '经营范围涉及食品，组织专家评审',
        },
        REVIEWER_SCJG,
      )
    ).suspendCase;
    expect(suspended.status).toBe('SUSPENDED');
    expect(suspended.timeLimitStatus).toBe('PAUSED');
    expect(suspended.remainingWorkingDays).toBe(0);

    // Spring Festival 2026: 02-15 to 02-23 off, Saturday 02-14 a workday. Excluded: 02-12, 02-13, 02-14, 02-24, 02-25.
    setClock(at('2026-02-25'));
    const resumed = (await ok(RESUME, { id: submitted.id }, APPROVER_SCJG))
      .resumeCase;
    expect(resumed.status).toBe('REVIEWED');
    expect(resumed.pauses).toEqual([
      {
        reason: 'SUSPENSION',
        procedure: 'EXPERT_REVIEW',
        from: '2026-02-11T02:00:00.000Z',
        to: '2026-02-25T02:00:00.000Z',
        excludedWorkingDays: 5,
      },
    ]);
    // 1 + 5 working days after 02-10: 02-11, 02-12, 02-13, 02-14, 02-24, 02-25.
    expect(resumed.deadline).toEqual({
      date: '2026-02-25',
      provisional: false,
    });
    expect(resumed.timeLimitStatus).toBe('WARNING');
    expect(resumed.remainingWorkingDays).toBe(0);

    const approved = (
      await ok(
        APPROVE,
        { id: submitted.id, opinion: '准予登记' },
        APPROVER_SCJG,
      )
    ).approveCase;
    expect(approved.licenceIssue.state).toBe('ISSUED');
    expect(approved.status).toBe('AWAITING_DELIVERY');
    expect(approved.timeLimitStatus).toBe('ON_TIME');
    expect(approved.documents.map((d: any) => d.kind)).toContain(
      'APPROVAL_DECISION',
    );
    const windowed = await waitFor(
      () => readCase(submitted.id, CLERK_VILLAGE),
      (c) => c.deliveryWindowRequest.state === 'DONE',
    );
    expect(windowed.deliveryWindowRequest.state).toBe('DONE');
    expect(
      stack.halls.requests.filter((r) => r.caseId === submitted.id),
    ).toEqual([expect.objectContaining({ hallId: 'hall-500238100205' })]);

    expect(
      await failure(
        DELIVER,
        { id: submitted.id, method: 'WINDOW' },
        REVIEWER_SCJG,
      ),
    ).toBe('FORBIDDEN');
    const delivered = (
      await ok(
        DELIVER,
        { id: submitted.id, method: 'WINDOW', note: '申请人到窗口领取' },
        CLERK_VILLAGE,
      )
    ).deliverCase;
    expect(delivered).toMatchObject({
      status: 'COMPLETED',
      deliveryMethod: 'WINDOW',
      completedAt: '2026-02-25T02:00:00.000Z',
    });
    expect(delivered.history.map((e: any) => e.action)).toEqual([
      'SUBMITTED',
      'CORRECTION_REQUESTED',
      'CORRECTED',
      'ACCEPTED',
      'REVIEWED',
      'SUSPENDED',
      'RESUMED',
      'APPROVED',
      'LICENCE_ISSUED',
      'DELIVERY_WINDOW_REQUESTED',
      'DELIVERED',
    ]);

    // The approval decision is a stored PDF that the applicant reads and a supervisor does not.
    const decision = delivered.documents.find(
      (d: any) => d.kind === 'APPROVAL_DECISION',
    );
    const content = (await ok(DOCUMENT, { id: decision.id }, CITIZEN))
      .caseDocument;
    const bytes = Buffer.from(content.contentBase64, 'base64');
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      decision.sha256,
    );
    expect(content.fileName).toBe(`${delivered.caseNumber}-准予许可决定书.pdf`);
    expect(
      (await ok(DOCUMENT, { id: decision.id }, SUPERVISOR)).caseDocument,
    ).toBeNull();

    // Public progress by case number, ID-number suffix and query code.
    const queryCode = (
      await ok(
        `query($id: ID!) { case(id: $id) { queryCode } }`,
        { id: submitted.id },
        CITIZEN,
      )
    ).case.queryCode as string;
    expect(queryCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(
      (
        await ok(
          `query($id: ID!) { case(id: $id) { queryCode } }`,
          { id: submitted.id },
          SUPERVISOR,
        )
      ).case.queryCode,
    ).toBeNull();
    const progress = (
      await ok(PROGRESS, {
        n: delivered.caseNumber,
        s: CITIZEN_ID_CARD.slice(-6),
        q: queryCode.toLowerCase(),
      })
    ).caseProgress;
    expect(progress).toMatchObject({
      caseNumber: delivered.caseNumber,
      status: 'COMPLETED',
      applicantName: '张*',
    });
    expect(progress.steps).toHaveLength(11);
    expect(
      (
        await ok(PROGRESS, {
          n: delivered.caseNumber,
          s: '000000',
          q: queryCode,
        })
      ).caseProgress,
    ).toBeNull();
    expect(
      await failure(PROGRESS, {
        n: delivered.caseNumber,
        s: '12',
        q: queryCode,
      }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await failure(PROGRESS, {
        n: delivered.caseNumber,
        s: CITIZEN_ID_CARD.slice(-6),
        q: 'O0I1',
      }),
    ).toBe('BAD_USER_INPUT');

    // 免提交: the issued business licence replaces the licence material of a change application, with consent.
    const licenceId = stack.licences.issuedFor(submitted.id)!.id;
    const changeForm = {
      applicantName: '张三',
      applicantIdCard: CITIZEN_ID_CARD,
      contactMobile: '13800138000',
      changeItem: '经营范围',
    };
    const m1 = await uploadPdf(stack.url, CITIZEN);
    const changeInput = (materials: unknown[]) => ({
      input: {
        itemId: CHANGE_ITEM,
        divisionCode: VILLAGE,
        formData: changeForm,
        materials,
        idempotencyKey: newKey(),
      },
    });
    expect(
      await failure(
        SUBMIT,
        changeInput([
          { code: 'M1', fileId: m1 },
          { code: 'M2', licenceId },
        ]),
        CITIZEN,
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await failure(
        SUBMIT,
        changeInput([
          { code: 'M1', fileId: m1 },
          { code: 'M2', licenceId: 'lic-unknown', consent: true },
        ]),
        CITIZEN,
      ),
    ).toBe('MISSING_MATERIAL');
    const change = (
      await ok(
        SUBMIT,
        changeInput([
          { code: 'M1', fileId: m1 },
          { code: 'M2', licenceId, consent: true },
        ]),
        CITIZEN,
      )
    ).submitApplication;
    expect(change.materials.find((x: any) => x.code === 'M2')).toEqual({
      code: 'M2',
      fileId: null,
      licence: {
        id: licenceId,
        identifier: stack.licences.issuedFor(submitted.id)!.identifier,
      },
    });
  });

  it('pauses for correction across National Day', async () => {
    setClock(at('2026-09-18'));
    const submitted = await submitAssistance();
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    // 5 working days after Friday 09-18: 09-20 (make-up Sunday), 09-21, 09-22, 09-23, 09-24.
    expect(accepted.deadline.date).toBe('2026-09-24');
    setClock(at('2026-09-22'));
    const corrections = [
      { materialCode: 'M2', description: '困难情况证明需村委会盖章' },
    ];
    const noticed = (
      await ok(
        REQUEST_CORRECTION,
        { id: submitted.id, corrections },
        REVIEWER_MZ,
      )
    ).requestCorrection;
    expect(noticed.status).toBe('CORRECTION_REQUIRED');
    expect(noticed.timeLimitStatus).toBe('PAUSED');
    expect(noticed.correctionNotices[0].stage).toBe('HANDLING');
    expect(
      await failure(
        REQUEST_CORRECTION,
        { id: submitted.id, corrections },
        CLERK_COUNTY,
      ),
    ).toBe('INVALID_STATE');

    // Mid-Autumn 2026 is Friday 09-25; National Day 10-01 to 10-07 off, Saturday 10-10 a workday.
    setClock(at('2026-10-09'));
    const m2 = await uploadPdf(stack.url, CITIZEN);
    const corrected = (
      await ok(
        SUBMIT_CORRECTION,
        { id: submitted.id, materials: [{ code: 'M2', fileId: m2 }] },
        CITIZEN,
      )
    ).submitCorrection;
    expect(corrected.status).toBe('ACCEPTED');
    // Excluded: 09-23, 09-24, 09-28, 09-29, 09-30, 10-08, 10-09.
    expect(corrected.pauses[0]).toMatchObject({
      reason: 'CORRECTION',
      excludedWorkingDays: 7,
    });
    // 5 + 7 working days after 09-18 ends on Monday 10-12, after the make-up Saturday 10-10.
    expect(corrected.deadline).toEqual({
      date: '2026-10-12',
      provisional: false,
    });
    expect(corrected.remainingWorkingDays).toBe(2);
    expect(corrected.timeLimitStatus).toBe('WARNING');

    const rejected = (
      await ok(
        REJECT,
        { id: submitted.id, reason: '家庭收入超过救助标准' },
        APPROVER_MZ_CITY,
      )
    ).rejectCase;
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.timeLimitStatus).toBe('ON_TIME');
    expect(rejected.documents.map((d: any) => d.kind)).toEqual([
      'ACCEPTANCE_NOTICE',
      'CORRECTION_NOTICE',
      'REJECTION_DECISION',
    ]);
  });

  it('extends suspension over Labour Day', async () => {
    setClock(at('2026-04-28'));
    const submitted = await submitAssistance();
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    // 04-29, 04-30, then 05-06, 05-07, 05-08 after the 05-01 to 05-05 holiday.
    expect(accepted.deadline.date).toBe('2026-05-08');
    setClock(at('2026-04-30'));
    await ok(
      SUSPEND,
      { id: submitted.id, procedure: 'ON_SITE_CHECK', reason: '入户核查' },
      REVIEWER_MZ,
    );
    setClock(at('2026-05-11'));
    const resumed = (await ok(RESUME, { id: submitted.id }, REVIEWER_MZ))
      .resumeCase;
    // Excluded: 05-06, 05-07, 05-08, 05-09 (make-up Saturday), 05-11.
    expect(resumed.pauses[0].excludedWorkingDays).toBe(5);
    // 10 working days after 04-28: 04-29, 04-30, 05-06, 05-07, 05-08, 05-09, 05-11, 05-12, 05-13, 05-14.
    expect(resumed.deadline.date).toBe('2026-05-14');
    expect(resumed.status).toBe('ACCEPTED');
  });

  it('records not accepting with its decision document', async () => {
    const submitted = await submitAssistance();
    const refused = (
      await ok(
        NOT_ACCEPT,
        { id: submitted.id, reason: '不属于本机关职权范围' },
        CLERK_VILLAGE,
      )
    ).notAcceptCase;
    expect(refused.status).toBe('NOT_ACCEPTED');
    expect(refused.documents.map((d: any) => d.kind)).toEqual([
      'NOT_ACCEPTED_DECISION',
    ]);
  });

  it('withdraws undecided cases for applicants only', async () => {
    const submitted = await submitAssistance();
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    await ok(
      SUSPEND,
      { id: submitted.id, procedure: 'HEARING', reason: '举行听证' },
      REVIEWER_MZ,
    );
    expect(
      await failure(
        WITHDRAW,
        { id: submitted.id, reason: '不再需要' },
        OTHER_CITIZEN,
      ),
    ).toBe('FORBIDDEN');
    expect(
      await failure(
        WITHDRAW,
        { id: submitted.id, reason: '不再需要' },
        CLERK_COUNTY,
      ),
    ).toBe('FORBIDDEN');
    const withdrawn = (
      await ok(
        WITHDRAW,
        { id: submitted.id, reason: '困难已解决，不再需要' },
        CITIZEN,
      )
    ).withdrawApplication;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.pauses[0].to).not.toBeNull();
    expect(withdrawn.remainingWorkingDays).toBeNull();
    expect(
      await failure(
        WITHDRAW,
        { id: submitted.id, reason: '再次撤回' },
        CITIZEN,
      ),
    ).toBe('INVALID_STATE');
    expect(await failure(RESUME, { id: submitted.id }, REVIEWER_MZ)).toBe(
      'INVALID_STATE',
    );
  });

  it('transfers only to an implementing department', async () => {
    const submitted = await submitAssistance();
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    for (const [departmentCode, divisionCode] of [
      ['CQ-NOPE', null],
      // 人社 does not implement 临时救助.
      ['CQ-RS', null],
      // 巫溪县 has no published implementation of 临时救助 yet.
      ['CQ-MZ', '500238'],
      // A division that does not contain the case's village.
      ['CQ-MZ', '500103'],
      ['CQ-MZ', 'x'],
    ])
      expect(
        await failure(
          TRANSFER,
          { id: submitted.id, departmentCode, divisionCode, reason: '转办' },
          REVIEWER_MZ_CITY,
        ),
        `${departmentCode} ${divisionCode}`,
      ).toBe('BAD_USER_INPUT');
    // The city department already handles it at the city level.
    expect(
      await failure(
        TRANSFER,
        { id: submitted.id, departmentCode: 'CQ-MZ', reason: '转办' },
        REVIEWER_MZ_CITY,
      ),
    ).toBe('BAD_USER_INPUT');
    const refused = await graphql(
      stack.url,
      TRANSFER,
      { id: submitted.id, departmentCode: 'CQ-RS', reason: '转办' },
      REVIEWER_MZ_CITY,
    );
    expect(refused.errors?.[0]?.message).toContain(
      'No other department or level implements it',
    );
    expect(refused.errors?.[0]?.extensions?.allowedReceivers).toEqual([]);
    const stored = (await ok(CASE, { id: submitted.id }, ADMIN)).case;
    expect(stored.departmentCode).toBe('CQ-MZ');
    expect(stored.handlingDivisionCode).toBe('50');
    expect(stored.history.at(-1).action).toBe('ACCEPTED');
  });

  it('moves write access with the transfer', async () => {
    await publishWuxiAssistance();
    const submitted = await submitAssistance();
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    // A refused transfer names the departments and levels that may receive the case.
    const refused = await graphql(
      stack.url,
      TRANSFER,
      { id: submitted.id, departmentCode: 'CQ-RS', reason: '转办' },
      REVIEWER_MZ_CITY,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      allowedReceivers: ['CQ-MZ@500238'],
    });
    expect(refused.errors?.[0]?.message).toContain(
      'It may go to CQ-MZ@500238.',
    );
    const down = (
      await ok(
        TRANSFER,
        { id: submitted.id, departmentCode: 'CQ-MZ', reason: '属地办理' },
        REVIEWER_MZ_CITY,
      )
    ).transferCase;
    expect(down.departmentCode).toBe('CQ-MZ');
    expect(down.handlingDivisionCode).toBe('500238');
    expect(down.status).toBe('ACCEPTED');
    expect(down.history.at(-1)).toMatchObject({
      action: 'TRANSFERRED',
      opinion: 'CQ-MZ → CQ-MZ@500238: 属地办理',
    });
    // The city level keeps read access and loses write access.
    expect(await listIds('worklist', REVIEWER_MZ_CITY)).not.toContain(
      submitted.id,
    );
    expect(await listIds('transferredCases', REVIEWER_MZ_CITY)).toContain(
      submitted.id,
    );
    expect(await listIds('worklist', REVIEWER_MZ)).toContain(submitted.id);
    expect(await listIds('transferredCases', REVIEWER_MZ)).not.toContain(
      submitted.id,
    );
    const read = (await ok(CASE, { id: submitted.id }, REVIEWER_MZ_CITY)).case;
    expect(read.version).toBe(down.version);
    for (const [query, variables] of [
      [APPROVE, {}],
      [REJECT, { reason: '不符合' }],
      [SUSPEND, { procedure: 'HEARING', reason: '听证' }],
      [
        TRANSFER,
        { departmentCode: 'CQ-MZ', divisionCode: '50', reason: '收回' },
      ],
    ] as const)
      expect(
        await failure(
          query,
          { id: submitted.id, ...variables },
          REVIEWER_MZ_CITY,
        ),
      ).toBe('FORBIDDEN');

    // 巫溪县 hands it back up; now the county level may only read it.
    const up = (
      await ok(
        TRANSFER,
        {
          id: submitted.id,
          departmentCode: 'CQ-MZ',
          divisionCode: '50',
          reason: '需市级办理',
        },
        REVIEWER_MZ,
      )
    ).transferCase;
    expect(up.handlingDivisionCode).toBe('50');
    expect(
      (await ok(CASE, { id: submitted.id }, REVIEWER_MZ)).case.status,
    ).toBe('ACCEPTED');
    expect(await failure(APPROVE, { id: submitted.id }, REVIEWER_MZ)).toBe(
      'FORBIDDEN',
    );
    // The same department at the lower level: listed read-only, not in the worklist.
    expect(await listIds('worklist', REVIEWER_MZ)).not.toContain(submitted.id);
    expect(await listIds('transferredCases', REVIEWER_MZ)).toContain(
      submitted.id,
    );
    expect(await listIds('worklist', REVIEWER_MZ_CITY)).toContain(submitted.id);
    expect(await listIds('transferredCases', REVIEWER_MZ_CITY)).not.toContain(
      submitted.id,
    );
    const approved = (await ok(APPROVE, { id: submitted.id }, APPROVER_MZ_CITY))
      .approveCase;
    expect(approved.status).toBe('COMPLETED');
  });
});

describe('charging step', () => {
  it('waits for payment before the licence', async () => {
    const itemId = seededItemId('食品经营许可');
    const workflow = (await ok(WORKFLOW, { itemId }, ADMIN)).itemWorkflow;
    expect(workflow.steps).toEqual(REVIEWED_STEPS);
    await ok(
      CONFIGURE,
      {
        input: {
          itemId,
          steps: [
            'ACCEPTANCE',
            'DECISION',
            'CHARGING',
            'LICENCE',
            'COMPLETION',
          ],
          handledBy: 'PLATFORM',
          version: workflow.version,
        },
      },
      ADMIN,
    );
    const submitted = await submit(
      itemId,
      {
        businessName: '城北小卖部',
        legalRepresentative: '张三',
        premisesAddress: '巫溪县城厢镇城北村 1 号',
        contactMobile: '13800138000',
        foodCategory: '预包装食品销售',
      },
      ['M1', 'M2', 'M3'],
    );
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    const approved = (await ok(APPROVE, { id: submitted.id }, APPROVER_SCJG))
      .approveCase;
    expect(approved.status).toBe('AWAITING_PAYMENT');
    expect(approved.licenceIssue.state).toBe('NONE');
    const connection = stack.cases.connection;
    const models = {
      Case: connection.model('Case'),
    } as unknown as CaseModels;
    const runtime = {
      models,
      documents: new DocumentStore(connection.db!),
      rules: new SupervisionRuleBook(models),
      outbox: new OutboxWorker(
        { Case: connection.model('Case') } as unknown as CaseModels,
        createLogger('cases-test'),
        100,
        [licenceKind],
      ),
      log: createLogger('cases-test'),
    };
    const settled = await settleCharging(
      runtime,
      submitted.id,
      { userId: 'service:payments', name: '缴费' },
      'paid 0 fen',
    );
    expect(settled).toMatchObject({ status: 'COMPLETED' });
    expect(settled!.licenceIssue.state).toBe('ISSUED');
    expect(
      await settleCharging(
        runtime,
        submitted.id,
        { userId: 'service:payments', name: '缴费' },
        null,
      ),
    ).toBeNull();
  });
});

describe('concurrent transitions', () => {
  it('admits one of approval and rejection', async () => {
    const submitted = await submitAssistance();
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    const results = await Promise.all([
      graphql(
        stack.url,
        APPROVE,
        { id: submitted.id, version: accepted.version },
        APPROVER_MZ_CITY,
      ),
      graphql(
        stack.url,
        REJECT,
        { id: submitted.id, version: accepted.version, reason: '不符合条件' },
        APPROVER_MZ_CITY,
      ),
    ]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions?.code).toBe(
      'CONFLICT',
    );
    const final = await readCase(submitted.id, REVIEWER_MZ);
    expect(final.version).toBe(accepted.version + 1);
    expect(
      final.history.filter((e: any) =>
        ['APPROVED', 'REJECTED'].includes(e.action),
      ),
    ).toHaveLength(1);
    expect(final.documents).toHaveLength(2);
  });

  it('admits one of withdrawal and suspension', async () => {
    const submitted = await submitAssistance();
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    const results = await Promise.all([
      graphql(
        stack.url,
        WITHDRAW,
        { id: submitted.id, version: accepted.version, reason: '撤回' },
        CITIZEN,
      ),
      graphql(
        stack.url,
        SUSPEND,
        {
          id: submitted.id,
          version: accepted.version,
          procedure: 'APPRAISAL',
          reason: '鉴定',
        },
        REVIEWER_MZ,
      ),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const final = await readCase(submitted.id, REVIEWER_MZ);
    expect(['WITHDRAWN', 'SUSPENDED']).toContain(final.status);
    expect(final.version).toBe(accepted.version + 1);
  });
});

describe('departmental system integration', () => {
  it('pushes case and applies updates once', async () => {
    const submitted = await submitSupport();
    expect(submitted.steps).toEqual([
      'ACCEPTANCE',
      'REVIEW',
      'DECISION',
      'COMPLETION',
    ]);
    expect(submitted.handledBy).toBe('DEPARTMENT_SYSTEM');
    stack.department.failNext(1);
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    expect(accepted.departmentPush.state).toBe('PENDING');
    const pushed = await waitFor(
      () => readCase(submitted.id, REVIEWER_MZ),
      (c) => c.departmentPush.state === 'DONE',
    );
    expect(pushed.departmentPush).toEqual({ state: 'DONE', attempts: 2 });
    expect(stack.department.received.get(submitted.id)).toMatchObject({
      caseNumber: submitted.caseNumber,
      applicant: { name: '张三', idNumber: CITIZEN_ID_CARD },
    });
    expect(await failure(APPROVE, { id: submitted.id }, REVIEWER_MZ)).toBe(
      'INVALID_STATE',
    );

    const handler = { externalUserId: 'mz-0042', name: '民政经办员' };
    const review = {
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'PROCESS' as const,
      step: 'REVIEW',
      opinion: '入户调查属实',
      handler,
    };
    expect(
      (await stack.department.report(review, { secret: 'x'.repeat(40) }))
        .status,
    ).toBe(401);
    expect(
      (await stack.department.report(review, { at: Date.now() - 10 * 60_000 }))
        .status,
    ).toBe(401);
    const first = await stack.department.report(review);
    expect(first).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'REVIEWED', applied: true }),
    });
    const again = await stack.department.report(review);
    expect(again.body).toMatchObject({
      applied: false,
      version: first.body.version,
    });

    const result = await stack.department.report({
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'RESULT',
      result: 'APPROVED',
      opinion: '符合特困人员救助供养条件',
      handler,
      charges: [{ name: '工本费', amountFen: 1000 }],
    });
    expect(result.body).toMatchObject({ status: 'COMPLETED', applied: true });
    const done = await readCase(submitted.id);
    expect(done.history.map((e: any) => e.action)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'PUSHED_TO_DEPARTMENT',
      'REVIEWED',
      'APPROVED',
    ]);
    expect(done.history[3].actorName).toBe('民政经办员');
    expect(done.documents.map((d: any) => d.kind)).toEqual([
      'ACCEPTANCE_NOTICE',
      'APPROVAL_DECISION',
    ]);

    const warnings = (
      await ok(
        `{ supervisionWarnings(first: 100) { kind caseNumber detail case { id } } }`,
        {},
        SUPERVISOR,
      )
    ).supervisionWarnings.filter(
      (w: any) => w.caseNumber === submitted.caseNumber,
    );
    expect(warnings.map((w: any) => w.kind).sort()).toEqual([
      'CHARGE_OUTSIDE_FEE_LIST',
      'UNAUTHORIZED_HANDLER',
      'UNAUTHORIZED_HANDLER',
    ]);
    expect(warnings[0].case.id).toBe(submitted.id);
  });

  it('checks the role of bound handlers', async () => {
    const bound = await graphql(
      stack.identity!.url,
      `
        mutation ($u: ID!) {
          bindDepartmentAccount(
            systemId: "mz-wx-jzxt"
            externalUserId: "MZ-REVIEWER"
            userId: $u
          ) {
            userId
          }
        }
      `,
      { u: REVIEWER_MZ.userId },
      ADMIN,
    );
    expect(bound.errors).toBeUndefined();
    const submitted = await submitSupport();
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    const handler = { externalUserId: 'MZ-REVIEWER', name: '钱审核' };
    const review = await stack.department.report({
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'PROCESS',
      step: 'REVIEW',
      handler,
    });
    expect(review.body).toMatchObject({ status: 'REVIEWED', applied: true });
    const result = await stack.department.report({
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'RESULT',
      result: 'APPROVED',
      handler,
    });
    expect(result.body).toMatchObject({ status: 'COMPLETED' });
    // The bound reviewer may review; deciding needs the APPROVER role.
    const warnings = (
      await ok(
        `{ supervisionWarnings(kind: UNAUTHORIZED_HANDLER, first: 100) { caseNumber detail } }`,
        {},
        SUPERVISOR,
      )
    ).supervisionWarnings.filter(
      (w: any) => w.caseNumber === submitted.caseNumber,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].detail).toContain('APPROVED');
    const history = (await readCase(submitted.id)).history;
    expect(history.at(-2)).toMatchObject({
      action: 'REVIEWED',
      actorName: '钱审核',
    });
  });

  it('keeps items without an endpoint in the platform', async () => {
    const itemId = seededItemId('无犯罪记录证明开具');
    await ok(
      CONFIGURE,
      {
        input: {
          itemId,
          steps: ['ACCEPTANCE', 'DECISION', 'LICENCE', 'COMPLETION'],
          handledBy: 'DEPARTMENT_SYSTEM',
          departmentSystemId: 'ga-rkxx',
          version: 0,
        },
      },
      ADMIN,
    );
    const form = { ...assistanceForm(), reason: undefined, purpose: '就业' };
    const submitted = await submit(itemId, form, ['M1']);
    expect(submitted.handledBy).toBe('PLATFORM');
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    expect(accepted.departmentPush.state).toBe('NONE');
  });

  it('rejects platform steps that skip a configured one', async () => {
    const workflow = (await ok(WORKFLOW, { itemId: ASSISTANCE_ITEM }, ADMIN))
      .itemWorkflow;
    const configure = (
      steps: string[],
      version: number,
      decisionRole = 'APPROVER',
    ) =>
      ok(
        CONFIGURE,
        {
          input: {
            itemId: ASSISTANCE_ITEM,
            steps,
            handledBy: 'PLATFORM',
            decisionRole,
            version,
          },
        },
        ADMIN,
      );
    let reviewed = (
      await configure(
        ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
        workflow.version,
      )
    ).configureItemWorkflow;
    try {
      const submitted = await submitAssistance();
      expect(submitted.steps).toContain('REVIEW');
      await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
      const result = await graphql(
        stack.url,
        REJECT,
        { id: submitted.id, reason: '不符合条件' },
        APPROVER_MZ_CITY,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_STATE',
        skippedSteps: ['REVIEW'],
      });
      await ok(REVIEW, { id: submitted.id, opinion: '材料齐全' }, REVIEWER_MZ);
      // The workflow leaves the decision to approvers, so a reviewer is refused.
      const refused = await graphql(
        stack.url,
        APPROVE,
        { id: submitted.id },
        REVIEWER_MZ,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toContain('decided by approvers');
      const approved = (
        await ok(APPROVE, { id: submitted.id }, APPROVER_MZ_CITY)
      ).approveCase;
      expect(approved.status).toBe('COMPLETED');

      // A workflow that assigns the decision to reviewers lets them decide without a warning.
      reviewed = (
        await configure(
          ['ACCEPTANCE', 'REVIEW', 'DECISION', 'COMPLETION'],
          reviewed.version,
          'REVIEWER',
        )
      ).configureItemWorkflow;
      const byReviewer = await submitAssistance();
      await ok(ACCEPT, { id: byReviewer.id }, CLERK_COUNTY);
      await ok(REVIEW, { id: byReviewer.id, opinion: '材料齐全' }, REVIEWER_MZ);
      const decided = (await ok(APPROVE, { id: byReviewer.id }, REVIEWER_MZ))
        .approveCase;
      expect(decided.status).toBe('COMPLETED');
      const warnings = (
        await ok(
          `{ supervisionWarnings(first: 100) { kind caseNumber detail } }`,
          {},
          SUPERVISOR,
        )
      ).supervisionWarnings.filter(
        (w: any) =>
          w.caseNumber === submitted.caseNumber ||
          w.caseNumber === byReviewer.caseNumber,
      );
      expect(warnings).toEqual([]);
    } finally {
      await configure(
        ['ACCEPTANCE', 'DECISION', 'COMPLETION'],
        reviewed.version,
      );
    }
  });

  it('warns when a result skips the configured review', async () => {
    const submitted = await submitSupport();
    await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY);
    const answer = await stack.department.report({
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'RESULT',
      result: 'REJECTED',
      opinion: '收入超标',
      handler: { externalUserId: 'mz-0042', name: '民政经办员' },
    });
    expect(answer.body).toMatchObject({ status: 'REJECTED' });
    const kinds = (
      await ok(
        `{ supervisionWarnings(kind: SKIPPED_STEP, first: 100) { caseNumber } }`,
        {},
        SUPERVISOR,
      )
    ).supervisionWarnings.map((w: any) => w.caseNumber);
    expect(kinds).toContain(submitted.caseNumber);
    const late = await stack.department.report({
      updateId: `upd-${newKey()}`,
      caseNumber: submitted.caseNumber,
      kind: 'PROCESS',
      step: 'REVIEW',
      handler: { externalUserId: 'mz-0042', name: '民政经办员' },
    });
    expect(late.status).toBe(409);
  });
});

describe('electronic supervision', () => {
  const STATS = `query($d: String) { supervisionStats(divisionCode: $d) { divisionCode total byStatus { key count } byDepartment { key count } byDivision { key count } normal warning overdue paused } }`;
  const count = (groups: { key: string; count: number }[], key: string) =>
    groups.find((g) => g.key === key)?.count ?? 0;

  it('counts cases and raises overdue warnings', async () => {
    setClock(at('2026-03-02'));
    const before = (await ok(STATS, { d: '500238' }, SUPERVISOR))
      .supervisionStats;
    const waiting = await submitAssistance();
    const late = await submitBusiness();
    await ok(ACCEPT, { id: late.id }, CLERK_COUNTY);
    const after = (await ok(STATS, { d: '500238' }, SUPERVISOR))
      .supervisionStats;
    expect(after.total - before.total).toBe(2);
    expect(
      count(after.byStatus, 'SUBMITTED') - count(before.byStatus, 'SUBMITTED'),
    ).toBe(1);
    expect(
      count(after.byStatus, 'ACCEPTED') - count(before.byStatus, 'ACCEPTED'),
    ).toBe(1);
    expect(
      count(after.byDepartment, 'CQ-SCJG') -
        count(before.byDepartment, 'CQ-SCJG'),
    ).toBe(1);
    expect(
      count(after.byDivision, '500238') - count(before.byDivision, '500238'),
    ).toBe(2);
    // The business item promises 1 working day, so on the day of acceptance it is in WARNING.
    expect(after.warning - before.warning).toBe(1);
    expect(waiting.status).toBe('SUBMITTED');

    setClock(at('2026-03-04'));
    const overdue = (await ok(STATS, { d: '500238' }, SUPERVISOR))
      .supervisionStats;
    expect(overdue.overdue - after.overdue).toBe(1);
    const warned = await waitFor(
      async () =>
        (
          await ok(
            `{ supervisionWarnings(kind: OVERDUE, first: 100) { caseNumber detail } }`,
            {},
            SUPERVISOR,
          )
        ).supervisionWarnings,
      (list: any[]) => list.some((w) => w.caseNumber === late.caseNumber),
    );
    expect(
      warned.find((w: any) => w.caseNumber === late.caseNumber).detail,
    ).toBe('Open after the promised deadline 2026-03-03.');
    expect(await failure(STATS, { d: '500103' }, REVIEWER_MZ)).toBe(
      'FORBIDDEN',
    );
    expect(await failure(STATS, { d: '500103' }, demo('admin.wuxi'))).toBe(
      'FORBIDDEN',
    );
  });

  it('applies configured warning thresholds to the subtree', async () => {
    const RULES = `query($d: String!) { supervisionRules(divisionCode: $d) { divisionCode warningWorkingDays isDefault version } }`;
    const SET = `mutation($input: SupervisionRulesInput!) { configureSupervisionRules(input: $input) { divisionCode warningWorkingDays version } }`;
    const input = {
      divisionCode: '500238',
      warningWorkingDays: 5,
      checkSkippedSteps: true,
      checkCharges: true,
      checkHandlerRoles: true,
      version: 0,
    };
    expect(
      (await ok(SET, { input }, SUPERVISOR)).configureSupervisionRules,
    ).toMatchObject({
      warningWorkingDays: 5,
      version: 1,
    });
    expect(await failure(SET, { input }, SUPERVISOR)).toBe('CONFLICT');
    // A well-formed code that is not in the division table is rejected.
    expect(
      await failure(
        SET,
        { input: { ...input, divisionCode: '500238999999' } },
        SUPERVISOR,
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (await ok(RULES, { d: VILLAGE }, SUPERVISOR)).supervisionRules,
    ).toMatchObject({ warningWorkingDays: 5, isDefault: true });
    setClock(at('2026-03-02'));
    const submitted = await submitAssistance();
    const accepted = (await ok(ACCEPT, { id: submitted.id }, CLERK_COUNTY))
      .acceptCase;
    // 5 working days left is within the threshold of 5.
    expect(accepted.remainingWorkingDays).toBe(5);
    expect(accepted.timeLimitStatus).toBe('WARNING');
    const SUPERVISED = `query($s: TimeLimitStatus) { supervisedCases(timeLimitStatus: $s, first: 100) { id timeLimitStatus } }`;
    const listed = async (status: string) =>
      (await ok(SUPERVISED, { s: status }, SUPERVISOR)).supervisedCases.map(
        (c: { id: string }) => c.id,
      );
    expect(await listed('WARNING')).toContain(submitted.id);
    expect(await listed('NORMAL')).not.toContain(submitted.id);
    // Rules of the village itself are nearer than those of the county.
    const village = { ...input, divisionCode: VILLAGE, warningWorkingDays: 4 };
    await ok(SET, { input: village }, SUPERVISOR);
    expect((await readCase(submitted.id)).timeLimitStatus).toBe('NORMAL');
    expect(await listed('NORMAL')).toContain(submitted.id);
    expect(await listed('WARNING')).not.toContain(submitted.id);
    await ok(
      SET,
      { input: { ...village, warningWorkingDays: 6, version: 1 } },
      SUPERVISOR,
    );
    expect(await listed('WARNING')).toContain(submitted.id);
    expect(await listed('NORMAL')).not.toContain(submitted.id);
    await ok(
      SET,
      { input: { ...village, warningWorkingDays: 2, version: 2 } },
      SUPERVISOR,
    );
    await ok(
      SET,
      { input: { ...input, warningWorkingDays: 2, version: 1 } },
      SUPERVISOR,
    );
    expect((await readCase(submitted.id)).timeLimitStatus).toBe('NORMAL');
  });

  it('sends orders and records replies', async () => {
    const ORDER = `mutation($input: SupervisionOrderInput!) { issueSupervisionOrder(input: $input) { id status replyDueDate departmentCode version case { id } } }`;
    const ORDERS = `{ supervisionOrders(first: 100) { id status reply overdue } }`;
    const REPLY = `mutation($id: ID!, $reply: String!, $version: Int!) { replySupervisionOrder(id: $id, reply: $reply, version: $version) { id status reply repliedBy version } }`;
    setClock(at('2026-09-28'));
    const submitted = await submitBusiness();
    const input = {
      caseId: submitted.id,
      content: '请说明该件受理后的办理进度',
      replyWithinWorkingDays: 3,
      idempotencyKey: newKey(),
    };
    const order = (await ok(ORDER, { input }, SUPERVISOR))
      .issueSupervisionOrder;
    // 3 working days after Monday 09-28: 09-29, 09-30, then 10-08 after National Day.
    expect(order).toMatchObject({
      status: 'OPEN',
      replyDueDate: '2026-10-08',
      departmentCode: 'CQ-SCJG',
      case: { id: submitted.id },
    });
    expect(
      (await ok(ORDER, { input }, SUPERVISOR)).issueSupervisionOrder.id,
    ).toBe(order.id);
    expect(
      await failure(
        ORDER,
        { input: { ...input, idempotencyKey: newKey() } },
        REVIEWER_SCJG,
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await ok(ORDERS, {}, REVIEWER_SCJG)).supervisionOrders.map(
        (o: any) => o.id,
      ),
    ).toContain(order.id);
    expect(
      (await ok(ORDERS, {}, REVIEWER_MZ)).supervisionOrders.map(
        (o: any) => o.id,
      ),
    ).not.toContain(order.id);
    expect(
      await failure(
        REPLY,
        { id: order.id, reply: '已办理', version: 1 },
        REVIEWER_MZ,
      ),
    ).toBe('FORBIDDEN');
    setClock(at('2026-10-09'));
    const replied = (
      await ok(
        REPLY,
        { id: order.id, reply: '已于当日受理，正在审查', version: 1 },
        REVIEWER_SCJG,
      )
    ).replySupervisionOrder;
    expect(replied).toMatchObject({ status: 'REPLIED', version: 2 });
    expect(
      await failure(
        REPLY,
        { id: order.id, reply: '再次答复', version: 1 },
        REVIEWER_SCJG,
      ),
    ).toBe('CONFLICT');
    const listed = (await ok(ORDERS, {}, SUPERVISOR)).supervisionOrders.find(
      (o: any) => o.id === order.id,
    );
    // Replied on 10-09, after the reply deadline 10-08.
    expect(listed).toMatchObject({ status: 'REPLIED', overdue: true });
  });
});
