// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { Observable, of } from 'rxjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WorklistPage from '../src/features/worklist/WorklistPage.vue';
import { WorklistDocument, type WorklistQuery } from '../src/graphql/generated';
import { i18n } from '../src/i18n';
import { installOutbox } from '../src/offline/useOutbox';
import {
  COUNTY_LIST_COPY_KEY,
  DEPARTMENT_LIST_COPY_KEY,
  divisionListCopyKey,
} from '../src/reference/useReferenceNames';
import { mountPage } from './mountPage';
import { signInTestUser } from './signInTestUser';

/**
 * The worklist names each case's division and department from the public
 * reference lists (counties, children of a county or township, departments)
 * and keeps the code beside the name. The scripted server returns those
 * lists for 巫溪县 (500238) and counts each read, or fails every request as
 * an unreachable network does.
 */
type Row = WorklistQuery['worklist'][number];

function row(id: string, divisionCode: string, departmentCode: string): Row {
  return {
    __typename: 'Case',
    id,
    caseNumber: `500238-20260302-00000${id}`,
    status: 'SUBMITTED',
    version: 1,
    itemName: `事项${id}`,
    itemNameEn: `Item ${id}`,
    applicantName: '张*',
    divisionCode,
    departmentCode,
    submittedAt: '2026-03-02T01:00:00.000Z',
    timeLimitStatus: 'NORMAL',
    remainingWorkingDays: null,
    steps: ['ACCEPTANCE', 'DECISION'],
    decisionRole: 'APPROVER',
    deadline: null,
    licenceIssue: { __typename: 'LicenceIssue', state: 'NONE' },
  } as Row;
}

const division = (code: string, name: string, nameEn: string) => ({
  __typename: 'Division',
  code,
  name,
  nameEn,
});

const COUNTIES = {
  divisions: [
    {
      __typename: 'Division',
      code: '5002',
      children: [division('500238', '巫溪县', 'Wuxi County')],
    },
  ],
};

/** Children by parent code. Township 500238101 has no entry, so its list is empty. */
const CHILDREN: Record<string, ReturnType<typeof division>[]> = {
  '500238': [division('500238100', '城厢镇', 'Chengxiang Town')],
  '500238100': [
    division('500238100205', '城北村村民委员会', 'Chengbei Village'),
    division('500238100001', '西门社区居民委员会', 'Ximen Community'),
  ],
};

const DEPARTMENTS = {
  departments: [
    {
      __typename: 'Department',
      code: 'CQ-SCJG',
      name: '重庆市市场监督管理局',
      nameEn: 'Chongqing Administration for Market Regulation',
    },
    {
      __typename: 'Department',
      code: 'CQ-GA',
      name: '重庆市公安局',
      nameEn: 'Chongqing Public Security Bureau',
    },
  ],
};

const ROWS: Row[] = [
  row('1', '500238100205', 'CQ-SCJG'),
  row('2', '500238100001', 'CQ-SCJG'),
  row('3', '500238100', 'CQ-GA'),
  row('4', '500238101299', 'CQ-XX'),
  row('5', '510101', 'CQ-SCJG'),
];

let offline = false;
let reads: string[] = [];
let worklistReads = 0;

const server = new ApolloLink((operation) => {
  const name = operation.operationName ?? '';
  if (offline)
    return new Observable((observer) => {
      observer.error(new TypeError('Failed to fetch'));
    });
  if (name === 'Worklist') {
    // Each read returns the cases one version on, as after a handling step.
    worklistReads += 1;
    const worklist = ROWS.map((r) => ({ ...r, version: worklistReads }));
    return of({ data: { worklist } });
  }
  if (name === 'TransferredCases')
    return of({
      data: {
        transferredCases: [
          {
            __typename: 'Case',
            id: 't1',
            caseNumber: '500238-20260301-000001',
            status: 'SUBMITTED',
            itemName: '转出事项',
            itemNameEn: 'Transferred item',
            departmentCode: 'CQ-GA',
            submittedAt: '2026-03-01T01:00:00.000Z',
          },
        ],
      },
    });
  if (name === 'SupervisionOrders')
    return of({ data: { supervisionOrders: [] } });
  if (name === 'CountyChoices') {
    reads.push(name);
    return of({ data: COUNTIES });
  }
  if (name === 'DivisionChildren') {
    const parentCode = operation.variables.parentCode as string;
    reads.push(`${name} ${parentCode}`);
    return of({ data: { divisions: CHILDREN[parentCode] ?? [] } });
  }
  if (name === 'Departments') {
    reads.push(name);
    return of({ data: DEPARTMENTS });
  }
  throw new Error(`The scripted server has no response for ${name}.`);
});

