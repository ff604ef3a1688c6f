import { describe, expect, it } from 'vitest';
import {
  csvDocument,
  formatFen,
  parseYuan,
} from '../src/features/services/money';

describe('parseYuan', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    [' 0.01 ', 1],
    ['0', 0],
    ['9999999.99', 999_999_999],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', '1.234', '-1', '1e3', '12,50', '.5', '10000000', 'abc'])(
    'rejects %j',
    (text) => {
      expect(parseYuan(text)).toBeNull();
    },
  );

  it('round-trips with formatFen', () => {
    expect(formatFen(parseYuan('0.29')!)).toBe('0.29');
  });
});

describe('csvDocument', () => {
  it('writes a byte-order mark, CRLF and quoted cells', () => {
    expect(
      csvDocument([
        ['财政账户', '笔数'],
        ['FISCAL-CQ-GA', 2],
        ['a,"b"', 0],
        ['=SUM(A1)', 1],
      ]),
    ).toBe(
      '\uFEFF财政账户,笔数\r\nFISCAL-CQ-GA,2\r\n"a,""b""",0\r\n\'=SUM(A1),1\r\n',
    );
  });
});
