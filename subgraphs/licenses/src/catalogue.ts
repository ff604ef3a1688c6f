import {
  appError,
  badInput,
  ErrorCode,
  notFound,
  type LicenceTypeSeed,
} from '@ykb/common';
import { isPlainObject } from './faceData.js';
import type {
  FaceElementDocument,
  FaceElementValueType,
  LicenceHolderKind,
  LicenceHolderRule,
  LicenceItemRelation,
  LicenceModels,
  LicenceSigningMode,
  LicenceTypeDocument,
  PrintLayoutDocument,
} from './model.js';

/**
 * The licence catalogue (证照目录): face elements, validity, holder and
 * signing rules, print layout, and the items that issue or accept each type.
 */

const element = (
  key: string,
  label: string,
  labelEn: string,
  required = false,
  valueType: FaceElementValueType = 'TEXT',
): FaceElementDocument => ({ key, label, labelEn, required, valueType });

/** Face elements every seeded type starts with; administrators change them with updateLicenceType. */
const COMMON_ELEMENTS = [
  element('caseNumber', '办件编号', 'Case number'),
  element('itemName', '事项名称', 'Item'),
];

/**
 * Face elements of seeded types by Chinese name, before the common ones.
 * The holder's name and ID-card number or unified social credit code are
 * fields of every licence (holderName, holderIdNumber), so the face
 * elements carry the other values. Each key is the key of a form field of
 * every item that issues the type, because issuance reads the case's form.
 */
const SEEDED_ELEMENTS: Record<string, FaceElementDocument[]> = {
  营业执照: [
    element('businessName', '名称', 'Name', true),
    element('entityType', '类型', 'Type', true),
    element('legalRepresentative', '法定代表人', 'Legal representative', true),
    element('premisesAddress', '住所', 'Domicile', true),
    element('businessScope', '经营范围', 'Business scope', true),
    element(
      'registeredCapital',
      '注册资本（万元）',
      'Registered capital (10,000 CNY)',
      false,
      'NUMBER',
    ),
  ],
  食品经营许可证: [
    element('businessName', '经营者名称', 'Operator', true),
    element(
      'legalRepresentative',
      '法定代表人（负责人）',
      'Legal representative',
      true,
    ),
    element('premisesAddress', '经营场所', 'Premises', true),
    element('foodCategory', '经营项目', 'Business activities', true),
  ],
  无犯罪记录证明: [element('purpose', '用途', 'Purpose', true)],
  居住证: [element('residenceAddress', '居住地址', 'Residence address', true)],
  出生医学证明: [
    element('babyName', '新生儿姓名', "Newborn's name", true),
    element('birthDate', '出生日期', 'Date of birth', true, 'DATE'),
  ],
  公共场所卫生许可证: [
    element('businessName', '单位名称', 'Name', true),
    element(
      'legalRepresentative',
      '法定代表人（负责人）',
      'Legal representative',
      true,
    ),
    element('premisesAddress', '地址', 'Address', true),
    element('permittedActivity', '许可项目', 'Licensed activity', true),
  ],
  教师资格证书: [element('subject', '任教学科', 'Teaching subject', true)],
  道路运输经营许可证: [
    element('businessName', '业户名称', 'Name', true),
    element('legalRepresentative', '负责人', 'Person in charge', true),
    element('premisesAddress', '地址', 'Address', true),
    element('businessScope', '经营范围', 'Business scope', true),
  ],
  建筑工程施工许可证: [
    element('businessName', '建设单位', 'Developer', true),
    element('legalRepresentative', '法定代表人', 'Legal representative', true),
    element('projectName', '工程名称', 'Project', true),
    element('projectAddress', '建设地址', 'Site address', true),
  ],
  社会团体法人登记证书: [
    element('businessName', '名称', 'Name', true),
    element('legalRepresentative', '法定代表人', 'Legal representative', true),
    element('premisesAddress', '住所', 'Domicile', true),
    element('businessScope', '业务范围', 'Scope of activities', true),
  ],
  危险化学品经营许可证: [
    element('businessName', '企业名称', 'Enterprise name', true),
    element('legalRepresentative', '主要负责人', 'Principal', true),
    element('premisesAddress', '经营场所', 'Premises', true),
    element('businessScope', '许可范围', 'Licensed scope', true),
  ],
};