/** Mounts the worklist on a new Apollo client, so no names carry over from another test. */
async function mountWorklist(
  prepare: (client: ApolloClient) => void = () => undefined,
): Promise<VueWrapper> {
  // Like the app's client, every query goes to the network.
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: server,
    defaultOptions: { query: { fetchPolicy: 'network-only' } },
  });
  prepare(client);
  installOutbox(client);
  return mountPage(WorklistPage, client);
}

/** Returns the value of the fact labelled `label` on the card of case `id`. */
function fact(wrapper: VueWrapper, id: string, label: string) {
  const card = wrapper
    .findAll('li.card')
    .find((li) => [`事项${id}`, `Item ${id}`].includes(li.get('h2').text()));
  if (!card) throw new Error(`The worklist has no card for case ${id}.`);
  const entry = card
    .findAll('dl > div')
    .find((item) => item.get('dt').text() === label);
  if (!entry) throw new Error(`Card ${id} has no fact labelled ${label}.`);
  return entry.get('dd');
}

beforeAll(() => {
  signInTestUser({
    id: 'u-clerk',
    name: '窗口人员',
    roles: ['CLERK'],
    divisionCode: '500238',
    departmentCode: 'CQ-SCJG',
    hallId: null,
  });
});

beforeEach(() => {
  offline = false;
  reads = [];
  localStorage.clear();
});

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('worklist names', () => {
  it('names division and department in Chinese', async () => {
    const wrapper = await mountWorklist();

    const village = fact(wrapper, '1', '行政区划');
    expect(village.get('[title]').text()).toBe('巫溪县 城厢镇 城北村');
    expect(village.get('[title]').attributes('title')).toBe('500238100205');
    expect(village.get('small').text()).toBe('500238100205');
    expect(village.text()).toBe('巫溪县 城厢镇 城北村 500238100205');
    expect(fact(wrapper, '2', '行政区划').get('[title]').text()).toBe(
      '巫溪县 城厢镇 西门社区',
    );
    expect(fact(wrapper, '3', '行政区划').get('[title]').text()).toBe(
      '巫溪县 城厢镇',
    );

    const department = fact(wrapper, '1', '承办部门');
    expect(department.get('[title]').text()).toBe('重庆市市场监督管理局');
    expect(department.get('small').text()).toBe('CQ-SCJG');
    expect(fact(wrapper, '3', '承办部门').get('[title]').text()).toBe(
      '重庆市公安局',
    );

    const transferred = wrapper.get('[aria-labelledby="transferred-title"]');
    expect(transferred.text()).toContain('现由 重庆市公安局 CQ-GA 办理');
  });

  it('names the transfer departments', async () => {
    const wrapper = await mountWorklist();

    await wrapper.get('#action-1').setValue('TRANSFER');
    const options = wrapper.get('#department-1').findAll('option');
    const police = options.find((option) => option.element.value === 'CQ-GA');
    expect(police?.text()).toBe('重庆市公安局');
    expect(police?.attributes('title')).toBe('CQ-GA');
    expect(options.some((option) => option.element.value === 'CQ-SCJG')).toBe(
      false,
    );
    // CQ-MZ is not in the department list the server returned.
    const civilAffairs = options.find(
      (option) => option.element.value === 'CQ-MZ',
    );
    expect(civilAffairs?.text()).toBe('CQ-MZ');
  });

  it('names division and department in English', async () => {
    i18n.global.locale.value = 'en';
    const wrapper = await mountWorklist();

    const village = fact(wrapper, '1', 'Division');
    expect(village.get('[title]').text()).toBe(
      'Chengbei Village, Chengxiang Town, Wuxi County',
    );
    expect(village.get('small').text()).toBe('500238100205');
    expect(fact(wrapper, '1', 'Department').get('[title]').text()).toBe(
      'Chongqing Administration for Market Regulation',
    );
    expect(wrapper.findAll('li.card h2').map((h) => h.text())).toContain(
      'Item 1',
    );
  });

  it('shows the code where the name is unknown', async () => {
    const wrapper = await mountWorklist();

    // Township 500238101 has no list, so it and its village keep their codes.
    const unknownTownship = fact(wrapper, '4', '行政区划');
    expect(unknownTownship.get('[title]').text()).toBe(
      '巫溪县 500238101 500238101299',
    );
    // A division outside the counties list has no name at any level.
    const outside = fact(wrapper, '5', '行政区划');
    expect(outside.text()).toBe('510101');
    expect(outside.find('small').exists()).toBe(false);

    const department = fact(wrapper, '4', '承办部门');
    expect(department.text()).toBe('CQ-XX');
    expect(department.find('small').exists()).toBe(false);
  });

  it('reads each list once per parent', async () => {
    const wrapper = await mountWorklist();
    expect([...reads].sort()).toEqual([
      'CountyChoices',
      'Departments',
      'DivisionChildren 500238',
      'DivisionChildren 500238100',
      'DivisionChildren 500238101',
    ]);

    reads = [];
    const before = worklistReads;
    await wrapper.get('form.toolbar').trigger('submit');
    await flushPromises();
    expect(worklistReads).toBe(before + 1);
    expect(reads).toEqual([]);
    expect(fact(wrapper, '1', '行政区划').get('[title]').text()).toBe(
      '巫溪县 城厢镇 城北村',
    );
  });

  it('names from saved lists when offline', async () => {
    localStorage.setItem(COUNTY_LIST_COPY_KEY, JSON.stringify(COUNTIES));
    localStorage.setItem(
      divisionListCopyKey('500238'),
      JSON.stringify({ divisions: CHILDREN['500238'] }),
    );
    localStorage.setItem(DEPARTMENT_LIST_COPY_KEY, JSON.stringify(DEPARTMENTS));
    offline = true;
    // The worklist comes from Apollo's cache, as if restored from IndexedDB,
    // and the names from the saved lists: 城厢镇's villages were never saved.
    const wrapper = await mountWorklist((client) =>
      client.cache.writeQuery({
        query: WorklistDocument,
        variables: { status: null, first: 50 },
        data: { worklist: ROWS },
      }),
    );

    const village = fact(wrapper, '1', '行政区划');
    expect(village.get('[title]').text()).toBe('巫溪县 城厢镇 500238100205');
    expect(fact(wrapper, '1', '承办部门').get('[title]').text()).toBe(
      '重庆市市场监督管理局',
    );
  });

  it('reads saved lists again once online', async () => {
    localStorage.setItem(COUNTY_LIST_COPY_KEY, JSON.stringify(COUNTIES));
    localStorage.setItem(DEPARTMENT_LIST_COPY_KEY, JSON.stringify(DEPARTMENTS));
    offline = true;
    const wrapper = await mountWorklist((client) =>
      client.cache.writeQuery({
        query: WorklistDocument,
        variables: { status: null, first: 50 },
        data: { worklist: ROWS },
      }),
    );
    expect(reads).toEqual([]);

    offline = false;
    await wrapper.get('form.toolbar').trigger('submit');
    await flushPromises();
    expect(reads).toContain('CountyChoices');
    expect(reads).toContain('Departments');
    expect(fact(wrapper, '1', '行政区划').get('[title]').text()).toBe(
      '巫溪县 城厢镇 城北村',
    );
  });
});
