// @vitest-environment happy-dom
import { ApolloLink } from '@apollo/client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { of } from 'rxjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import InquiryPage from '../src/features/services/InquiryPage.vue';
import { setLocale } from '../src/i18n';
import { mountRoutedPage } from './mountRoutedPage';
import { signInTestUser } from './signInTestUser';

/**
 * The inquiry form of a citizen in 巫溪县城北村 against a scripted server
 * with two cases of the citizen, two departments, the division tree down to
 * the citizen's village and one item. SubmitInquiry records its input and
 * returns the next scripted error code, or an inquiry.
 */

interface SubmittedInput {
  kind: string;
  subject: string;
  content: string;
  caseId: string | null;
  itemId: string | null;
  departmentCode: string | null;
  divisionCode: string | null;
  idempotencyKey: string;
}

const VILLAGE = '500238100205';
const submitted: SubmittedInput[] = [];
const submitErrors: string[] = [];

const CASES = [
  {
    __typename: 'Case',
    id: 'case-1',
    caseNumber: '500238-20260302-000001',
    status: 'ACCEPTED',
    itemName: '居民身份证换领',
    itemNameEn: 'Renewal of a resident ID card',
    submittedAt: '2026-03-02T01:00:00.000Z',
    deadline: null,
    licence: null,
  },
  {
    __typename: 'Case',
    id: 'case-2',
    caseNumber: '500238-20260303-000004',
    status: 'SUBMITTED',
    itemName: '个体工商户设立登记',
    itemNameEn: null,
    submittedAt: '2026-03-03T01:00:00.000Z',
    deadline: null,
    licence: null,
  },
];

const DEPARTMENTS = [
  {
    __typename: 'Department',
    code: 'CQ-GA',
    name: '重庆市公安局',
    nameEn: 'Chongqing Public Security Bureau',
  },
  {
    __typename: 'Department',
    code: 'CQ-MZ',
    name: '重庆市民政局',
    nameEn: 'Chongqing Civil Affairs Bureau',
  },
];

const division = (code: string, name: string) => ({
  __typename: 'Division',
  code,
  name,
  nameEn: name,
});

const DIVISION_CHILDREN: Record<string, unknown[]> = {
  '500238': [division('500238100', '城厢镇')],
  '500238100': [division(VILLAGE, '城北村')],
};

const ITEM = {
  __typename: 'Item',
  id: 'item-marriage',
  name: '内地居民婚姻登记',
  nameEn: 'Marriage registration',
  department: DEPARTMENTS[1],
  version: 1,
  legalBasis: [],
  conditions: [],
  materials: [],
  formFields: [],
  statutoryLimitDays: 1,
  promisedLimitDays: 1,
  fees: [],
  processSteps: [],
  handlingPlaces: [],
  deliveryMethods: [],
  onlineDepth: 3,
  faqs: [],
  consultationPhone: null,
};

function answer(operation: ApolloLink.Operation) {
  switch (operation.operationName) {
    case 'MyCases':
      return { data: { myCases: CASES } };
    case 'Departments':
      return { data: { departments: DEPARTMENTS } };
    case 'CountyChoices':
      return {
        data: {
          divisions: [
            {
              __typename: 'Division',
              code: '5002',
              children: [division('500238', '巫溪县')],
            },
          ],
        },
      };
    case 'DivisionChildren': {
      const parentCode = operation.variables.parentCode as string;
      return { data: { divisions: DIVISION_CHILDREN[parentCode] ?? [] } };
    }
    case 'ItemDetail':
      return {
        data: { item: operation.variables.id === ITEM.id ? ITEM : null },
      };
    case 'SubmitInquiry': {
      submitted.push(operation.variables.input as SubmittedInput);
      const code = submitErrors.shift();
      if (code) return { errors: [{ message: code, extensions: { code } }] };
      return {
        data: {
          submitInquiry: {
            __typename: 'Inquiry',
            id: `iq-${submitted.length}`,
            kind: 'CONSULTATION',
            status: 'OPEN',
            deadline: { __typename: 'Deadline', date: '2026-03-16' },
          },
        },
      };
    }
    default:
      return {
        errors: [{ message: `unexpected ${operation.operationName}` }],
      };
  }
}

const server = new ApolloLink((operation) => of(answer(operation)));

beforeAll(() => {
  signInTestUser({
    id: 'u-demo-citizen-1',
    name: '张三',
    roles: ['CITIZEN'],
    divisionCode: VILLAGE,
    departmentCode: null,
    hallId: null,
  });
});

afterEach(() => {
  submitted.length = 0;
  submitErrors.length = 0;
  setLocale('zh-CN');
});

function mountInquiry(url = '/inquiries/new') {
  return mountRoutedPage(InquiryPage, '/inquiries/new', url, server);
}

