import { describe, expect, it } from 'vitest';
import {
  applicantPrefill,
  chosenDivisionCode,
  countiesOf,
  divisionOptions,
  divisionPath,
} from '../src/features/items/applicationDefaults';

const CITIZEN = {
  id: 'u-demo-citizen-1',
  kind: 'PERSON' as const,
  name: '张三',
  idCardNumber: '500238199003071015',
  mobile: '13800138000',
  masked: false,
};
const COMPANY = {
  id: 'u-company.demo',
  kind: 'LEGAL_PERSON' as const,
  name: '重庆山城示例科技有限公司',
  idCardNumber: null,
  mobile: '13700137000',
  masked: false,
};
const CLERK = {
  id: 'u-clerk.chengbei',
  kind: 'STAFF' as const,
  name: '李村办',
  idCardNumber: null,
  mobile: '13600136000',
  masked: false,
};

/** Builds empty form values with the given field keys, as a new form starts. */
function emptyForm(...keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, '']));
}

/** Fields of a natural person's form, such as 个体工商户设立登记. */
const PERSON_FORM = emptyForm(
  'applicantName',
  'applicantIdCard',
  'contactMobile',
  'businessName',
);
/** Fields of a legal person's form, such as 公司注销登记. */
const COMPANY_FORM = emptyForm(
  'entityName',
  'legalRepresentative',
  'contactMobile',
);

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
  it('fills name, ID card and mobile of a natural person', () => {
    expect(applicantPrefill(CITIZEN, PERSON_FORM)).toEqual({
      applicantName: '张三',
      applicantIdCard: '500238199003071015',
      contactMobile: '13800138000',
    });
  });

  it('skips a field the user focused', () => {
    expect(
      applicantPrefill(CITIZEN, PERSON_FORM, new Set(['contactMobile'])),
    ).toEqual({
      applicantName: '张三',
      applicantIdCard: '500238199003071015',
    });
  });

  it('fills company name and mobile of a legal person', () => {
    expect(applicantPrefill(COMPANY, COMPANY_FORM)).toEqual({
      entityName: '重庆山城示例科技有限公司',
      contactMobile: '13700137000',
    });
  });

  it('leaves businessName empty', () => {
    const licenceForm = emptyForm(
      'businessName',
      'legalRepresentative',
      'premisesAddress',
      'contactMobile',
    );
    expect(applicantPrefill(COMPANY, licenceForm)).toEqual({
      contactMobile: '13700137000',
    });
  });

  it("puts no company name in a person's fields", () => {
    expect(applicantPrefill(COMPANY, PERSON_FORM)).toEqual({
      contactMobile: '13700137000',
    });
  });

  it("puts no person's name in the company name", () => {
    expect(applicantPrefill(CITIZEN, emptyForm('entityName'))).toEqual({});
  });

  it.each(['contactMobile', 'mobile', 'applicantMobile'])(
    'fills the contact mobile under %s',
    (key) => {
      expect(applicantPrefill(CITIZEN, emptyForm(key))).toEqual({
        [key]: '13800138000',
      });
    },
  );

  it('fills nothing for staff', () => {
    expect(applicantPrefill(CLERK, PERSON_FORM)).toEqual({});
    expect(applicantPrefill(CLERK, COMPANY_FORM)).toEqual({});
  });

  it('fills nothing without a user', () => {
    expect(applicantPrefill(null, PERSON_FORM)).toEqual({});
    expect(applicantPrefill(undefined, PERSON_FORM)).toEqual({});
  });

  it('fills nothing from a masked profile', () => {
    const masked = {
      ...CITIZEN,
      name: '张*',
      idCardNumber: '5002**********1015',
      mobile: '138****8000',
      masked: true,
    };
    expect(applicantPrefill(masked, PERSON_FORM)).toEqual({});
  });

  it('keeps what the user typed', () => {
    const typed = {
      ...PERSON_FORM,
      applicantName: '李四',
      contactMobile: '13900139000',
    };
    expect(applicantPrefill(CITIZEN, typed)).toEqual({
      applicantIdCard: '500238199003071015',
    });
  });

  it('keeps typed spaces', () => {
    const typed = { ...COMPANY_FORM, entityName: ' ' };
    expect(applicantPrefill(COMPANY, typed)).toEqual({
      contactMobile: '13700137000',
    });
  });

  it('skips fields the form lacks', () => {
    expect(applicantPrefill(CITIZEN, emptyForm('applicantName'))).toEqual({
      applicantName: '张三',
    });
  });

  it('skips a missing ID-card number and mobile', () => {
    const sparse = { ...CITIZEN, idCardNumber: null, mobile: null };
    expect(applicantPrefill(sparse, PERSON_FORM)).toEqual({
      applicantName: '张三',
    });
  });

  it('skips a legal person without a mobile', () => {
    expect(
      applicantPrefill({ ...COMPANY, mobile: null }, COMPANY_FORM),
    ).toEqual({ entityName: '重庆山城示例科技有限公司' });
  });
});
