// @vitest-environment happy-dom
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { Subject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import StatisticsPage from '../src/features/statistics/StatisticsPage.vue';
import { i18n, setLocale } from '../src/i18n';

/**
 * The statistics page against a link whose responses the test releases one
 * by one, so two queries overlap and their responses arrive in either order.
 */

interface PendingRequest {
  from: string;
  respond: (submitted: number) => void;
}

let pending: PendingRequest[] = [];

/** Builds a Statistics response whose only non-zero figure is the number of submitted cases. */
function statisticsResponse(submitted: number) {
  return {
    data: {
      caseStatistics: {
        __typename: 'CaseStatistics',
        total: {
          __typename: 'CaseFigures',
          submitted,
          accepted: 0,
          decided: 0,
          onTimeRate: null,
          averageHandlingWorkingDays: null,
          evaluations: 0,
          satisfactionRate: null,
        },
        byItem: [],
        byDivision: [
          {
            __typename: 'CaseFigures',
            division: {
              __typename: 'Division',
              code: '500238',
              name: '巫溪县',
              nameEn: 'Wuxi County',
            },
            submitted,
            decided: 0,
            onTimeRate: null,
            averageHandlingWorkingDays: null,
          },
        ],
        byMonth: [],
      },
      hallStatistics: {
        __typename: 'HallStatistics',
        total: {
          __typename: 'HallFigures',
          served: 0,
          skipped: 0,
          transferred: 0,
          averageWaitSeconds: null,
          averageServiceSeconds: null,
        },
        byHall: [
          {
            __typename: 'QueueFigures',
            hall: {
              __typename: 'Hall',
              id: 'hall-500238',
              name: '巫溪县政务服务中心',
              nameEn: 'Wuxi County Government Service Center',
            },
            served: 0,
            skipped: 0,
            averageWaitSeconds: null,
            averageServiceSeconds: null,
          },
        ],
      },
      licenceStatistics: {
        __typename: 'LicenceStatistics',
        total: {
          __typename: 'LicenceFigures',
          issued: 0,
          used: 0,
          usedForMaterialExemption: 0,
        },
        byType: [],
      },
      intermediaryStatistics: {
        __typename: 'IntermediaryStatistics',
        total: {
          __typename: 'IntermediaryFigures',
          engagements: 0,
          contracted: 0,
          contractOnTimeRate: null,
          completed: 0,
          completionOnTimeRate: null,
        },
      },
    },
  };
}

const heldLink = new ApolloLink((operation) => {
  const subject = new Subject<ApolloLink.Result>();
  const filter = operation.variables.filter as { from: string };
  pending.push({
    from: filter.from,
    respond: (submitted) => {
      subject.next(statisticsResponse(submitted) as ApolloLink.Result);
      subject.complete();
    },
  });
  return subject.asObservable();
});

async function mountPage() {
  const wrapper = mount(StatisticsPage, {
    global: {
      plugins: [i18n],
      provide: {
        [ApolloClientKey as symbol]: new ApolloClient({
          cache: new InMemoryCache(),
          link: heldLink,
        }),
      },
      stubs: { RouterLink: true },
    },
  });
  await flushPromises();
  return wrapper;
}

type PageWrapper = Awaited<ReturnType<typeof mountPage>>;

/** Changes the start date and submits the filter form, which sends a second query. */
async function submitFrom(wrapper: PageWrapper, from: string): Promise<void> {
  await wrapper.get('input[type="date"]').setValue(from);
  await wrapper.get('form.filters').trigger('submit');
  await flushPromises();
}

/** Reads the figure under 申请数 (submitted cases), or null when no figures are shown. */
function submittedFigure(wrapper: PageWrapper): string | null {
  const term = wrapper
    .findAll('dl.facts dt')
    .find((dt) => dt.text() === '申请数');
  return term?.element.nextElementSibling?.textContent?.trim() ?? null;
}

afterEach(() => {
  pending = [];
  setLocale('zh-CN');
});

describe('StatisticsPage with overlapping queries', () => {
  it('ignores an older response arriving last', async () => {
    const wrapper = await mountPage();
    await submitFrom(wrapper, '2026-03-01');
    expect(pending).toHaveLength(2);
    expect(pending[1]!.from).toBe('2026-03-01');

    pending[1]!.respond(7);
    await flushPromises();
    expect(submittedFigure(wrapper)).toBe('7');

    pending[0]!.respond(99);
    await flushPromises();
    expect(submittedFigure(wrapper)).toBe('7');
    expect(wrapper.find('p.loading').exists()).toBe(false);
  });

  it('keeps loading while only the older query has answered', async () => {
    const wrapper = await mountPage();
    await submitFrom(wrapper, '2026-03-01');

    pending[0]!.respond(99);
    await flushPromises();
    expect(submittedFigure(wrapper)).toBeNull();
    expect(wrapper.find('p.loading').exists()).toBe(true);

    pending[1]!.respond(7);
    await flushPromises();
    expect(submittedFigure(wrapper)).toBe('7');
  });
});

describe('StatisticsPage in English', () => {
  it('names divisions and halls in English', async () => {
    const wrapper = await mountPage();
    pending[0]!.respond(3);
    await flushPromises();
    expect(wrapper.findAll('th[scope="row"]').map((th) => th.text())).toEqual(
      expect.arrayContaining(['巫溪县', '巫溪县政务服务中心']),
    );

    setLocale('en');
    await flushPromises();
    const rowNames = wrapper.findAll('th[scope="row"]').map((th) => th.text());
    expect(rowNames).toContain('Wuxi County');
    expect(rowNames).toContain('Wuxi County Government Service Center');
  });
});
