import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type RunningSubgraph, type Viewer } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
import { identitySubgraph } from '../../identity/src/index.js';
import {
  implementationCode,
  itemsSubgraph,
  seededItemId,
} from '../src/index.js';

let identity: RunningSubgraph;
let items: RunningSubgraph;

const scjgAuthor = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
  name: '许事项',
});
const scjgReviewer = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-SCJG',
  name: '何复核',
});
const gaAdmin = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-GA',
});
const legal = viewerOf([Role.LegalReviewer], {
  divisionCode: '50',
  name: '施法审',
});
const wuxiLegal = viewerOf([Role.LegalReviewer], { divisionCode: '500238' });
const office = viewerOf([Role.ItemAdmin], {
  divisionCode: '50',
  departmentCode: 'CQ-ZWB',
  name: '郑事项',
});
const wuxiMz = viewerOf([Role.ItemAdmin], {
  divisionCode: '500238',
  departmentCode: 'CQ-MZ',
});
const wuxiMzReviewer = viewerOf([Role.ItemAdmin], {
  divisionCode: '500238',
  departmentCode: 'CQ-MZ',
});
const citizen = viewerOf([Role.Citizen]);

const VERSION_FIELDS = `id itemId version status revision basedOnVersion createdBy
  reviews { stage approved reasons reviewerName }
  delegation { sourceItemId sourceVersion reason }
  content { name promisedLimitDays keywords
    materials { code name required form count licenceTypeCode blankFormUrl exampleUrl }
    formFields { key label type required options maxLength } }`;

const CONTENT_INPUT_FIELDS = `name nameEn aliases themes keywords subjectTypes legalBasis conditions
  materials { code name required form count licenceTypeCode blankFormUrl exampleUrl }
  formFields { key label type required options maxLength }
  statutoryLimitDays promisedLimitDays fees { name amountFen basis }
  processSteps { name description limitDays } handlingPlaces { name address hours }
  deliveryMethods onlineDepth faqs { question answer } consultationPhone licenceTypeCode`;

async function call(
  viewer: Viewer | undefined,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return graphql(items.url, query, variables, viewer);
}

/** Runs an operation that must succeed and returns its data. */
async function ok(
  viewer: Viewer | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const result = await call(viewer, query, variables);
  expect(result.errors, query).toBeUndefined();
  return result.data!;
}

/** Runs an operation that must fail and returns the first error's extensions. */
async function refused(
  viewer: Viewer | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const result = await call(viewer, query, variables);
  expect(result.errors, query).toBeDefined();
  return result.errors![0]!.extensions!;
}

const START = `mutation($id: ID!) { startItemDraft(itemId: $id) { ${VERSION_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $r: Int!, $c: ItemContentInput!) {
  updateItemDraft(itemId: $id, version: $v, expectedRevision: $r, content: $c) { ${VERSION_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!, $r: Int!) {
  submitItemDraft(itemId: $id, version: $v, expectedRevision: $r) { ${VERSION_FIELDS} } }`;
const DEPARTMENT_REVIEW = `mutation($id: ID!, $v: Int!, $r: Int!, $a: Boolean!, $reasons: [String!]!) {
  reviewItemDraftForDepartment(itemId: $id, version: $v, expectedRevision: $r, approve: $a, reasons: $reasons) { ${VERSION_FIELDS} } }`;
const LEGAL_REVIEW = `mutation($id: ID!, $v: Int!, $r: Int!, $a: Boolean!, $reasons: [String!]!) {
  reviewItemDraftForLegality(itemId: $id, version: $v, expectedRevision: $r, approve: $a, reasons: $reasons) { ${VERSION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishItemVersion(itemId: $id, version: $v) { ${VERSION_FIELDS} } }`;
const ITEM = `query($id: ID!) { item(id: $id) { id name version status level promisedLimitDays
  materials { code } formFields { key maxLength } delegatedFrom { id } currentVersion { version }
  versions { version status } } }`;
