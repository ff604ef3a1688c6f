import { describe, expect, it } from 'vitest';
import {
  maySeePersonalData,
  Role,
  type PersonalDataRecord,
  type RoleValue,
  type Viewer,
} from '../src/index.js';

const ALL_ROLES = Object.values(Role);

/** Roles that see raw values of a departmental record (case, licence) in their jurisdiction. */
const RAW_FOR_DEPARTMENTAL_RECORD: RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Reviewer,
  Role.Approver,
  Role.LicenceOfficer,
  Role.Admin,
  Role.System,
];

/** Roles that see raw values of a user account in their division subtree. */
const RAW_FOR_ACCOUNT: RoleValue[] = [
  Role.Clerk,
  Role.WindowStaff,
  Role.Admin,
  Role.System,
];

const OWNER_ID = 'u-demo-citizen-1';

/** A case in a Wuxi village, handled by market regulation. */
const CASE_RECORD: PersonalDataRecord = {
  ownerUserId: OWNER_ID,
  divisionCode: '500238100205',
  departmentCode: 'CQ-SCJG',
};

/** A citizen's account in the same village. Accounts belong to no department. */
const ACCOUNT_RECORD: PersonalDataRecord = {
  ownerUserId: OWNER_ID,
  divisionCode: '500238100205',
};

function viewer(role: RoleValue, extra: Partial<Viewer> = {}): Viewer {
  return {
    userId: `u-viewer-${role.toLowerCase()}`,
    name: '测试',
    roles: [role],
    sessionId: 's',
    ...extra,
  };
}

describe('maySeePersonalData', () => {
  describe.each(ALL_ROLES)('%s', (role) => {
    it('sees its own records raw', () => {
      const owner = viewer(role, { userId: OWNER_ID, divisionCode: '500103' });
      expect(maySeePersonalData(owner, CASE_RECORD)).toBe(true);
      expect(maySeePersonalData(owner, ACCOUNT_RECORD)).toBe(true);
    });

    it('departmental record in jurisdiction', () => {
      const inCounty = viewer(role, { divisionCode: '500238' });
      const inDepartment = viewer(role, {
        divisionCode: '50',
        departmentCode: 'CQ-SCJG',
      });
      const expected = RAW_FOR_DEPARTMENTAL_RECORD.includes(role);
      expect(maySeePersonalData(inCounty, CASE_RECORD)).toBe(expected);
      expect(maySeePersonalData(inDepartment, CASE_RECORD)).toBe(expected);
    });

    it('departmental record outside jurisdiction', () => {
      const otherCounty = viewer(role, { divisionCode: '500103' });
      const otherDepartment = viewer(role, {
        divisionCode: '50',
        departmentCode: 'CQ-MZ',
      });
      const withoutDivision = viewer(role);
      const expected = role === Role.System;
      expect(maySeePersonalData(otherCounty, CASE_RECORD)).toBe(expected);
      expect(maySeePersonalData(otherDepartment, CASE_RECORD)).toBe(expected);
      expect(maySeePersonalData(withoutDivision, CASE_RECORD)).toBe(expected);
    });

    it('account in division subtree', () => {
      const inCounty = viewer(role, { divisionCode: '500238' });
      const departmental = viewer(role, {
        divisionCode: '500238',
        departmentCode: 'CQ-MZ',
      });
      const expected = RAW_FOR_ACCOUNT.includes(role);
      expect(maySeePersonalData(inCounty, ACCOUNT_RECORD)).toBe(expected);
      expect(maySeePersonalData(departmental, ACCOUNT_RECORD)).toBe(expected);
    });

    it('account outside division subtree', () => {
      const otherCounty = viewer(role, { divisionCode: '500103' });
      expect(maySeePersonalData(otherCounty, ACCOUNT_RECORD)).toBe(
        role === Role.System,
      );
    });
  });

  it('masks everything for an anonymous viewer', () => {
    expect(maySeePersonalData(undefined, CASE_RECORD)).toBe(false);
    expect(maySeePersonalData(undefined, ACCOUNT_RECORD)).toBe(false);
  });

  it('masks a record without division except for owner and SYSTEM', () => {
    const record: PersonalDataRecord = { ownerUserId: OWNER_ID };
    expect(
      maySeePersonalData(viewer(Role.Admin, { divisionCode: '50' }), record),
    ).toBe(false);
    expect(
      maySeePersonalData(viewer(Role.Clerk, { divisionCode: '50' }), record),
    ).toBe(false);
    expect(maySeePersonalData(viewer(Role.System), record)).toBe(true);
    expect(
      maySeePersonalData(viewer(Role.Citizen, { userId: OWNER_ID }), record),
    ).toBe(true);
  });

  it('matches no owner when the record has none', () => {
    const record: PersonalDataRecord = {
      divisionCode: '500238100205',
      departmentCode: 'CQ-SCJG',
    };
    expect(
      maySeePersonalData(viewer(Role.Citizen, { userId: '' }), record),
    ).toBe(false);
  });

  it('lets a supervisor who also clerks see raw values', () => {
    const both: Viewer = {
      ...viewer(Role.Supervisor, { divisionCode: '500238' }),
      roles: [Role.Supervisor, Role.Clerk],
    };
    expect(maySeePersonalData(both, CASE_RECORD)).toBe(true);
  });
});