/** Holder rules of seeded types by Chinese name; types not listed accept any holder. */
const SEEDED_HOLDER_RULES: Record<string, LicenceHolderRule> = {
  无犯罪记录证明: 'PERSON',
  居住证: 'PERSON',
  就业创业证: 'PERSON',
  出生医学证明: 'PERSON',
  教师资格证书: 'PERSON',
  社会团体法人登记证书: 'LEGAL_PERSON',
};

/** Catalogue fields a seeded type starts with. */
export function seededCatalogueFields(
  seed: LicenceTypeSeed,
): Omit<
  LicenceTypeDocument,
  '_id' | 'name' | 'nameEn' | 'departmentCode' | 'validYears'
> {
  const faceElements = [
    ...(SEEDED_ELEMENTS[seed.name] ?? []),
    ...COMMON_ELEMENTS,
  ];
  return {
    validUntilElement: null,
    holderRule: SEEDED_HOLDER_RULES[seed.name] ?? 'ANY',
    signingMode: 'AUTOMATIC',
    faceElements,
    printLayout: {
      title: seed.name,
      orientation: 'LANDSCAPE',
      elementOrder: faceElements.map((e) => e.key),
    },
    itemLinks: [],
  };
}

/**
 * Reads a face element's value from the data, else from data.formData.
 * Licences issued from cases once stored the whole application form there,
 * and such stored licences still display and change.
 */
export function faceElementValue(
  data: Record<string, unknown>,
  key: string,
): unknown {
  if (data[key] !== undefined && data[key] !== null) return data[key];
  const form = data.formData;
  if (isPlainObject(form) && form[key] !== undefined) return form[key];
  return null;
}

/**
 * Returns the face elements of the type that the data gives, flat and keyed
 * by face-element key, each read as faceElementValue reads it. Every other
 * key, such as the rest of an application form, is left out, because a
 * licence's data is signed and handed out with every copy of the licence.
 */
export function faceElementData(
  type: Pick<LicenceTypeDocument, 'faceElements'>,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const faceData: Record<string, unknown> = {};
  for (const face of type.faceElements) {
    const value = faceElementValue(data, face.key);
    if (value !== null) faceData[face.key] = value;
  }
  return faceData;
}

/** Formats a face-element value for print and comparison. */
export function faceElementText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/** Face elements in printed order: the layout's order first, then the rest in catalogue order. */
export function orderedFaceElements(
  type: LicenceTypeDocument,
): FaceElementDocument[] {
  const order = type.printLayout?.elementOrder ?? [];
  const byKey = new Map(type.faceElements.map((e) => [e.key, e]));
  const first = order.flatMap((key) => byKey.get(key) ?? []);
  return [...first, ...type.faceElements.filter((e) => !order.includes(e.key))];
}

/** Required face elements of the type whose value in the data is absent or blank, in catalogue order. */
export function missingFaceElements(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
): FaceElementDocument[] {
  return type.faceElements.filter((face) => {
    if (!face.required) return false;
    const text = faceElementText(faceElementValue(data, face.key));
    return text === null || text.trim() === '';
  });
}

/** Throws BAD_USER_INPUT naming the first required face element that the data lacks. */
export function assertRequiredFaceElements(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
): void {
  const [face] = missingFaceElements(type, data);
  if (face)
    throw badInput(
      `Face element ${face.key} (${face.label}) is required by licence type ${type._id} but missing from the data.`,
      { field: `data.${face.key}` },
    );
}

/**
 * Throws MISSING_FACE_ELEMENTS listing every required face element the
 * case's data lacks, so an item whose form misses them issues no licence
 * with blank elements.
 */
export function assertIssuableFaceElements(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
): void {
  const missing = missingFaceElements(type, data);
  if (missing.length === 0) return;
  throw appError(
    ErrorCode.MissingFaceElements,
    `Licence type ${type._id} requires face elements that are missing from the case's form: ${missing.map((f) => `${f.key} (${f.label})`).join(', ')}. Add them to the item's form.`,
    { missing: missing.map((f) => f.key) },
  );
}

