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
/** Form field keys of the applicant's contact mobile, the keys the cases subgraph reads a case's contact mobile from. */
export const CONTACT_MOBILE_FIELDS = [
  'contactMobile',
  'mobile',
  'applicantMobile',
] as const;
/** Form field key of the applying organisation's registered name (单位名称). */
export const ENTITY_NAME_FIELD = 'entityName';

type ApplicantProfile = NonNullable<ApplicantProfileQuery['me']>;

/**
 * Pairs each form field key with the profile value that fills it. A
 * natural person gives their name, ID-card number and mobile. A legal
 * person gives its registered name for the organisation-name field and its
 * contact mobile. It never fills `businessName`, because in some forms that
 * field names a business being registered or its new name. Staff give
 * nothing, because they file for residents.
 */
function profileValues(
  me: ApplicantProfile,
): [key: string, value: string | null | undefined][] {
  const mobile = CONTACT_MOBILE_FIELDS.map(
    (key): [string, string | null | undefined] => [key, me.mobile],
  );
  switch (me.kind) {
    case 'PERSON':
      return [
        [APPLICANT_NAME_FIELD, me.name],
        [APPLICANT_ID_CARD_FIELD, me.idCardNumber],
        ...mobile,
      ];
    case 'LEGAL_PERSON':
      return [[ENTITY_NAME_FIELD, me.name], ...mobile];
    default:
      return [];
  }
}

/**
 * Returns the form values to prefill from the signed-in user's own
 * profile, by form field key. Only fields that the form has, that are still
 * empty and that the user has not focused get a value. So nothing the user
 * typed is replaced, and a profile that arrives while the user types into an
 * empty field is not joined to their text. A masked profile fills nothing,
 * because a masked value would not pass the field's check.
 */
export function applicantPrefill(
  me: ApplicantProfileQuery['me'] | null | undefined,
  values: Readonly<Record<string, string>>,
  focused: ReadonlySet<string> = new Set(),
): Record<string, string> {
  if (!me || me.masked) return {};
  return Object.fromEntries(
    profileValues(me).filter(
      (entry): entry is [string, string] =>
        Boolean(entry[1]) && values[entry[0]] === '' && !focused.has(entry[0]),
    ),
  );
}
