import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoUserId, type RunningSubgraph } from '@ykb/common';
import {
  graphql,
  isolateDatabase,
  startTestSubgraph,
  viewerOf,
} from '../../../tests/support/harness.js';
// Only this test reads the items catalogue, to check that every stored item id exists there.
import { catalogue } from '../../items/src/catalogue.js';
import { itemsSubgraph } from '../../items/src/index.js';
import {
  intermediariesSubgraph,
  SERVICE_SPECS,
  serviceCatalogue,
  serviceId,
} from '../src/index.js';
import { registerModels } from '../src/model.js';
import { seedIntermediaryServices } from '../src/seed.js';
import { seedDemoMarketplace } from '../src/demoSeed.js';
import { certificateSignIn, newLegalPerson } from './support.js';

let subgraph: RunningSubgraph;
let items: RunningSubgraph;

const itemIdByName = new Map(catalogue().map((item) => [item.name, item._id]));

beforeAll(async () => {
  isolateDatabase();
  subgraph = await startTestSubgraph(intermediariesSubgraph);
  // Linked approval items are checked against the items subgraph.
  items = await startTestSubgraph(itemsSubgraph);
  process.env.YKB_ITEMS_URL = items.url;
  await subgraph.connection.model('IntermediaryService').create({
    _id: 'is-DRAFT01',
    code: 'DRAFT01',
    name: '消防技术服务',
    description: '草稿',
    status: 'DRAFT',
    itemIds: [itemIdByName.get('危险化学品经营许可')],
  });
});

afterAll(async () => {
  await subgraph?.close();
  await items?.close();
});