const VERSION = `query($id: ID!, $v: Int!) { itemVersion(itemId: $id, version: $v) { ${VERSION_FIELDS} } }`;
const CONTENT_OF = `query($id: ID!, $v: Int!) { itemVersion(itemId: $id, version: $v) { revision content { ${CONTENT_INPUT_FIELDS} } } }`;
const DIFF = `query($id: ID!, $a: Int!, $b: Int!) { itemVersionDiff(itemId: $id, fromVersion: $a, toVersion: $b) { path kind before after } }`;
const DELEGATE = `mutation($id: ID!, $d: [String!]!, $reason: String!) {
  delegateItem(itemId: $id, divisionCodes: $d, reason: $reason) { ${VERSION_FIELDS} } }`;
const SEARCH = `query($k: String, $div: String) { searchItems(keyword: $k, divisionCode: $div, first: 100) { id name version } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ItemVersion { id version status content { formFields { key maxLength } } } } }`;

/** Reads a version's content as ItemContentInput, to edit it and send it back. */
async function editableContent(
  viewer: Viewer,
  itemId: string,
  version: number,
) {
  const data = await ok(viewer, CONTENT_OF, { id: itemId, v: version });
  return {
    revision: data.itemVersion.revision as number,
    content: data.itemVersion.content as Record<string, any>,
  };
}

/** Drives a draft through submission, both reviews and publication. */
async function approveAndPublish(
  itemId: string,
  version: number,
  people: { author: Viewer; reviewer: Viewer; legal: Viewer },
) {
  let revision = (await ok(people.author, VERSION, { id: itemId, v: version }))
    .itemVersion.revision;
  revision = (
    await ok(people.author, SUBMIT, { id: itemId, v: version, r: revision })
  ).submitItemDraft.revision;
  revision = (
    await ok(people.reviewer, DEPARTMENT_REVIEW, {
      id: itemId,
      v: version,
      r: revision,
      a: true,
      reasons: [],
    })
  ).reviewItemDraftForDepartment.revision;
  await ok(people.legal, LEGAL_REVIEW, {
    id: itemId,
    v: version,
    r: revision,
    a: true,
    reasons: ['符合法律法规'],
  });
  return (await ok(people.author, PUBLISH, { id: itemId, v: version }))
    .publishItemVersion;
}

beforeAll(async () => {
  isolateDatabase();
  identity = await startTestSubgraph(identitySubgraph);
  process.env.YKB_IDENTITY_URL = identity.url;
  items = await startTestSubgraph(itemsSubgraph);
});

afterAll(async () => {
  await items?.close();
  await identity?.close();
  delete process.env.YKB_IDENTITY_URL;
});

