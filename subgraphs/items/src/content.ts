import {
  badInput,
  checkFormDefinition,
  LICENCE_TYPES,
  type FormFieldSpec,
} from '@ykb/common';
import type { ItemContentInput } from './generated/resolvers-types.js';
import type { ItemContent } from './model.js';

/**
 * Checks the content of an item version as a department entered it and
 * returns it in stored form (texts trimmed and NFC-normalised). Throws
 * BAD_USER_INPUT for the first problem, with the path of the offending value
 * in `extensions.field`, such as `content.materials[1].code`.
 */

const MATERIAL_CODE = /^[A-Za-z0-9_-]{1,20}$/;
const PHONE = /^[0-9][0-9-]{3,18}[0-9]$/;
const URL_PATTERN = /^https?:\/\/[^\s]{1,2000}$/;

function fail(path: string, message: string): never {
  throw badInput(message, { field: `content.${path}` });
}

function text(value: string, path: string, min: number, max: number): string {
  const trimmed = value.normalize('NFC').trim();
  const length = Array.from(trimmed).length;
  if (length < min || length > max)
    fail(path, `${path} has ${length} characters; it needs ${min} to ${max}.`);
  return trimmed;
}

function texts(
  values: readonly string[],
  path: string,
  maxCount: number,
  maxLength: number,
): string[] {
  if (values.length > maxCount)
    fail(path, `${path} lists ${values.length} entries; at most ${maxCount}.`);
  const result = values.map((value, index) =>
    text(value, `${path}[${index}]`, 1, maxLength),
  );
  if (new Set(result).size !== result.length)
    fail(path, `${path} lists an entry twice.`);
  return result;
}

function wholeNumber(
  value: number,
  path: string,
  min: number,
  max: number,
): number {
  if (!Number.isInteger(value) || value < min || value > max)
    fail(path, `${path} must be a whole number from ${min} to ${max}.`);
  return value;
}

function optionalUrl(value: string | null | undefined, path: string) {
  if (value == null || value.trim() === '') return null;
  if (!URL_PATTERN.test(value.trim()))
    fail(path, `${path} must be an http or https address.`);
  return value.trim();
}

function licenceType(value: string | null | undefined, path: string) {
  if (value == null || value === '') return null;
  if (!LICENCE_TYPES.some((type) => type.code === value))
    fail(path, `${path} ${value} is not a known electronic licence type.`);
  return value;
}

function list<T>(values: readonly T[], path: string, max: number): void {
  if (values.length > max)
    fail(path, `${path} lists ${values.length} entries; at most ${max}.`);
}

