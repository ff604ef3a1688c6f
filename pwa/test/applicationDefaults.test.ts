import { describe, expect, it } from 'vitest';
import {
  applicantPrefill,
  chosenDivisionCode,
  countiesOf,
  divisionOptions,
  divisionPath,
} from '../src/features/items/applicationDefaults';

const FORM_KEYS = ['applicantName', 'applicantIdCard', 'contactMobile'];
const CITIZEN = {
  id: 'u-demo-citizen-1',
  kind: 'PERSON' as const,
  name: '张三',
  idCardNumber: '500238199003071015',
};

describe('divisionPath', () => {
  it('splits a village code', () => {
    expect(divisionPath('500238100205')).toEqual({
      county: '500238',
      township: '500238100',
      village: '500238100205',
    });
  });

  it('splits a township code', () => {
    expect(divisionPath('500103001')).toEqual({
      county: '500103',
      township: '500103001',
      village: '',
    });
  });

  it('keeps a county code', () => {
    expect(divisionPath(' 500238 ')).toEqual({
      county: '500238',
      township: '',
      village: '',
    });
  });

  it.each(['', '50', '5001', '5002381', '510103', '50023810020x'])(
    'gives the empty path for %j',
    (code) => {
      expect(divisionPath(code)).toEqual({
        county: '',
        township: '',
        village: '',
      });
    },
  );
});

describe('chosenDivisionCode', () => {
  it('returns the deepest chosen level', () => {
    expect(
      chosenDivisionCode({
        county: '500238',
        township: '500238100',
        village: '500238100205',
      }),
    ).toBe('500238100205');
    expect(
      chosenDivisionCode({
        county: '500238',
        township: '500238100',
        village: '',
      }),
    ).toBe('500238100');
    expect(
      chosenDivisionCode({ county: '500238', township: '', village: '' }),
    ).toBe('500238');
  });

  it('is empty without a county', () => {
    expect(chosenDivisionCode({ county: '', township: '', village: '' })).toBe(
      '',
    );
  });

  it('ignores a village left from another township', () => {
    expect(
      chosenDivisionCode({
        county: '500238',
        township: '',
        village: '500238100205',
      }),
    ).toBe('500238');
  });
});

describe('divisionOptions', () => {
  const villages = [
    { code: '500238100205', name: '城北村', nameEn: 'Chengbei Village' },
    { code: '500238100206', name: '城南村', nameEn: 'Chengnan Village' },
  ];

  it('lists the loaded divisions', () => {
    expect(divisionOptions(villages, '500238100205')).toEqual(villages);
  });

  it('keeps the chosen code without a list', () => {
    expect(divisionOptions(null, '500238100205')).toEqual([
      { code: '500238100205', name: '500238100205', nameEn: '500238100205' },
    ]);
  });

  it('adds a chosen code the list lacks', () => {
    const options = divisionOptions(villages, '500238100299');
    expect(options).toHaveLength(3);
    expect(options[2]!.code).toBe('500238100299');
  });

  it('is empty with nothing loaded or chosen', () => {
    expect(divisionOptions(undefined, '')).toEqual([]);
  });
});

describe('countiesOf', () => {
  it('joins both groupings in code order', () => {
    const counties = countiesOf([
      {
        children: [
          { code: '500238', name: '巫溪县', nameEn: 'Wuxi County' },
          { code: '500229', name: '城口县', nameEn: 'Chengkou County' },
        ],
      },
      {
        children: [
          { code: '500103', name: '渝中区', nameEn: 'Yuzhong District' },
        ],
      },
    ]);
    expect(counties.map((county) => county.code)).toEqual([
      '500103',
      '500229',
      '500238',
    ]);
  });
});

describe('applicantPrefill', () => {
  it('fills name and ID card of a natural person', () => {
    expect(applicantPrefill(CITIZEN, FORM_KEYS)).toEqual({
      applicantName: '张三',
      applicantIdCard: '500238199003071015',
    });
  });

  it('fills nothing for staff', () => {
    expect(
      applicantPrefill(
        {
          id: 'u-clerk.chengbei',
          kind: 'STAFF',
          name: '李村办',
          idCardNumber: null,
        },
        FORM_KEYS,
      ),
    ).toEqual({});
  });

  it('fills nothing for a legal person', () => {
    expect(
      applicantPrefill(
        {
          id: 'u-company.demo',
          kind: 'LEGAL_PERSON',
          name: '重庆山城示例科技有限公司',
          idCardNumber: null,
        },
        FORM_KEYS,
      ),
    ).toEqual({});
  });

  it('fills nothing without a user', () => {
    expect(applicantPrefill(null, FORM_KEYS)).toEqual({});
    expect(applicantPrefill(undefined, FORM_KEYS)).toEqual({});
  });

  it('skips fields the form lacks', () => {
    expect(applicantPrefill(CITIZEN, ['applicantName'])).toEqual({
      applicantName: '张三',
    });
  });

  it('skips a missing ID-card number', () => {
    expect(
      applicantPrefill({ ...CITIZEN, idCardNumber: null }, FORM_KEYS),
    ).toEqual({ applicantName: '张三' });
  });
});