describe('editing and publishing', () => {
  const itemId = seededItemId('个体工商户设立登记');

  it('keeps serving the published version while a draft is edited', async () => {
    const started = (await ok(scjgAuthor, START, { id: itemId }))
      .startItemDraft;
    expect(started).toMatchObject({
      id: `${itemId}@v2`,
      version: 2,
      status: 'DRAFT',
      basedOnVersion: 1,
    });
    // Starting again returns the open draft instead of a second one.
    expect(
      (await ok(scjgAuthor, START, { id: itemId })).startItemDraft.id,
    ).toBe(`${itemId}@v2`);

    const { revision, content } = await editableContent(scjgAuthor, itemId, 2);
    content.promisedLimitDays = 2;
    content.keywords = [...content.keywords, '草稿专用词'];
    content.materials.push({
      code: 'M4',
      name: '承诺书',
      required: false,
      form: 'ORIGINAL',
      count: 1,
      licenceTypeCode: null,
      blankFormUrl: 'https://example.gov.cn/forms/cns.pdf',
      exampleUrl: null,
    });
    content.formFields = content.formFields.map((field: any) =>
      field.key === 'businessName' ? { ...field, maxLength: 30 } : field,
    );
    const updated = (
      await ok(scjgAuthor, UPDATE, {
        id: itemId,
        v: 2,
        r: revision,
        c: content,
      })
    ).updateItemDraft;
    expect(updated.content.promisedLimitDays).toBe(2);

    const served = (await ok(undefined, ITEM, { id: itemId })).item;
    expect(served).toMatchObject({
      version: 1,
      promisedLimitDays: 1,
      status: 'PUBLISHED',
    });
    expect(served.materials.map((m: { code: string }) => m.code)).not.toContain(
      'M4',
    );
    expect(served.versions).toEqual([{ version: 1, status: 'PUBLISHED' }]);
    expect(
      (await ok(undefined, SEARCH, { k: '草稿专用词' })).searchItems,
    ).toEqual([]);
    expect(
      (await ok(undefined, VERSION, { id: itemId, v: 2 })).itemVersion,
    ).toBeNull();
    expect(
      (await ok(citizen, VERSION, { id: itemId, v: 2 })).itemVersion,
    ).toBeNull();
    expect(
      (await ok(legal, VERSION, { id: itemId, v: 2 })).itemVersion.status,
    ).toBe('DRAFT');
  });

  it('publishes a version after both reviews and then serves it', async () => {
    const published = await approveAndPublish(itemId, 2, {
      author: scjgAuthor,
      reviewer: scjgReviewer,
      legal,
    });
    expect(published.status).toBe('PUBLISHED');
    expect(published.reviews).toEqual([
      {
        stage: 'DEPARTMENT',
        approved: true,
        reasons: [],
        reviewerName: '何复核',
      },
      {
        stage: 'LEGAL',
        approved: true,
        reasons: ['符合法律法规'],
        reviewerName: '施法审',
      },
    ]);
    const served = (await ok(undefined, ITEM, { id: itemId })).item;
    expect(served).toMatchObject({
      version: 2,
      promisedLimitDays: 2,
      currentVersion: { version: 2 },
    });
    expect(served.materials.map((m: { code: string }) => m.code)).toContain(
      'M4',
    );
    expect(served.versions).toEqual([
      { version: 2, status: 'PUBLISHED' },
      { version: 1, status: 'SUPERSEDED' },
    ]);
    expect(
      (await ok(undefined, SEARCH, { k: '草稿专用词' })).searchItems.map(
        (item: { id: string }) => item.id,
      ),
    ).toEqual([itemId]);
  });

  it('never changes a published version', async () => {
    const extensions = await refused(scjgAuthor, UPDATE, {
      id: itemId,
      v: 2,
      r: (await ok(scjgAuthor, VERSION, { id: itemId, v: 2 })).itemVersion
        .revision,
      c: (await editableContent(scjgAuthor, itemId, 2)).content,
    });
    expect(extensions.code).toBe('INVALID_STATE');
    // Publishing again only completes an interrupted publication; nothing changes.
    const again = (await ok(scjgAuthor, PUBLISH, { id: itemId, v: 2 }))
      .publishItemVersion;
    expect(again.status).toBe('PUBLISHED');
    expect((await ok(undefined, ITEM, { id: itemId })).item.version).toBe(2);
  });

  it('keeps the version a case was filed under resolvable with its old content', async () => {
    // A case filed before the change stored itemVersion 1; the cases subgraph resolves it by key.
    const data = await ok(undefined, ENTITIES, {
      r: [
        { __typename: 'ItemVersion', itemId, version: 1 },
        { __typename: 'ItemVersion', id: `${itemId}@v2` },
        { __typename: 'ItemVersion', itemId, version: 9 },
      ],
    });
    const [old, current, missing] = data._entities;
    expect(old).toMatchObject({ version: 1, status: 'SUPERSEDED' });
    expect(current).toMatchObject({ version: 2, status: 'PUBLISHED' });
    expect(missing).toBeNull();
    const maxLength = (version: any) =>
      version.content.formFields.find(
        (f: { key: string }) => f.key === 'businessName',
      ).maxLength;
    expect(maxLength(old)).toBe(200);
    expect(maxLength(current)).toBe(30);
  });

  it('lists field-level differences between two versions', async () => {
    const changes = (await ok(undefined, DIFF, { id: itemId, a: 1, b: 2 }))
      .itemVersionDiff;
    expect(changes).toContainEqual({
      path: 'promisedLimitDays',
      kind: 'CHANGED',
      before: '1',
      after: '2',
    });
    expect(changes).toContainEqual({
      path: 'formFields[businessName].maxLength',
      kind: 'CHANGED',
      before: '200',
      after: '30',
    });
    const added = changes.find(
      (change: { path: string }) => change.path === 'materials[M4]',
    );
    expect(added).toMatchObject({ kind: 'ADDED', before: null });
    expect(JSON.parse(added.after)).toMatchObject({
      code: 'M4',
      name: '承诺书',
    });
    expect(
      changes.map((change: { path: string }) => change.path),
    ).not.toContain('name');
    const back = (await ok(undefined, DIFF, { id: itemId, a: 2, b: 1 }))
      .itemVersionDiff;
    expect(back).toContainEqual(
      expect.objectContaining({
        path: 'materials[M4]',
        kind: 'REMOVED',
        after: null,
      }),
    );
  });
});

