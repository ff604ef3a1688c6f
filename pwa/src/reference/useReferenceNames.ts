import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import type {
  ApolloClient,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client';
import { useApolloClient } from '../apollo/useApolloClient';
import { querySourced } from '../apollo/useQuery';
import {
  countiesOf,
  divisionPath,
} from '../features/items/applicationDefaults';
import {
  CountyChoicesDocument,
  DepartmentsDocument,
  DivisionChildrenDocument,
} from '../graphql/generated';
import { localizedName, type BilingualName } from '../i18n/localizedName';

// Case lists such as the worklist carry division and department codes only.
// Resolving `Case.division` or a department entity per row would add the
// identity subgraph to the query plan of a hot query. So the PWA names the
// codes from public reference lists instead: the county list, one list of
// children per distinct county or township, and the department list. The
// lists are saved under the offline copy keys the division picker uses, so
// a village service point offline names what it read before.

/** localStorage key of the saved list of Chongqing's counties and districts. */
export const COUNTY_LIST_COPY_KEY = 'ykb.divisions.counties';

/** localStorage key of the saved list of divisions directly inside `parentCode`. */
export function divisionListCopyKey(parentCode: string): string {
  return `ykb.divisions.${parentCode}`;
}

/** localStorage key of the saved department list. */
export const DEPARTMENT_LIST_COPY_KEY = 'ykb.departments';

/** Names read so far through one Apollo client, by code, and the list reads started. */
interface NameStore {
  divisions: Map<string, BilingualName>;
  departments: Map<string, BilingualName>;
  /**
   * Pending or finished read of each list, by its offline copy key. A failed
   * read and a read served from the offline copy are removed, so the next
   * load queries the network again.
   */
  reads: Map<string, Promise<void>>;
}

/** A list entry: a code with its Chinese and English names. */
type CodedRecord = BilingualName & { code: string };

const stores = new WeakMap<ApolloClient, NameStore>();

function storeOf(client: ApolloClient): NameStore {
  let store = stores.get(client);
  if (!store) {
    store = {
      divisions: reactive(new Map()),
      departments: reactive(new Map()),
      reads: new Map(),
    };
    stores.set(client, store);
  }
  return store;
}

// A village committee (城北村村民委员会) is named after its village or
// community (城北村, 西山社区), the way the identity subgraph's English
// names read.
const COMMITTEE_NAME = /(村|社区)(?:村民|居民)委员会$/;

/** Returns the short Chinese name of a village-level division, and other names unchanged. */
export function shortDivisionName(name: string): string {
  return name.replace(COMMITTEE_NAME, '$1');
}

/**
 * Names divisions and departments by code in the UI language, from the
 * reference lists `loadDivisions` and `loadDepartments` read. A code whose
 * name is unknown, such as offline before its list was ever read, stays a
 * code.
 */
export function useReferenceNames() {
  const client = useApolloClient();
  const { locale } = useI18n();
  const store = storeOf(client);

  /**
   * Reads one list once per Apollo client and adds the names `recordsOf`
   * picks from it to `target`. A failed read, and one served from the
   * offline copy, is removed, so the next load queries the network again.
   * Meanwhile unknown codes stay unnamed, because the names only decorate
   * codes that the page shows anyway.
   */
  function readList<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    copyKey: string,
    target: Map<string, BilingualName>,
    recordsOf: (data: TData) => readonly CodedRecord[],
  ): Promise<void> {
    let pending = store.reads.get(copyKey);
    if (!pending) {
      pending = querySourced(client, document, variables, copyKey)
        .then(({ data, fromNetwork }) => {
          for (const record of data ? recordsOf(data) : [])
            target.set(record.code, record);
          if (!fromNetwork) store.reads.delete(copyKey);
        })
        .catch(() => {
          store.reads.delete(copyKey);
        });
      store.reads.set(copyKey, pending);
    }
    return pending;
  }

  const readCounties = () =>
    readList(
      CountyChoicesDocument,
      {},
      COUNTY_LIST_COPY_KEY,
      store.divisions,
      (data) => countiesOf(data.divisions),
    );

  const readChildren = (parentCode: string) =>
    readList(
      DivisionChildrenDocument,
      { parentCode },
      divisionListCopyKey(parentCode),
      store.divisions,
      (data) => data.divisions,
    );

  /** Reads the lists that name `codes`: the counties, and the children of each distinct county and township. */
  async function loadDivisions(codes: Iterable<string>): Promise<void> {
    const parents = new Set<string>();
    let anyCounty = false;
    for (const code of codes) {
      const path = divisionPath(code);
      if (!path.county) continue;
      anyCounty = true;
      if (path.township) parents.add(path.county);
      if (path.village) parents.add(path.township);
    }
    if (!anyCounty) return;
    await Promise.all([readCounties(), ...[...parents].map(readChildren)]);
  }

  /** Reads the department list. */
  const loadDepartments = () =>
    readList(
      DepartmentsDocument,
      {},
      DEPARTMENT_LIST_COPY_KEY,
      store.departments,
      (data) => data.departments,
    );

  /**
   * Returns the county, township and village of a division code by name:
   * "巫溪县 城厢镇 城北村" in Chinese, "Chengbei Village, Chengxiang Town,
   * Wuxi County" in English. A level whose name is unknown shows its code,
   * and a code with no known level, or outside Chongqing's 6, 9 and
   * 12-digit codes, is returned as it is.
   */
  function divisionName(code: string): string {
    const path = divisionPath(code);
    const levels = [path.county, path.township, path.village].filter(Boolean);
    const records = levels.map((level) => store.divisions.get(level));
    if (!records.some(Boolean)) return code;
    const names = levels.map((level, index) => {
      const record = records[index];
      if (!record) return level;
      const short = { ...record, name: shortDivisionName(record.name) };
      return localizedName(short, locale.value);
    });
    // English addresses run from the smallest place to the largest.
    return locale.value.startsWith('en')
      ? names.reverse().join(', ')
      : names.join(' ');
  }

  /** Returns the department's name in the UI language, or its code when the name is unknown. */
  function departmentName(code: string): string {
    const record = store.departments.get(code);
    return record ? localizedName(record, locale.value) : code;
  }

  return { loadDivisions, loadDepartments, divisionName, departmentName };
}