/** Throws BAD_USER_INPUT when the type's holder rule excludes the holder's kind. */
export function assertHolderAllowed(
  type: LicenceTypeDocument,
  holderKind: LicenceHolderKind,
): void {
  if (type.holderRule === 'ANY' || type.holderRule === holderKind) return;
  throw badInput(
    `Licence type ${type._id} (${type.name}) is held only by ${type.holderRule === 'PERSON' ? 'natural persons' : 'legal persons'}, but holderIdNumber belongs to a ${holderKind === 'PERSON' ? 'natural person' : 'legal person'}.`,
    { field: 'holderIdNumber' },
  );
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Returns the instant a licence issued at `issuedAt` expires: the type's expiry element, else validYears, else null. */
export function validUntilFor(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
  issuedAt: Date,
): Date | null {
  if (type.validUntilElement) {
    const raw = faceElementText(faceElementValue(data, type.validUntilElement));
    if (raw !== null && raw.trim() !== '') {
      const expiry = parseShanghaiDateEnd(raw.trim());
      if (!expiry)
        throw badInput(
          `Face element ${type.validUntilElement} must be a date YYYY-MM-DD, but is ${JSON.stringify(raw.slice(0, 40))}.`,
          { field: `data.${type.validUntilElement}` },
        );
      if (expiry.getTime() <= issuedAt.getTime())
        throw badInput(
          `Face element ${type.validUntilElement} (${raw}) lies before the issuance.`,
          { field: `data.${type.validUntilElement}` },
        );
      return expiry;
    }
  }
  if (!type.validYears) return null;
  const result = new Date(issuedAt);
  result.setUTCFullYear(result.getUTCFullYear() + type.validYears);
  return result;
}

/** Returns the end of a YYYY-MM-DD day in Asia/Shanghai as a UTC instant, or null for an invalid date. */
export function parseShanghaiDateEnd(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  return new Date(start + 86400_000 - SHANGHAI_OFFSET_MS);
}

export interface UpdateLicenceTypeInput {
  code: string;
  validYears?: number | null;
  validUntilElement?: string | null;
  holderRule: LicenceHolderRule;
  signingMode: LicenceSigningMode;
  faceElements: (Omit<FaceElementDocument, 'valueType'> & {
    valueType?: FaceElementDocument['valueType'] | null;
  })[];
  printLayout: PrintLayoutDocument;
}

const ELEMENT_KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export function checkLabel(value: string, field: string, max: number): string {
  const text = value.trim();
  if (
    text.length === 0 ||
    Array.from(text).length > max ||
    /\p{Cc}/u.test(text)
  )
    throw badInput(
      `${field} must have 1 to ${max} characters and no control characters.`,
      { field },
    );
  return text;
}

/** Validates updateLicenceType input; throws BAD_USER_INPUT naming the field. */
export function validateTypeUpdate(
  input: UpdateLicenceTypeInput,
): Omit<
  LicenceTypeDocument,
  '_id' | 'name' | 'nameEn' | 'departmentCode' | 'itemLinks'
> {
  const validYears = input.validYears ?? null;
  if (
    validYears !== null &&
    (!Number.isInteger(validYears) || validYears < 1 || validYears > 100)
  )
    throw badInput('validYears must be an integer from 1 to 100, or null.', {
      field: 'validYears',
    });
  if (input.faceElements.length < 1 || input.faceElements.length > 50)
    throw badInput('faceElements must list 1 to 50 elements.', {
      field: 'faceElements',
    });
  const keys = new Set<string>();
  const faceElements = input.faceElements.map((face, index) => {
    if (!ELEMENT_KEY.test(face.key))
      throw badInput(
        `faceElements[${index}].key ${JSON.stringify(face.key.slice(0, 70))} is invalid: expected a letter, then letters or digits, at most 64.`,
        { field: `faceElements[${index}].key` },
      );
    if (keys.has(face.key))
      throw badInput(`faceElements lists key ${face.key} twice.`, {
        field: `faceElements[${index}].key`,
      });
    keys.add(face.key);
    return {
      key: face.key,
      label: checkLabel(face.label, `faceElements[${index}].label`, 40),
      labelEn: checkLabel(face.labelEn, `faceElements[${index}].labelEn`, 80),
      required: face.required,
      valueType: face.valueType ?? 'TEXT',
    };
  });
  const validUntilElement = input.validUntilElement ?? null;
  if (validUntilElement !== null && !keys.has(validUntilElement))
    throw badInput(
      `validUntilElement ${JSON.stringify(validUntilElement.slice(0, 70))} is not one of the face elements.`,
      { field: 'validUntilElement' },
    );
  const order = input.printLayout.elementOrder;
  const unknown = order.find((key) => !keys.has(key));
  if (unknown !== undefined)
    throw badInput(
      `printLayout.elementOrder names ${JSON.stringify(unknown.slice(0, 70))}, which is not a face element.`,
      { field: 'printLayout.elementOrder' },
    );
  if (new Set(order).size !== order.length)
    throw badInput('printLayout.elementOrder lists a key twice.', {
      field: 'printLayout.elementOrder',
    });
  return {
    validYears,
    validUntilElement,
    holderRule: input.holderRule,
    signingMode: input.signingMode,
    faceElements,
    printLayout: {
      title: checkLabel(input.printLayout.title, 'printLayout.title', 40),
      orientation: input.printLayout.orientation,
      elementOrder: order,
    },
  };
}

/** Loads a licence type for a catalogue change, or throws NOT_FOUND. */
export async function loadTypeForChange(
  models: LicenceModels,
  code: string,
): Promise<LicenceTypeDocument> {
  const type =
    await models.LicenceType.findById(code).lean<LicenceTypeDocument>();
  if (!type) throw notFound('LicenceType', code);
  // Types stored before item links existed have no itemLinks field.
  return { ...type, itemLinks: type.itemLinks ?? [] };
}

const ITEM_ID = /^[0-9A-Za-z-]{1,50}$/;
const MATERIAL_CODE = /^[0-9A-Za-z_-]{1,50}$/;

/**
 * Checks an item link and returns it with materialCode null for ISSUES;
 * throws BAD_USER_INPUT naming `field` plus the offending property.
 */
export function validateItemLink(
  itemId: string,
  relation: LicenceItemRelation,
  materialCode: string | null | undefined,
  field = '',
): LicenceTypeDocument['itemLinks'][number] {
  if (!ITEM_ID.test(itemId))
    throw badInput(
      `itemId ${JSON.stringify(itemId.slice(0, 70))} is invalid: expected 1 to 50 letters, digits or hyphens.`,
      { field: `${field}itemId` },
    );
  const material = materialCode ?? null;
  if (
    relation === 'ACCEPTS' &&
    (material === null || !MATERIAL_CODE.test(material))
  )
    throw badInput(
      'An ACCEPTS link needs materialCode: the code of the item material the licence replaces (1 to 50 letters, digits, _ or -).',
      { field: `${field}materialCode` },
    );
  if (relation === 'ISSUES' && material !== null)
    throw badInput('An ISSUES link takes no materialCode.', {
      field: `${field}materialCode`,
    });
  return { itemId, relation, materialCode: material };
}

/**
 * Adds an item link to a licence type. Linking is idempotent: the same link
 * twice stays one link. An ACCEPTS link needs the material it replaces.
 */
export async function linkItem(
  models: LicenceModels,
  code: string,
  itemId: string,
  relation: LicenceItemRelation,
  materialCode: string | null | undefined,
): Promise<LicenceTypeDocument> {
  const { materialCode: material } = validateItemLink(
    itemId,
    relation,
    materialCode,
  );
  const type = await loadTypeForChange(models, code);
  // A relink of the same item and relation replaces the earlier link and its material code.
  await storeItemLinks(models, code, [
    ...type.itemLinks.filter(
      (l) => !(l.itemId === itemId && l.relation === relation),
    ),
    { itemId, relation, materialCode: material },
  ]);
  return loadTypeForChange(models, code);
}

/** Removes an item link; NOT_FOUND when the type has no such link. */
export async function unlinkItem(
  models: LicenceModels,
  code: string,
  itemId: string,
  relation: LicenceItemRelation,
): Promise<LicenceTypeDocument> {
  const type = await loadTypeForChange(models, code);
  if (
    !type.itemLinks.some((l) => l.itemId === itemId && l.relation === relation)
  )
    throw appError(
      ErrorCode.NotFound,
      `Licence type ${code} has no ${relation} link to item ${itemId}.`,
      { field: 'itemId' },
    );
  await storeItemLinks(
    models,
    code,
    type.itemLinks.filter(
      (l) => !(l.itemId === itemId && l.relation === relation),
    ),
  );
  return loadTypeForChange(models, code);
}

/**
 * Replaces a type's item links with a list computed from a read, because
 * FerretDB 1.24's $pull removes only elements equal to the whole value given.
 */
// NOTE: two concurrent link changes of one type can lose one of them, because this is a read followed by a write.
async function storeItemLinks(
  models: LicenceModels,
  code: string,
  links: LicenceTypeDocument['itemLinks'],
): Promise<void> {
  await models.LicenceType.updateOne(
    { _id: code },
    { $set: { itemLinks: links } },
  );
}
