import type { ApplicantProfileQuery } from '../../graphql/generated';

/** A division as the picker lists it. */
export interface DivisionChoice {
  code: string;
  name: string;
  nameEn: string;
}

/** Codes of the county (6 digits), township (9) and village (12) a division lies in; '' above its level. */
export interface DivisionPath {
  county: string;
  township: string;
  village: string;
}

const EMPTY_PATH: DivisionPath = { county: '', township: '', village: '' };

/**
 * Splits a Chongqing division code into the county, township and village it
 * lies in. A code above county level, or one that is not a Chongqing code of
 * 6, 9 or 12 digits, gives the empty path.
 */
export function divisionPath(code: string): DivisionPath {
  const trimmed = code.trim();
  if (!/^50\d{4}(\d{3}(\d{3})?)?$/.test(trimmed)) return { ...EMPTY_PATH };
  return {
    county: trimmed.slice(0, 6),
    township: trimmed.length >= 9 ? trimmed.slice(0, 9) : '',
    village: trimmed.length === 12 ? trimmed : '',
  };
}

/** Returns the deepest division chosen in `path`, or '' when no county is chosen. */
export function chosenDivisionCode(path: DivisionPath): string {
  if (!path.county) return '';
  if (!path.township) return path.county;
  return path.village || path.township;
}

/**
 * Returns the options of one picker level: the loaded list, plus the chosen
 * code when the list lacks it. Offline without a saved list, the chosen
 * code stays selectable under its own number, so a form opened offline keeps
 * its default division.
 */
export function divisionOptions(
  loaded: readonly DivisionChoice[] | null | undefined,
  chosen: string,
): DivisionChoice[] {
  const list = [...(loaded ?? [])];
  if (chosen && !list.some((choice) => choice.code === chosen))
    list.push({ code: chosen, name: chosen, nameEn: chosen });
  return list;
}

/** Returns the counties of the province's groupings (5001 districts, 5002 counties), ordered by code. */
export function countiesOf(
  groupings: readonly { children: readonly DivisionChoice[] }[],
): DivisionChoice[] {
  return groupings
    .flatMap((grouping) => grouping.children)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Form field keys that carry the applicant's name and ID-card number in every item form. */
export const APPLICANT_NAME_FIELD = 'applicantName';
export const APPLICANT_ID_CARD_FIELD = 'applicantIdCard';

/**
 * Returns the applicant fields to prefill from the signed-in user, by form
 * field key. Only a natural person files for themself, so staff such as a
 * village clerk, who files for residents, and legal persons get nothing.
 * Fields the item's form does not have are left out.
 */
export function applicantPrefill(
  me: ApplicantProfileQuery['me'] | null | undefined,
  formFieldKeys: readonly string[],
): Record<string, string> {
  if (me?.kind !== 'PERSON') return {};
  const candidates: [string, string | null | undefined][] = [
    [APPLICANT_NAME_FIELD, me.name],
    [APPLICANT_ID_CARD_FIELD, me.idCardNumber],
  ];
  return Object.fromEntries(
    candidates.filter(
      (entry): entry is [string, string] =>
        Boolean(entry[1]) && formFieldKeys.includes(entry[0]),
    ),
  );
}