/** Fills the subject and text, then submits the form. */
async function send(wrapper: VueWrapper, subject = '办理进度') {
  await wrapper.get('input[maxlength="100"]').setValue(subject);
  await wrapper.get('textarea').setValue('请问什么时候可以办结？');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

const optionTexts = (wrapper: VueWrapper, selector: string) =>
  wrapper
    .get(selector)
    .findAll('option')
    .map((option) => option.text());

describe('InquiryPage case choice', () => {
  it('lists the citizen cases by number and item', async () => {
    const wrapper = await mountInquiry();
    expect(optionTexts(wrapper, '#inquiry-case')).toEqual([
      '不涉及具体办件',
      '500238-20260302-000001（居民身份证换领）',
      '500238-20260303-000004（个体工商户设立登记）',
    ]);
  });

  it('names case items in English', async () => {
    setLocale('en');
    const wrapper = await mountInquiry();
    expect(optionTexts(wrapper, '#inquiry-case')).toEqual([
      'No particular case',
      '500238-20260302-000001 (Renewal of a resident ID card)',
      '500238-20260303-000004 (个体工商户设立登记)',
    ]);
  });

  it('sends only the chosen case', async () => {
    const wrapper = await mountInquiry();
    await wrapper.get('#inquiry-case').setValue('case-2');
    expect(wrapper.find('#inquiry-department').exists()).toBe(false);
    expect(wrapper.find('#division-county').exists()).toBe(false);
    await send(wrapper);

    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.caseId).toBe('case-2');
    expect(submitted[0]!.itemId).toBeNull();
    expect(submitted[0]!.departmentCode).toBeNull();
    expect(submitted[0]!.divisionCode).toBeNull();
    expect(wrapper.get('[role="status"]').text()).toBe(
      '已提交，答复期限 2026-03-16。',
    );
  });

  it('preselects the case of ?caseId=', async () => {
    const wrapper = await mountInquiry('/inquiries/new?caseId=case-2');
    const select = wrapper.get<HTMLSelectElement>('#inquiry-case');
    expect(select.element.value).toBe('case-2');
    await send(wrapper);
    expect(submitted[0]!.caseId).toBe('case-2');
  });

  it('keeps a linked case missing from the list', async () => {
    const wrapper = await mountInquiry('/inquiries/new?caseId=case-old');
    const select = wrapper.get<HTMLSelectElement>('#inquiry-case');
    expect(select.element.value).toBe('case-old');
    expect(optionTexts(wrapper, '#inquiry-case')).toContain('链接中的办件');
  });
});

describe('InquiryPage department choice', () => {
  it('sends the department and the division', async () => {
    const wrapper = await mountInquiry();
    await wrapper.get('#inquiry-department').setValue('CQ-MZ');
    await send(wrapper);

    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.departmentCode).toBe('CQ-MZ');
    expect(submitted[0]!.divisionCode).toBe(VILLAGE);
    expect(submitted[0]!.caseId).toBeNull();
    expect(submitted[0]!.itemId).toBeNull();
  });

  it('names departments in English', async () => {
    setLocale('en');
    const wrapper = await mountInquiry();
    expect(optionTexts(wrapper, '#inquiry-department')).toEqual([
      'Choose a department',
      'Chongqing Public Security Bureau',
      'Chongqing Civil Affairs Bureau',
    ]);
  });

  it('asks for a district without a division', async () => {
    const wrapper = await mountInquiry();
    await wrapper.get('#inquiry-department').setValue('CQ-MZ');
    await wrapper.get('#division-county').setValue('');
    await wrapper.get('#division-county').trigger('change');
    await send(wrapper);

    expect(submitted).toHaveLength(0);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      '请选择办理地所在的区县。',
    );
  });
});

describe('InquiryPage without a choice', () => {
  it('shows the message and sends nothing', async () => {
    const wrapper = await mountInquiry();
    await send(wrapper);

    expect(submitted).toHaveLength(0);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      '请选择相关办件或受理部门，以便转交负责的部门答复。',
    );
  });

  it('shows the English message', async () => {
    setLocale('en');
    const wrapper = await mountInquiry();
    await send(wrapper);

    expect(submitted).toHaveLength(0);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Choose a related case or a department, so that the inquiry reaches the department that answers it.',
    );
  });

  it('drops the message after a choice', async () => {
    const wrapper = await mountInquiry();
    await send(wrapper);
    await wrapper.get('#inquiry-department').setValue('CQ-GA');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });
});

describe('InquiryPage item link', () => {
  it('shows the item name from ?itemId=', async () => {
    const wrapper = await mountInquiry('/inquiries/new?itemId=item-marriage');
    expect(wrapper.text()).toContain('内地居民婚姻登记');
    expect(wrapper.text()).not.toContain('item-marriage');
    expect(wrapper.find('#inquiry-department').exists()).toBe(false);
    await send(wrapper);

    expect(submitted[0]!.itemId).toBe('item-marriage');
    expect(submitted[0]!.departmentCode).toBeNull();
    expect(submitted[0]!.divisionCode).toBe(VILLAGE);
  });

  it('offers departments after clearing the item', async () => {
    const wrapper = await mountInquiry('/inquiries/new?itemId=item-marriage');
    const clear = wrapper
      .findAll('button')
      .find((button) => button.text() === '不限于此事项')!;
    await clear.trigger('click');
    expect(wrapper.find('#inquiry-department').exists()).toBe(true);
    await send(wrapper);
    expect(submitted).toHaveLength(0);
  });
});

describe('InquiryPage idempotency key', () => {
  it('reuses the key on retry and renews it after success', async () => {
    submitErrors.push('INTERNAL_SERVER_ERROR');
    const wrapper = await mountInquiry();
    await wrapper.get('#inquiry-case').setValue('case-1');
    await send(wrapper);
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
    await send(wrapper);
    await send(wrapper, '另一个问题');

    expect(submitted).toHaveLength(3);
    const [failed, retried, next] = submitted;
    expect(retried!.idempotencyKey).toBe(failed!.idempotencyKey);
    expect(next!.idempotencyKey).not.toBe(retried!.idempotencyKey);
  });
});

describe('InquiryPage labels', () => {
  it('labels every control', async () => {
    const wrapper = await mountInquiry();
    const controls = wrapper.findAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      const element = control.element as HTMLElement;
      const wrapped = element.closest('label') !== null;
      const named =
        element.id !== '' &&
        wrapper.find(`label[for="${element.id}"]`).exists();
      expect(
        wrapped || named,
        `${element.outerHTML.slice(0, 80)} has no label`,
      ).toBe(true);
    }
  });
});
