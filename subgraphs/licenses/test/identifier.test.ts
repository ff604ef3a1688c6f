import { describe, expect, it } from 'vitest';
import {
  buildLicenceIdentifier,
  checkLicenceIdentifier,
  mod3736CheckChar,
} from '@ykb/common';

/**
 * Check characters of the electronic licence identifier: ISO/IEC 7064
 * MOD 37,36 over type code, issuer code, serial and version. Values 0-9 are
 * 0..9 and A-Z 10..35; p starts at 36; per character s = (p + value) mod 36,
 * or 36 when that is 0, and p = 2s mod 37; the check value is (37 - p) mod 36.
 */
describe('MOD 37,36 check character', () => {
  it.each([
    // p=36, s=(36+0) mod 36=0 -> 36, p=72 mod 37=35, check (37-35) mod 36=2.
    ['0', '2'],
    // s=(36+10) mod 36=10, p=20, check 17 -> H.
    ['A', 'H'],
    // Z: s=35, p=70 mod 37=33; 9: s=(33+9) mod 36=6, p=12, check 25 -> P.
    ['Z9', 'P'],
    // The published example identifier 1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U.
    ['11100000000013338W01111430000006122244L20230000403001', 'U'],
  ])('computes %s -> %s', (payload, check) => {
    expect(mod3736CheckChar(payload)).toBe(check);
  });

  it('leaves s = 1 after the check character', () => {
    // The hybrid system's validity rule: running the recurrence over payload and check ends with s = 1.
    for (const payload of [
      '0',
      'A',
      'Z9',
      '11500000MB0000001A00111500000MB0000001A20250000001001',
    ]) {
      const withCheck = payload + mod3736CheckChar(payload);
      let p = 36;
      let s = 0;
      for (const ch of withCheck) {
        const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
        s = (p + value) % 36 || 36;
        p = (2 * s) % 37;
      }
      expect(s, payload).toBe(1);
    }
  });

  it('builds identifiers that check as valid', () => {
    const identifier = buildLicenceIdentifier(
      '11500000MB0000001A001',
      '11500000MB0000001A',
      '20250000001',
      1,
    );
    expect(identifier).toBe(
      '1.2.156.3005.2.11500000MB0000001A001.11500000MB0000001A.20250000001.001.W',
    );
    expect(checkLicenceIdentifier(identifier)).toEqual({ valid: true });
  });

  it('detects every single-character substitution in the published example', () => {
    const valid =
      '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U';
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const start = '1.2.156.3005.2.'.length;
    for (let i = start; i < valid.length - 2; i++) {
      if (valid[i] === '.') continue;
      for (const replacement of alphabet) {
        if (replacement === valid[i]) continue;
        const changed = valid.slice(0, i) + replacement + valid.slice(i + 1);
        const result = checkLicenceIdentifier(changed);
        if (result.problem === 'FORMAT') continue;
        expect(result.valid, changed).toBe(false);
      }
    }
  });
});