describe('review rejection', () => {
  const itemId = seededItemId('公司变更登记');

  it('sends a draft back with reasons at each stage and takes it again after edits', async () => {
    let draft = (await ok(scjgAuthor, START, { id: itemId })).startItemDraft;
    draft = (
      await ok(scjgAuthor, SUBMIT, { id: itemId, v: 2, r: draft.revision })
    ).submitItemDraft;
    expect(draft.status).toBe('DEPARTMENT_REVIEW');

    // The author may not review the own draft.
    expect(
      (
        await refused(scjgAuthor, DEPARTMENT_REVIEW, {
          id: itemId,
          v: 2,
          r: draft.revision,
          a: true,
          reasons: [],
        })
      ).code,
    ).toBe('SELF_APPROVAL');
    // A rejection needs a reason.
    expect(
      await refused(scjgReviewer, DEPARTMENT_REVIEW, {
        id: itemId,
        v: 2,
        r: draft.revision,
        a: false,
        reasons: [],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    // Another department's administrator does not see the draft, and a legal reviewer may not review for the department.
    expect(
      (
        await refused(gaAdmin, DEPARTMENT_REVIEW, {
          id: itemId,
          v: 2,
          r: draft.revision,
          a: true,
          reasons: [],
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refused(legal, DEPARTMENT_REVIEW, {
          id: itemId,
          v: 2,
          r: draft.revision,
          a: true,
          reasons: [],
        })
      ).code,
    ).toBe('FORBIDDEN');
    // Legal review cannot come before departmental review.
    expect(
      (
        await refused(legal, LEGAL_REVIEW, {
          id: itemId,
          v: 2,
          r: draft.revision,
          a: true,
          reasons: [],
        })
      ).code,
    ).toBe('INVALID_STATE');

    draft = (
      await ok(scjgReviewer, DEPARTMENT_REVIEW, {
        id: itemId,
        v: 2,
        r: draft.revision,
        a: false,
        reasons: ['材料清单缺少股东会决议的签署要求', '承诺时限未说明'],
      })
    ).reviewItemDraftForDepartment;
    expect(draft.status).toBe('REJECTED');
    expect(draft.reviews).toEqual([
      {
        stage: 'DEPARTMENT',
        approved: false,
        reasons: ['材料清单缺少股东会决议的签署要求', '承诺时限未说明'],
        reviewerName: '何复核',
      },
    ]);
    // A rejected version cannot be published or submitted unchanged.
    expect(
      (await refused(scjgAuthor, PUBLISH, { id: itemId, v: 2 })).code,
    ).toBe('INVALID_STATE');
    expect(
      (
        await refused(scjgAuthor, SUBMIT, {
          id: itemId,
          v: 2,
          r: draft.revision,
        })
      ).code,
    ).toBe('INVALID_STATE');

    const { revision, content } = await editableContent(scjgAuthor, itemId, 2);
    content.promisedLimitDays = 2;
    draft = (
      await ok(scjgAuthor, UPDATE, {
        id: itemId,
        v: 2,
        r: revision,
        c: content,
      })
    ).updateItemDraft;
    expect(draft.status).toBe('DRAFT');
    // A stale revision is refused, never written over.
    expect(
      (await refused(scjgAuthor, SUBMIT, { id: itemId, v: 2, r: revision }))
        .code,
    ).toBe('CONFLICT');
    draft = (
      await ok(scjgAuthor, SUBMIT, { id: itemId, v: 2, r: draft.revision })
    ).submitItemDraft;
    draft = (
      await ok(scjgReviewer, DEPARTMENT_REVIEW, {
        id: itemId,
        v: 2,
        r: draft.revision,
        a: true,
        reasons: [],
      })
    ).reviewItemDraftForDepartment;
    expect(draft.status).toBe('LEGAL_REVIEW');
    draft = (
      await ok(legal, LEGAL_REVIEW, {
        id: itemId,
        v: 2,
        r: draft.revision,
        a: false,
        reasons: ['法律依据条款已修订，请更新为现行条款'],
      })
    ).reviewItemDraftForLegality;
    expect(draft.status).toBe('REJECTED');
    expect(
      draft.reviews.map((review: any) => [review.stage, review.approved]),
    ).toEqual([
      ['DEPARTMENT', false],
      ['DEPARTMENT', true],
      ['LEGAL', false],
    ]);
    expect(draft.reviews[2].reasons).toEqual([
      '法律依据条款已修订，请更新为现行条款',
    ]);
    expect((await ok(undefined, ITEM, { id: itemId })).item.version).toBe(1);
  });

  it('refuses the departmental review to whoever edited or submitted the draft', async () => {
    const id = seededItemId('个体工商户变更登记');
    const started = (await ok(scjgAuthor, START, { id })).startItemDraft;
    // The reviewer submits a draft someone else started: that makes them an author too.
    const submitted = (
      await ok(scjgReviewer, SUBMIT, { id, v: 2, r: started.revision })
    ).submitItemDraft;
    for (const viewer of [scjgReviewer, scjgAuthor])
      expect(
        (
          await refused(viewer, DEPARTMENT_REVIEW, {
            id,
            v: 2,
            r: submitted.revision,
            a: true,
            reasons: [],
          })
        ).code,
      ).toBe('SELF_APPROVAL');
  });

  it('lets only one of two concurrent reviews win', async () => {
    const id = seededItemId('公司注销登记');
    let draft = (await ok(scjgAuthor, START, { id })).startItemDraft;
    draft = (await ok(scjgAuthor, SUBMIT, { id, v: 2, r: draft.revision }))
      .submitItemDraft;
    const results = await Promise.all(
      [true, false].map((approve) =>
        call(scjgReviewer, DEPARTMENT_REVIEW, {
          id,
          v: 2,
          r: draft.revision,
          a: approve,
          reasons: approve ? [] : ['不同意'],
        }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(
      results.find((result) => result.errors)!.errors![0]!.extensions!.code,
    ).toBe('CONFLICT');
    const stored = (await ok(scjgAuthor, VERSION, { id, v: 2 })).itemVersion;
    expect(stored.reviews).toHaveLength(1);
  });

  it('rejects invalid content with the path of the offending value', async () => {
    const id = seededItemId('食品经营许可');
    const draft = (await ok(scjgAuthor, START, { id })).startItemDraft;
    const { content } = await editableContent(scjgAuthor, id, draft.version);
    const cases: [Record<string, any>, string][] = [
      [
        {
          ...content,
          formFields: [content.formFields[0], content.formFields[0]],
        },
        'content.formFields[1].key',
      ],
      [
        { ...content, promisedLimitDays: content.statutoryLimitDays + 1 },
        'content.promisedLimitDays',
      ],
      [{ ...content, themes: ['NO_SUCH_THEME'] }, 'content.themes[0]'],
      [
        {
          ...content,
          materials: [{ ...content.materials[0], licenceTypeCode: 'NOPE' }],
        },
        'content.materials[0].licenceTypeCode',
      ],
      [
        { ...content, consultationPhone: 'call us' },
        'content.consultationPhone',
      ],
    ];
    for (const [input, field] of cases) {
      const extensions = await refused(scjgAuthor, UPDATE, {
        id,
        v: draft.version,
        r: draft.revision,
        c: input,
      });
      expect(extensions, field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(
      (
        await refused(gaAdmin, UPDATE, {
          id,
          v: draft.version,
          r: draft.revision,
          c: content,
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await refused(gaAdmin, START, { id })).code).toBe('FORBIDDEN');
  });
});

describe('delegation', () => {
  const sourceId = seededItemId('最低生活保障审核确认');
  const targetId = implementationCode(
    'CQ-MZ',
    '500238',
    '000112001000',
    'ADMINISTRATIVE_PAYMENT',
  );

  it('refuses delegation by anyone but the item administration office', async () => {
    for (const viewer of [scjgAuthor, wuxiMz, legal]) {
      const extensions = await refused(viewer, DELEGATE, {
        id: sourceId,
        d: ['500238'],
        reason: '简政放权',
      });
      expect(extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses divisions that are unknown, not below the item or of the wrong level', async () => {
    for (const [code, field] of [
      ['509999', 'divisionCodes[0]'],
      ['5002', 'divisionCodes[0]'],
      ['50', 'divisionCodes[0]'],
      ['500238100205', 'divisionCodes[0]'],
    ]) {
      const extensions = await refused(office, DELEGATE, {
        id: sourceId,
        d: [code],
        reason: '简政放权',
      });
      expect(extensions, code).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('makes a draft implementation at the receiving level, once', async () => {
    const made = (
      await ok(office, DELEGATE, {
        id: sourceId,
        d: ['500238'],
        reason: '渝府办发〔2026〕1号 下放至区县实施',
      })
    ).delegateItem;
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      itemId: targetId,
      version: 1,
      status: 'DRAFT',
      delegation: { sourceItemId: sourceId, sourceVersion: 1 },
      content: { name: '最低生活保障审核确认' },
    });
    const again = (
      await ok(office, DELEGATE, {
        id: sourceId,
        d: ['500238'],
        reason: '重复提交',
      })
    ).delegateItem;
    expect(again[0].id).toBe(made[0].id);
    expect(again[0].delegation.reason).toBe(
      '渝府办发〔2026〕1号 下放至区县实施',
    );
    // Nothing is served before the receiving level's own reviews.
    expect((await ok(undefined, ITEM, { id: targetId })).item).toBeNull();
  });

  it('passes the receiving level through its own reviews before publication', async () => {
    const { revision, content } = await editableContent(wuxiMz, targetId, 1);
    content.handlingPlaces = [
      {
        name: '巫溪县政务服务中心',
        address: '重庆市巫溪县',
        hours: '周一至周五 9:00-17:00',
      },
    ];
    await ok(wuxiMz, UPDATE, { id: targetId, v: 1, r: revision, c: content });
    // A legal reviewer of the district reviews it; one of another district could not.
    const published = await approveAndPublish(targetId, 1, {
      author: wuxiMz,
      reviewer: wuxiMzReviewer,
      legal: wuxiLegal,
    });
    expect(published.status).toBe('PUBLISHED');
    const item = (await ok(undefined, ITEM, { id: targetId })).item;
    expect(item).toMatchObject({
      version: 1,
      level: 'COUNTY',
      delegatedFrom: { id: sourceId },
    });
    const list = await ok(
      undefined,
      'query { implementationList(departmentCode: "CQ-MZ", divisionCode: "500238") { id } }',
    );
    expect(list.implementationList).toEqual([{ id: targetId }]);
    // Every implementation covering a 巫溪 village, deepest first; none covers 渝中.
    const query = `query($b: String!, $d: String!) { catalogueImplementations(basicCode: $b, divisionCode: $d) { id divisionCode } }`;
    const { basicCode } = (
      await ok(undefined, 'query($id: ID!) { item(id: $id) { basicCode } }', {
        id: targetId,
      })
    ).item;
    const covering = (
      await ok(undefined, query, { b: basicCode, d: '500238100205' })
    ).catalogueImplementations;
    expect(covering).toEqual([
      { id: targetId, divisionCode: '500238' },
      { id: sourceId, divisionCode: '50' },
    ]);
    const inYuzhongOnly = (
      await ok(undefined, query, { b: basicCode, d: '500103' })
    ).catalogueImplementations;
    expect(inYuzhongOnly).toEqual([{ id: sourceId, divisionCode: '50' }]);
    const badCode = await call(undefined, query, { b: 'x', d: '500238' });
    expect(badCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inWuxi = (
      await ok(undefined, SEARCH, { k: '低保', div: '500238100' })
    ).searchItems;
    expect(inWuxi.map((i: { id: string }) => i.id).sort()).toEqual(
      [sourceId, targetId].sort(),
    );
    const inYuzhong = (
      await ok(undefined, SEARCH, { k: '低保', div: '500103' })
    ).searchItems;
    expect(inYuzhong.map((i: { id: string }) => i.id)).toEqual([sourceId]);
  });
});

describe('new items and the catalogue', () => {
  const entry = {
    basicCode: '000112009000',
    name: '老年人高龄津贴发放',
    type: 'ADMINISTRATIVE_PAYMENT',
    legalBasis: '《重庆市老年人权益保障条例》',
    levels: ['PROVINCE', 'COUNTY'],
    departmentCode: 'CQ-MZ',
  };
  const SAVE_ENTRY =
    'mutation($i: CatalogueEntryInput!) { saveCatalogueEntry(input: $i) { basicCode name revision } }';
  const CREATE = `mutation($i: NewItemInput!) { createItem(input: $i) { ${VERSION_FIELDS} } }`;
  const cityMz = viewerOf([Role.ItemAdmin], {
    divisionCode: '50',
    departmentCode: 'CQ-MZ',
  });
  const cityMzReviewer = viewerOf([Role.ItemAdmin], {
    divisionCode: '50',
    departmentCode: 'CQ-MZ',
  });

  it('lets only the office manage catalogue entries', async () => {
    expect((await refused(cityMz, SAVE_ENTRY, { i: entry })).code).toBe(
      'FORBIDDEN',
    );
    const saved = (await ok(office, SAVE_ENTRY, { i: entry }))
      .saveCatalogueEntry;
    expect(saved).toEqual({
      basicCode: '000112009000',
      name: '老年人高龄津贴发放',
      revision: 0,
    });
    expect((await refused(office, SAVE_ENTRY, { i: entry })).code).toBe(
      'CONFLICT',
    );
    const renamed = (
      await ok(office, SAVE_ENTRY, {
        i: { ...entry, name: '高龄津贴发放', expectedRevision: 0 },
      })
    ).saveCatalogueEntry;
    expect(renamed.revision).toBe(1);
  });

  it('creates a department implementation as a draft and publishes it', async () => {
    const source = await editableContent(cityMz, seededItemId('临时救助'), 1);
    const content = {
      ...source.content,
      name: '高龄津贴发放',
      nameEn: 'Old-age allowance',
      keywords: ['高龄津贴'],
    };
    const input = {
      basicCode: '000112009000',
      departmentCode: 'CQ-MZ',
      divisionCode: '50',
      content,
    };
    expect((await refused(gaAdmin, CREATE, { i: input })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await refused(cityMz, CREATE, {
        i: { ...input, basicCode: '000199999000' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'basicCode' });
    // Another department cannot implement this department's catalogue entry.
    expect(
      await refused(scjgAuthor, CREATE, {
        i: { ...input, departmentCode: 'CQ-SCJG' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode' });
    const created = (await ok(cityMz, CREATE, { i: input })).createItem;
    expect(created).toMatchObject({ version: 1, status: 'DRAFT' });
    // A retried request returns the same draft.
    expect((await ok(cityMz, CREATE, { i: input })).createItem.id).toBe(
      created.id,
    );
    expect((await ok(undefined, ITEM, { id: created.itemId })).item).toBeNull();
    await approveAndPublish(created.itemId, 1, {
      author: cityMz,
      reviewer: cityMzReviewer,
      legal,
    });
    expect(
      (await ok(undefined, SEARCH, { k: '高龄津贴' })).searchItems[0].id,
    ).toBe(created.itemId);
  });
});

describe('statistics and dictionaries', () => {
  it('counts published items by department, type, depth and level', async () => {
    const data = await ok(
      undefined,
      'query { itemStatistics { total byDepartment { key count } byType { key count } byDepth { key count } byLevel { key count } } }',
    );
    const stats = data.itemStatistics;
    const sum = (rows: { count: number }[]) =>
      rows.reduce((total, row) => total + row.count, 0);
    for (const rows of [
      stats.byDepartment,
      stats.byType,
      stats.byDepth,
      stats.byLevel,
    ])
      expect(sum(rows)).toBe(stats.total);
    expect(stats.byDepartment).toContainEqual({ key: 'CQ-SCJG', count: 7 });
    expect(stats.byLevel.map((row: { key: string }) => row.key)).toContain(
      'PROVINCE',
    );
    const county = await ok(
      undefined,
      'query { itemStatistics(divisionCode: "500238") { total byLevel { key count } } }',
    );
    expect(
      county.itemStatistics.byLevel.every(
        (row: { key: string }) => row.key === 'COUNTY',
      ),
    ).toBe(true);
  });

  it('lets the office edit the theme dictionary and offers fixed dictionaries', async () => {
    const SAVE =
      'mutation($i: ItemDictionaryEntryInput!) { saveDictionaryEntry(input: $i) { dictionary code name enabled } }';
    const theme = {
      dictionary: 'THEME',
      code: 'MARRIAGE',
      name: '婚姻登记',
      nameEn: 'Marriage',
      order: 5,
      enabled: true,
    };
    expect((await refused(scjgAuthor, SAVE, { i: theme })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await refused(office, SAVE, { i: { ...theme, dictionary: 'ITEM_TYPE' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dictionary' });
    await ok(office, SAVE, { i: theme });
    const themes = (
      await ok(
        undefined,
        'query { dictionaryEntries(dictionary: "THEME") { code name } }',
      )
    ).dictionaryEntries;
    expect(themes[0]).toEqual({ code: 'MARRIAGE', name: '婚姻登记' });
    const depth = (
      await ok(
        undefined,
        'query { dictionaryEntries(dictionary: "ONLINE_DEPTH") { code } }',
      )
    ).dictionaryEntries;
    expect(depth.map((entry: { code: string }) => entry.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('lists unpublished versions to reviewers in their jurisdiction only', async () => {
    const DRAFTS =
      'query($s: ItemVersionStatus) { itemDrafts(status: $s) { itemId status departmentCode: content { name } } }';
    const forLegal = (await ok(legal, DRAFTS, {})).itemDrafts;
    expect(forLegal.length).toBeGreaterThan(0);
    const forGa = (await ok(gaAdmin, DRAFTS, {})).itemDrafts;
    expect(forGa).toEqual([]);
    expect((await refused(citizen, DRAFTS, {})).code).toBe('FORBIDDEN');
    expect((await refused(undefined, DRAFTS, {})).code).toBe('UNAUTHENTICATED');
  });
});
