// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { of } from 'rxjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import MyMarketplacePage from '../src/features/intermediaries/MyMarketplacePage.vue';
import { i18n } from '../src/i18n';
import { signInTestUser } from './signInTestUser';

/**
 * The marketplace page of an agency against a scripted server: its
 * registration awaits a correction and its engagement awaits the contract.
 */
const requests: string[] = [];

const registration = {
  __typename: 'Registration',
  id: 'party-1',
  kind: 'AGENCY',
  version: 3,
  name: '重庆测试安全评价有限公司',
  creditCode: '91500103MA5UBRWT1X',
  representative: '赵评价',
  contactName: '钱联络',
  contactMobile: '13900139001',
  address: '重庆市江北区示例大道 8 号',
  qualifications: [
    {
      __typename: 'Qualification',
      serviceId: 'is-ZJFW001',
      name: '安全评价机构资质',
      certificateNo: 'APJ-001',
      validFrom: '2024-01-01',
      validUntil: '2030-12-31',
    },
  ],
  staff: [
    {
      __typename: 'StaffMember',
      name: '孙评价师',
      idCardNumber: '500103198501011234',
      qualification: '安全评价师',
      certificateNo: 'S-001',
    },
  ],
  offers: [{ __typename: 'ServiceOffer', serviceId: 'is-ZJFW001' }],
  commitment: '本机构承诺所填信息真实有效。',
};

const server = new ApolloLink((operation) => {
  requests.push(operation.operationName ?? '');
  if (operation.operationName === 'MarketplaceRegistration')
    return of({ data: { registration } });
  return of({
    data: {
      intermediaryServices: [
        {
          __typename: 'IntermediaryService',
          id: 'is-ZJFW001',
          code: 'ZJFW001',
          name: '安全评价',
        },
      ],
      myRegistrations: [
        {
          __typename: 'Registration',
          id: registration.id,
          kind: registration.kind,
          state: 'CORRECTION_REQUIRED',
          admitted: false,
          version: registration.version,
          name: registration.name,
          creditCode: registration.creditCode,
          checkDueDate: '2026-10-12',
          correctionNotices: [
            {
              __typename: 'RegistrationCorrectionNotice',
              round: 1,
              corrections: [
                {
                  __typename: 'Correction',
                  field: 'address',
                  problem: '地址与营业执照不一致',
                },
              ],
            },
          ],
          certificate: {
            __typename: 'Certificate',
            fingerprint: 'ab'.repeat(32),
            validUntil: '2030-12-31',
            revocation: {
              __typename: 'CertificateRevocation',
              reason: '密钥介质遗失',
              revokedAt: '2026-10-10T02:00:00.000Z',
            },
          },
        },
      ],
      myAnnouncements: [],
      myEngagements: [
        {
          __typename: 'Engagement',
          id: 'engagement-1',
          state: 'AWAITING_CONTRACT',
          priceFen: 3_000_000,
          clientId: 'client-1',
          agencyId: 'party-1',
          contractDueDate: '2026-10-20',
          completionDueDate: null,
          announcement: {
            __typename: 'Announcement',
            id: 'a-1',
            projectName: '仓储项目安全评价',
          },
        },
      ],
    },
  });
});

beforeAll(() => {
  signInTestUser({
    id: 'u-agency',
    name: '重庆测试安全评价有限公司',
    roles: ['LEGAL_PERSON'],
    divisionCode: '500103',
    departmentCode: null,
    hallId: null,
  });
});

async function mountPage() {
  const wrapper = mount(MyMarketplacePage, {
    global: {
      plugins: [i18n],
      provide: {
        [ApolloClientKey as symbol]: new ApolloClient({
          cache: new InMemoryCache(),
          link: server,
        }),
      },
      stubs: { RouterLink: true },
    },
  });
  await flushPromises();
  return wrapper;
}

function valueOf(wrapper: Awaited<ReturnType<typeof mountPage>>, id: string) {
  return (wrapper.get(`#${id}`).element as HTMLInputElement).value;
}

describe('MyMarketplacePage', () => {
  it('prefills the form from the registration under correction', async () => {
    const wrapper = await mountPage();
    const resubmit = wrapper
      .findAll('button')
      .find((b) => b.text() === '修改并重新提交');
    expect(resubmit).toBeDefined();
    await resubmit!.trigger('click');
    await flushPromises();

    expect(wrapper.text()).toContain('按补正通知修改登记');
    expect(valueOf(wrapper, 'party-kind')).toBe('AGENCY');
    expect(valueOf(wrapper, 'party-name')).toBe('重庆测试安全评价有限公司');
    expect(valueOf(wrapper, 'party-credit-code')).toBe('91500103MA5UBRWT1X');
    expect(valueOf(wrapper, 'party-address')).toBe('重庆市江北区示例大道 8 号');
    expect(valueOf(wrapper, 'party-mobile')).toBe('13900139001');
    expect(valueOf(wrapper, 'qualification-no')).toBe('APJ-001');
    expect(valueOf(wrapper, 'qualification-until')).toBe('2030-12-31');
    expect(valueOf(wrapper, 'staff-id-card')).toBe('500103198501011234');
    expect(valueOf(wrapper, 'agency-commitment')).toBe(
      '本机构承诺所填信息真实有效。',
    );
    const service = wrapper.get('input[type="checkbox"][value="is-ZJFW001"]')
      .element as HTMLInputElement;
    expect(service.checked).toBe(true);
    expect(wrapper.get('[role="status"]').text()).toContain(
      '请修改需补正的内容并重新选择扫描件',
    );
  });

  it('shows a revoked certificate key', async () => {
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain('证书密钥已吊销');
    expect(wrapper.text()).toContain(
      '2026/10/10 10:00由管理部门吊销（密钥介质遗失），请生成新密钥并登记证书。',
    );
  });

  it('asks for the contract scan before uploading', async () => {
    const wrapper = await mountPage();
    requests.length = 0;
    await wrapper.get('#signed-engagement-1').setValue('2026-10-15');
    await wrapper
      .get('#contract-engagement-1')
      .element.closest('form')!
      .dispatchEvent(new Event('submit'));
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.attributes('data-error-code')).toBe('CONTRACT_FILE_MISSING');
    expect(alert.text()).toContain('请先选择已签订合同的扫描件');
    expect(requests).not.toContain('UploadMarketplaceContract');
  });
});