describe('intermediary service catalogue', () => {
  it('seeds at least 6 published services', async () => {
    const result = await graphql(
      subgraph.url,
      'query { intermediaryServices { id code name description status items { id } } }',
    );
    expect(result.errors).toBeUndefined();
    const services = result.data!.intermediaryServices as {
      code: string;
      status: string;
      items: { id: string }[];
    }[];
    expect(services.length).toBe(SERVICE_SPECS.length);
    expect(services.length).toBeGreaterThanOrEqual(6);
    expect(services.map((s) => s.code)).toEqual(
      SERVICE_SPECS.map((s) => s.code),
    );
    for (const service of services) expect(service.status).toBe('PUBLISHED');
    expect(services.map((s) => s.code)).not.toContain('DRAFT01');
  });

  it('links only item ids that exist in the items catalogue', () => {
    for (const spec of SERVICE_SPECS) {
      const stored = serviceCatalogue().find((s) => s.code === spec.code)!;
      expect(stored.itemIds ?? []).toHaveLength(spec.items.length);
      spec.items.forEach((link, index) => {
        expect(itemIdByName.get(link.name), `${spec.code} → ${link.name}`).toBe(
          stored.itemIds?.[index],
        );
      });
    }
  });

  it('leaves services unchanged when seeding twice', async () => {
    const models = registerModels(subgraph.connection);
    const { IntermediaryService } = models;
    const inserted = await seedIntermediaryServices(models, {
      info: () => {},
    } as never);
    expect(inserted).toBe(0);
    expect(
      await IntermediaryService.countDocuments({ status: 'PUBLISHED' }),
    ).toBe(SERVICE_SPECS.length);
  });

  it('seeds the demo marketplace once', async () => {
    const models = registerModels(subgraph.connection);
    const again = await seedDemoMarketplace(models, {
      info: () => {},
    } as never);
    expect(again).toBe(0);
    const showcase = await graphql(
      subgraph.url,
      'query { agencies(keyword: "华信") { name status serviceIds } }',
    );
    expect(showcase.data!.agencies).toEqual([
      {
        name: '重庆华信安全评价有限公司',
        status: 'APPROVED',
        serviceIds: [serviceId('ZJFW001')],
      },
    ]);
    const announcements = await graphql(
      subgraph.url,
      'query { announcements { projectName clientName state } }',
    );
    expect(announcements.data!.announcements).toContainEqual({
      projectName: '示例仓库安全评价',
      clientName: '重庆山城示例科技有限公司',
      state: 'PUBLISHED',
    });
    expect(await models.Party.countDocuments({ kind: 'CLIENT' })).toBe(1);
  });

  it('gives the demo agency to agency.demo with its first key', async () => {
    const models = registerModels(subgraph.connection);
    const agencyDemo = newLegalPerson('ec');
    agencyDemo.viewer.userId = demoUserId('agency.demo');
    const mine = await graphql(
      subgraph.url,
      'query { myRegistrations { name kind state admitted } }',
      {},
      agencyDemo.viewer,
    );
    expect(mine.data!.myRegistrations).toEqual([
      {
        name: '重庆华信安全评价有限公司',
        kind: 'AGENCY',
        state: 'ADMITTED',
        admitted: true,
      },
    ]);
    await certificateSignIn(subgraph.url, agencyDemo);
    const party = await models.Party.findById('demo-agency-huaxin').lean();
    expect(party!.state).toBe('ADMITTED');
    expect(party!.current!.certificateFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(party!.submission.certificateFingerprint).toBe(
      party!.current!.certificateFingerprint,
    );
  });

  it('returns a published service by id with its items', async () => {
    const result = await graphql(
      subgraph.url,
      'query($id: ID!) { intermediaryService(id: $id) { code name items { id } } }',
      { id: serviceId('ZJFW001') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.intermediaryService).toEqual({
      code: 'ZJFW001',
      name: '安全评价',
      items: [{ id: itemIdByName.get('危险化学品经营许可') }],
    });
  });

  it('hides a draft service from the public', async () => {
    const byId = await graphql(
      subgraph.url,
      'query { intermediaryService(id: "is-DRAFT01") { id } }',
    );
    const list = await graphql(
      subgraph.url,
      'query { intermediaryServices(status: DRAFT) { id } }',
    );
    const asCitizen = await graphql(
      subgraph.url,
      'query { intermediaryServices(status: DRAFT) { id } }',
      {},
      viewerOf(['CITIZEN']),
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.intermediaryService).toBeNull();
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(asCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a draft service to a catalogue administrator', async () => {
    const admin = viewerOf(['ITEM_ADMIN'], { divisionCode: '50' });
    const list = await graphql(
      subgraph.url,
      'query { intermediaryServices(status: DRAFT) { id } }',
      {},
      admin,
    );
    const byId = await graphql(
      subgraph.url,
      'query { intermediaryService(id: "is-DRAFT01") { status } }',
      {},
      admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.intermediaryServices).toEqual([{ id: 'is-DRAFT01' }]);
    expect(byId.data!.intermediaryService).toEqual({ status: 'DRAFT' });
  });

  it('resolves intermediary services of item entities in one query', async () => {
    const hazardous = itemIdByName.get('危险化学品经营许可')!;
    const school = itemIdByName.get('民办学校设立审批')!;
    const society = itemIdByName.get('社会团体成立登记')!;
    const food = itemIdByName.get('食品经营许可')!;
    const IntermediaryService = subgraph.connection.model(
      'IntermediaryService',
    );
    const find = vi.spyOn(IntermediaryService, 'find');
    try {
      const result = await graphql(
        subgraph.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id intermediaryServices { code } } } }',
        {
          r: [hazardous, school, society, food].map((id) => ({
            __typename: 'Item',
            id,
          })),
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([
        { id: hazardous, intermediaryServices: [{ code: 'ZJFW001' }] },
        { id: school, intermediaryServices: [{ code: 'ZJFW005' }] },
        { id: society, intermediaryServices: [{ code: 'ZJFW005' }] },
        { id: food, intermediaryServices: [] },
      ]);
      expect(find).toHaveBeenCalledTimes(1);
    } finally {
      find.mockRestore();
    }
  });

  it('resolves intermediary service entities and hides drafts', async () => {
    const result = await graphql(
      subgraph.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on IntermediaryService { id name } } }',
      {
        r: [
          { __typename: 'IntermediaryService', id: serviceId('ZJFW002') },
          { __typename: 'IntermediaryService', id: 'is-DRAFT01' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { id: serviceId('ZJFW002'), name: '公共场所卫生检测' },
      null,
    ]);
  });
});

describe('intermediary service list changes', () => {
  const editor = viewerOf(['ITEM_ADMIN'], {
    divisionCode: '50',
    departmentCode: 'CQ-YJ',
  });
  const districtEditor = viewerOf(['ITEM_ADMIN'], {
    divisionCode: '500238',
    departmentCode: 'CQ-YJ',
  });
  const FIELDS =
    'id status version items { id } changes { version kind reason name itemIds }';
  const hazardous = () => itemIdByName.get('危险化学品经营许可')!;

  it('publishes an entry, its change after a policy change and its withdrawal', async () => {
    const input = {
      code: 'ZJFW901',
      name: '安全现状评价',
      description: '由安全评价机构对在役生产经营单位的安全现状进行评价。',
      departmentCode: 'CQ-YJ',
      itemIds: [hazardous()],
    };
    const outside = await graphql(
      subgraph.url,
      `
        mutation ($i: IntermediaryServiceInput!) {
          createIntermediaryService(input: $i) {
            id
          }
        }
      `,
      { i: input },
      districtEditor,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The department and type of a real item with a basic code the catalogue does not contain.
    const unknownItem = `${hazardous().slice(0, 20)}99999999999`;
    const missing = await graphql(
      subgraph.url,
      `
        mutation ($i: IntermediaryServiceInput!) {
          createIntermediaryService(input: $i) {
            id
          }
        }
      `,
      { i: { ...input, itemIds: [hazardous(), unknownItem] } },
      editor,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      unknown: [unknownItem],
    });
    const created = await graphql(
      subgraph.url,
      `mutation($i: IntermediaryServiceInput!) { createIntermediaryService(input: $i) { ${FIELDS} } }`,
      { i: input },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createIntermediaryService).toMatchObject({
      status: 'DRAFT',
      version: 0,
      changes: [],
    });
    const id = created.data!.createIntermediaryService.id;
    const duplicate = await graphql(
      subgraph.url,
      `
        mutation ($i: IntermediaryServiceInput!) {
          createIntermediaryService(input: $i) {
            id
          }
        }
      `,
      { i: input },
      editor,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const published = await graphql(
      subgraph.url,
      `mutation($id: ID!) { publishIntermediaryService(id: $id, expectedVersion: 0, reason: "依据安全生产法公布") { ${FIELDS} } }`,
      { id },
      editor,
    );
    expect(published.data!.publishIntermediaryService).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
    });
    const stale = await graphql(
      subgraph.url,
      `
        mutation ($id: ID!) {
          changeIntermediaryService(
            id: $id
            expectedVersion: 0
            input: { name: "安全现状评价报告" }
            reason: "政策调整"
          ) {
            id
          }
        }
      `,
      { id },
      editor,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const changed = await graphql(
      subgraph.url,
      `mutation($id: ID!) { changeIntermediaryService(id: $id, expectedVersion: 1, input: { name: "安全现状评价报告", itemIds: [] }, reason: "依据新修订的审批事项清单调整") { ${FIELDS} } }`,
      { id },
      editor,
    );
    expect(changed.errors).toBeUndefined();
    const withdrawn = await graphql(
      subgraph.url,
      `mutation($id: ID!) { withdrawIntermediaryService(id: $id, expectedVersion: 2, reason: "该事项已取消") { ${FIELDS} } }`,
      { id },
      editor,
    );
    expect(withdrawn.data!.withdrawIntermediaryService.status).toBe(
      'WITHDRAWN',
    );

    const history = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          intermediaryService(id: $id) {
            changes {
              version
              kind
              reason
              name
              itemIds
            }
          }
        }
      `,
      { id },
      editor,
    );
    expect(history.data!.intermediaryService.changes).toEqual([
      {
        version: 1,
        kind: 'PUBLISHED',
        reason: '依据安全生产法公布',
        name: '安全现状评价',
        itemIds: [hazardous()],
      },
      {
        version: 2,
        kind: 'CHANGED',
        reason: '依据新修订的审批事项清单调整',
        name: '安全现状评价报告',
        itemIds: [],
      },
      {
        version: 3,
        kind: 'WITHDRAWN',
        reason: '该事项已取消',
        name: '安全现状评价报告',
        itemIds: [],
      },
    ]);
    const publicView = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          intermediaryService(id: $id) {
            id
          }
        }
      `,
      { id },
    );
    expect(publicView.data!.intermediaryService).toBeNull();
  });

  it('shows the starter list publication in the change history', async () => {
    const result = await graphql(
      subgraph.url,
      `
        query ($id: ID!) {
          intermediaryService(id: $id) {
            changes {
              version
              kind
            }
          }
        }
      `,
      { id: serviceId('ZJFW001') },
    );
    expect(result.data!.intermediaryService.changes).toEqual([
      { version: 0, kind: 'PUBLISHED' },
    ]);
  });
});
