import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  idCardCheckChar,
  maskIdentifiersInText,
} from '../src/index.js';

/** Completes 17 digits with their GB 11643 check character. */
function idCard(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

/** Finds a sequence number after `prefix14` whose ID-card number ends in X. */
function idCardEndingInX(prefix14: string): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const first17 = prefix14 + String(sequence).padStart(3, '0');
    if (idCardCheckChar(first17) === 'X') return first17 + 'X';
  }
  throw new Error(`No sequence of ${prefix14} has the check character X.`);
}

const ID_CARD = idCard('50023819920215203');
const CREDIT_CODE =
  '91500000MA5U3XKL2' + creditCodeCheckChar('91500000MA5U3XKL2');

describe('maskIdentifiersInText', () => {
  it('masks an ID-card number and a mobile in Chinese text', () => {
    const text = `我的身份证号是${ID_CARD}，电话13800138000，请回电。`;
    expect(maskIdentifiersInText(text)).toBe(
      `我的身份证号是${ID_CARD.slice(0, 4)}**********${ID_CARD.slice(-4)}，电话138****8000，请回电。`,
    );
  });

  it('masks an ID-card number ending in X or x', () => {
    const number = idCardEndingInX('50023819850101');
    expect(maskIdentifiersInText(`证件${number}号`)).toBe(
      `证件${number.slice(0, 4)}**********${number.slice(-4)}号`,
    );
    const lower = number.toLowerCase();
    expect(maskIdentifiersInText(`证件${lower}`)).toBe(
      `证件${lower.slice(0, 4)}**********${lower.slice(-4)}`,
    );
  });

  it('masks a unified social credit code', () => {
    expect(maskIdentifiersInText(`信用代码${CREDIT_CODE}。`)).toBe(
      `信用代码9150**********${CREDIT_CODE.slice(-4)}。`,
    );
    expect(maskIdentifiersInText(CREDIT_CODE.toLowerCase())).toBe(
      `9150**********${CREDIT_CODE.slice(-4).toLowerCase()}`,
    );
  });

  it('masks a 15-digit first-generation ID-card number', () => {
    expect(maskIdentifiersInText('旧证号500238920215203。')).toBe(
      '旧证号5002********203。',
    );
    expect(maskIdentifiersInText('５００２３８９２０２１５２０３')).toBe(
      '５００２********２０３',
    );
  });

  it('leaves 15 digits without a birth date alone', () => {
    // Month 13 and day 32 are not dates, and 16 digits are not an ID-card number.
    const cases = ['500238921315203', '500238920232203', '5002389202152031'];
    for (const text of cases) expect(maskIdentifiersInText(text)).toBe(text);
  });

  it('masks a mobile after +86, 0086 and in full-width digits', () => {
    expect(maskIdentifiersInText('+8613800138000')).toBe('+86138****8000');
    expect(maskIdentifiersInText('0086 13800138000')).toBe('0086 138****8000');
    expect(maskIdentifiersInText('电话１３８００１３８０００')).toBe(
      '电话１３８****８０００',
    );
  });

  it('masks a valid ID-card number followed by letters', () => {
    const masked = `${ID_CARD.slice(0, 4)}**********${ID_CARD.slice(-4)}`;
    expect(maskIdentifiersInText(`身份证${ID_CARD}ok`)).toBe(
      `身份证${masked}ok`,
    );
    expect(maskIdentifiersInText(`id:${ID_CARD}X`)).toBe(`id:${masked}X`);
  });

  it('masks a mobile after a trunk 0', () => {
    expect(maskIdentifiersInText('电话013800138000')).toBe('电话0138****8000');
    expect(maskIdentifiersInText('+86013800138000')).toBe('+860138****8000');
  });

  it('masks a 0086 mobile that looks like an old ID-card number', () => {
    expect(maskIdentifiersInText('008613800101234')).toBe('0086138****1234');
  });

  it('leaves licence identifiers and serial numbers alone', () => {
    const cases = [
      `1.2.156.3005.2.11500000MB0000001M001.${CREDIT_CODE}.20260000014.001.F`,
      '流水号202612050830001',
    ];
    for (const text of cases) expect(maskIdentifiersInText(text)).toBe(text);
  });

  it('masks several identifiers in one text', () => {
    expect(
      maskIdentifiersInText(`13900139000、13800138000 和 ${ID_CARD}`),
    ).toBe(
      `139****9000、138****8000 和 ${ID_CARD.slice(0, 4)}**********${ID_CARD.slice(-4)}`,
    );
  });

  it('leaves numbers with adjacent digits alone', () => {
    const cases = [
      // 19 digits: one more than an ID-card number.
      `${ID_CARD}5`,
      `5${ID_CARD}`,
      // 12 digits starting like a mobile.
      '订单号138001380001',
      '0913800138000',
      // 10 digits.
      '1380013800',
    ];
    for (const text of cases) expect(maskIdentifiersInText(text)).toBe(text);
  });

  it('leaves codes with adjacent letters and wrong check characters alone', () => {
    const wrongCheck =
      CREDIT_CODE.slice(0, 17) + (CREDIT_CODE.endsWith('A') ? 'B' : 'A');
    const cases = [
      wrongCheck,
      `ABC${CREDIT_CODE}`,
      // A case number starts with an implementation code of 31 characters.
      `${CREDIT_CODE}XK00001234567-20260301-000001`,
      `${ID_CARD.slice(0, 17)}XY`,
      '办件已受理，谢谢。',
    ];
    for (const text of cases) expect(maskIdentifiersInText(text)).toBe(text);
  });
});