/** Validates content; `themeCodes` are the enabled codes of the THEME dictionary. */
export function checkContent(
  input: ItemContentInput,
  themeCodes: ReadonlySet<string>,
): ItemContent {
  const themes = texts(input.themes ?? [], 'themes', 10, 40);
  themes.forEach((theme, index) => {
    if (!themeCodes.has(theme))
      fail(
        `themes[${index}]`,
        `Theme ${theme} is not an enabled entry of the THEME dictionary.`,
      );
  });
  if (input.subjectTypes.length === 0)
    fail('subjectTypes', 'subjectTypes needs at least one kind of applicant.');
  if (new Set(input.subjectTypes).size !== input.subjectTypes.length)
    fail('subjectTypes', 'subjectTypes lists a kind twice.');

  const materials = input.materials ?? [];
  list(materials, 'materials', 50);
  const materialCodes = new Set<string>();
  const checkedMaterials = materials.map((material, index) => {
    const at = `materials[${index}]`;
    if (!MATERIAL_CODE.test(material.code))
      fail(
        `${at}.code`,
        `Material code ${material.code} must be 1 to 20 letters, digits, - or _.`,
      );
    if (materialCodes.has(material.code))
      fail(`${at}.code`, `Material code ${material.code} appears twice.`);
    materialCodes.add(material.code);
    return {
      code: material.code,
      name: text(material.name, `${at}.name`, 1, 100),
      required: material.required,
      form: material.form,
      count: wholeNumber(material.count, `${at}.count`, 1, 99),
      licenceTypeCode: licenceType(
        material.licenceTypeCode,
        `${at}.licenceTypeCode`,
      ),
      blankFormUrl: optionalUrl(material.blankFormUrl, `${at}.blankFormUrl`),
      exampleUrl: optionalUrl(material.exampleUrl, `${at}.exampleUrl`),
    };
  });

  const formFields: FormFieldSpec[] = (input.formFields ?? []).map((field) => ({
    key: field.key,
    label: field.label.normalize('NFC').trim(),
    type: field.type,
    required: field.required,
    options: (field.options ?? []).map((option) =>
      option.normalize('NFC').trim(),
    ),
    maxLength: field.maxLength ?? null,
  }));
  const [problem] = checkFormDefinition(formFields);
  if (problem) fail(problem.path, problem.message);

  const statutory = wholeNumber(
    input.statutoryLimitDays,
    'statutoryLimitDays',
    0,
    365,
  );
  const promised = wholeNumber(
    input.promisedLimitDays,
    'promisedLimitDays',
    0,
    statutory,
  );

  const fees = input.fees ?? [];
  list(fees, 'fees', 20);
  const processSteps = input.processSteps ?? [];
  list(processSteps, 'processSteps', 30);
  const places = input.handlingPlaces ?? [];
  list(places, 'handlingPlaces', 20);
  const faqs = input.faqs ?? [];
  list(faqs, 'faqs', 50);
  if (input.deliveryMethods.length === 0)
    fail('deliveryMethods', 'deliveryMethods needs at least one method.');
  if (new Set(input.deliveryMethods).size !== input.deliveryMethods.length)
    fail('deliveryMethods', 'deliveryMethods lists a method twice.');
  const phone = input.consultationPhone.trim();
  if (!PHONE.test(phone))
    fail(
      'consultationPhone',
      'consultationPhone must be 5 to 20 digits with optional hyphens.',
    );

  return {
    name: text(input.name, 'name', 2, 60),
    nameEn: text(input.nameEn, 'nameEn', 1, 200),
    aliases: texts(input.aliases ?? [], 'aliases', 20, 30),
    themes,
    keywords: texts(input.keywords ?? [], 'keywords', 30, 30),
    subjectTypes: [...input.subjectTypes],
    legalBasis: text(input.legalBasis, 'legalBasis', 1, 2000),
    conditions: texts(input.conditions ?? [], 'conditions', 50, 500),
    materials: checkedMaterials,
    formFields,
    statutoryLimitDays: statutory,
    promisedLimitDays: promised,
    fees: fees.map((fee, index) => ({
      name: text(fee.name, `fees[${index}].name`, 1, 100),
      amountFen: wholeNumber(
        fee.amountFen,
        `fees[${index}].amountFen`,
        0,
        100_000_000,
      ),
      basis: text(fee.basis, `fees[${index}].basis`, 1, 500),
    })),
    processSteps: processSteps.map((step, index) => ({
      name: text(step.name, `processSteps[${index}].name`, 1, 30),
      description: text(
        step.description,
        `processSteps[${index}].description`,
        1,
        500,
      ),
      limitDays:
        step.limitDays == null
          ? null
          : wholeNumber(
              step.limitDays,
              `processSteps[${index}].limitDays`,
              0,
              statutory,
            ),
    })),
    handlingPlaces: places.map((place, index) => ({
      name: text(place.name, `handlingPlaces[${index}].name`, 1, 100),
      address: text(place.address, `handlingPlaces[${index}].address`, 1, 200),
      hours: text(place.hours, `handlingPlaces[${index}].hours`, 1, 100),
    })),
    deliveryMethods: [...input.deliveryMethods],
    onlineDepth: wholeNumber(input.onlineDepth, 'onlineDepth', 1, 4),
    faqs: faqs.map((faq, index) => ({
      question: text(faq.question, `faqs[${index}].question`, 1, 200),
      answer: text(faq.answer, `faqs[${index}].answer`, 1, 2000),
    })),
    consultationPhone: phone,
    licenceTypeCode: licenceType(input.licenceTypeCode, 'licenceTypeCode'),
  } as ItemContent;
}

/** Field names of the content, in schema order; the diff and the copy from a head use them. */
export const CONTENT_FIELDS = [
  'name',
  'nameEn',
  'aliases',
  'themes',
  'keywords',
  'subjectTypes',
  'legalBasis',
  'conditions',
  'materials',
  'formFields',
  'statutoryLimitDays',
  'promisedLimitDays',
  'fees',
  'processSteps',
  'handlingPlaces',
  'deliveryMethods',
  'onlineDepth',
  'faqs',
  'consultationPhone',
  'licenceTypeCode',
] as const;

/** The content part of a document that holds content fields at its top level, such as an item head. */
export function contentOf(document: Record<string, unknown>): ItemContent {
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    const value = document[field];
    content[field] =
      value === undefined
        ? Array.isArray(EMPTY_CONTENT_DEFAULTS[field])
          ? []
          : null
        : value;
  }
  return JSON.parse(JSON.stringify(content)) as ItemContent;
}

/** Which content fields are lists, so that a missing one reads as empty. */
const EMPTY_CONTENT_DEFAULTS: Record<string, unknown> = {
  aliases: [],
  themes: [],
  keywords: [],
  subjectTypes: [],
  conditions: [],
  materials: [],
  formFields: [],
  fees: [],
  processSteps: [],
  handlingPlaces: [],
  deliveryMethods: [],
  faqs: [],
};
