import DataLoader from 'dataloader';
import { badInput, canonicalJson } from '@ykb/common';
import {
  assertRequiredFaceElements,
  faceElementValue,
  parseShanghaiDateEnd,
} from './catalogue.js';
import { isPlainObject } from './faceData.js';
import type {
  FaceElementDocument,
  LicenceDocument,
  LicenceModels,
  LicenceTypeDocument,
} from './model.js';

/** Face elements one changeLicence call may change. */
const MAX_CHANGED_ELEMENTS = 50;
const MAX_TEXT_LENGTH = 2000;

/** Throws BAD_USER_INPUT unless the value fits the element's value type; null removes the element. */
function checkElementValue(face: FaceElementDocument, value: unknown): void {
  if (value === null) {
    if (face.required)
      throw badInput(
        `Face element ${face.key} (${face.label}) is required, so it cannot be removed.`,
        { field: `data.${face.key}` },
      );
    return;
  }
  checkFaceValueType(face, value);
}

/**
 * Throws BAD_USER_INPUT naming `data.<key>` unless a present value fits the
 * element's value type. TEXT is non-blank text of at most 2000 characters
 * without control characters other than line breaks. DATE is a real
 * YYYY-MM-DD date, NUMBER a finite number and BOOLEAN true or false.
 */
export function checkFaceValueType(
  face: FaceElementDocument,
  value: unknown,
): void {
  const field = `data.${face.key}`;
  const type = face.valueType ?? 'TEXT';
  if (type === 'TEXT') {
    if (
      typeof value !== 'string' ||
      value.trim() === '' ||
      value.length > MAX_TEXT_LENGTH ||
      /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(value)
    )
      throw badInput(
        `Face element ${face.key} (${face.label}) must be text of 1 to ${MAX_TEXT_LENGTH} characters without control characters other than line breaks.`,
        { field },
      );
    return;
  }
  if (type === 'DATE') {
    if (typeof value !== 'string' || !parseShanghaiDateEnd(value))
      throw badInput(
        `Face element ${face.key} (${face.label}) must be a date YYYY-MM-DD.`,
        { field },
      );
    return;
  }
  if (type === 'NUMBER') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw badInput(
        `Face element ${face.key} (${face.label}) must be a finite number.`,
        { field },
      );
    return;
  }
  if (typeof value !== 'boolean')
    throw badInput(
      `Face element ${face.key} (${face.label}) must be true or false.`,
      { field },
    );
}

/**
 * Checks every face element that the data gives a value, at the top level or
 * in formData, against its value type. Absent values and blank text pass,
 * because whether an element may be missing is the required check's job.
 */
export function assertFaceValueTypes(
  type: LicenceTypeDocument,
  data: Record<string, unknown>,
): void {
  for (const face of type.faceElements) {
    const value = faceElementValue(data, face.key);
    if (value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    checkFaceValueType(face, value);
  }
}

/**
 * Validates a change of face elements against the licence type and merges it
 * into the licence's data. Only face elements of the type may change, each
 * with a value of its value type or null to remove it. Values not named keep
 * their place in the data, including keys that are not face elements such as
 * formData. Returns the merged data and the keys whose value really changed;
 * BAD_USER_INPUT when nothing changes.
 */
export function mergeFaceChange(
  type: LicenceTypeDocument,
  current: Record<string, unknown>,
  change: unknown,
): { data: Record<string, unknown>; changedElements: string[] } {
  if (!isPlainObject(change))
    throw badInput(
      'data must be a JSON object of the changed face elements, keyed by face-element key.',
      { field: 'data' },
    );
  const keys = Object.keys(change);
  if (keys.length === 0 || keys.length > MAX_CHANGED_ELEMENTS)
    throw badInput(
      `data must name 1 to ${MAX_CHANGED_ELEMENTS} face elements to change.`,
      { field: 'data' },
    );
  const faces = new Map(type.faceElements.map((face) => [face.key, face]));
  const data: Record<string, unknown> = { ...current };
  const changedElements: string[] = [];
  for (const key of keys) {
    const face = faces.get(key);
    if (!face)
      throw badInput(
        `${JSON.stringify(key.slice(0, 70))} is not a face element of licence type ${type._id}; the face elements are ${[...faces.keys()].join(', ')}.`,
        { field: `data.${key.slice(0, 70)}` },
      );
    const value = change[key];
    checkElementValue(face, value);
    const before = faceElementValue(current, key);
    const normalised = typeof value === 'string' ? value.trim() : value;
    if (canonicalJson(before) === canonicalJson(normalised ?? null)) continue;
    changedElements.push(key);
    if (normalised === null) {
      delete data[key];
      // faceElementValue falls back to formData, so a removed value must leave it too.
      if (isPlainObject(data.formData) && key in data.formData) {
        const form = { ...data.formData };
        delete form[key];
        data.formData = form;
      }
    } else data[key] = normalised;
  }
  if (changedElements.length === 0)
    throw badInput(
      'data changes no face element: every value equals the current one.',
      { field: 'data' },
    );
  assertRequiredFaceElements(type, data);
  return { data, changedElements };
}

/** Key of a licence's version chain: every version shares type, issuer and serial. */
function chainKey(
  licence: Pick<LicenceDocument, 'typeCode' | 'issuerCreditCode' | 'serial'>,
): string {
  return `${licence.typeCode}|${licence.issuerCreditCode}|${licence.serial}`;
}

/** Loads every version of the licences' chains, oldest first, in one query per tick. */
export function licenceVersionsLoader(
  models: LicenceModels,
): DataLoader<LicenceDocument, LicenceDocument[], string> {
  return new DataLoader<LicenceDocument, LicenceDocument[], string>(
    async (licences) => {
      const versions = await models.Licence.find({
        $or: licences.map((l) => ({
          typeCode: l.typeCode,
          issuerCreditCode: l.issuerCreditCode,
          serial: l.serial,
        })),
      })
        .sort({ version: 1 })
        .lean<LicenceDocument[]>();
      const byChain = new Map<string, LicenceDocument[]>();
      for (const version of versions) {
        const key = chainKey(version);
        byChain.set(key, [...(byChain.get(key) ?? []), version]);
      }
      return licences.map((l) => byChain.get(chainKey(l)) ?? [l]);
    },
    { cacheKeyFn: chainKey },
  );
}
