import type { TokenPair } from './sessions.js';
import {
  maskIdCard,
  maskMobile,
  maskName,
  maySeePersonalData as maySeeRecordPersonalData,
  type Viewer,
} from '@ykb/common';
import type { UserDocument } from './model.js';

/** A user as one viewer may see it; the shape the GraphQL `User` type resolves from. */
export interface UserView {
  id: string;
  name: string;
  kind: string;
  idCardNumber: string | null;
  mobile: string | null;
  creditCode: string | null;
  roles: string[];
  divisionCode: string | null;
  departmentCode: string | null;
  hallId: string | null;
  masked: boolean;
  disabled: boolean;
}

/** Length of a township code; addresses of people are shown down to the township. */
const TOWNSHIP_CODE_LENGTH = 9;

/**
 * Reports whether a viewer may see a user's raw personal data, by the
 * platform rule in `maySeePersonalData` with the user as owner. A user
 * account belongs to no department, so besides the user and SYSTEM only
 * clerks and administrators whose division subtree covers the user's
 * division see raw values. Reviewers and approvers see the
 * applicant's data on the cases they handle instead.
 */
export function maySeePersonalData(
  viewer: Viewer | undefined,
  user: UserDocument,
): boolean {
  return maySeeRecordPersonalData(viewer, {
    ownerUserId: user._id,
    divisionCode: user.divisionCode,
  });
}

/** Builds the unmasked view of a user, for the user themself. */
export function ownUserView(user: UserDocument): UserView {
  return {
    id: user._id,
    name: user.name,
    kind: user.kind,
    idCardNumber: user.idCardNumber ?? null,
    mobile: user.mobile ?? null,
    creditCode: user.creditCode ?? null,
    roles: [...user.roles],
    divisionCode: user.divisionCode ?? null,
    departmentCode: user.departmentCode ?? null,
    hallId: user.hallId ?? null,
    masked: false,
    disabled: !!user.disabledAt,
  };
}

/**
 * Builds the view of a user for a viewer, masking what the viewer may not
 * see: for natural persons and staff the name, ID-card number and mobile,
 * and for natural persons the division below the township. A legal
 * person's registered name and credit code are public and stay as they are.
 */
export function viewUser(
  user: UserDocument,
  viewer: Viewer | undefined,
): UserView {
  const raw = ownUserView(user);
  if (maySeePersonalData(viewer, user)) return raw;

  const isPerson = user.kind === 'PERSON';
  return {
    ...raw,
    name: user.kind === 'LEGAL_PERSON' ? raw.name : maskName(raw.name),
    idCardNumber: raw.idCardNumber && maskIdCard(raw.idCardNumber),
    mobile: raw.mobile && maskMobile(raw.mobile),
    divisionCode:
      isPerson && raw.divisionCode
        ? raw.divisionCode.slice(0, TOWNSHIP_CODE_LENGTH)
        : raw.divisionCode,
    masked: true,
  };
}

/** Builds the AuthPayload of a token pair; `token` repeats the access token for older clients. */
export function authPayload(pair: TokenPair, user: UserView) {
  return {
    token: pair.accessToken,
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    accessTokenExpiresAt: pair.accessTokenExpiresAt.toISOString(),
    user,
  };
}
