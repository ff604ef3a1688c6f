import { describe, expect, it } from 'vitest';
import { licenceRow, type LicenceContent } from '../src/feeds.js';

function licence(fields: Partial<LicenceContent>): LicenceContent {
  return {
    identifier: '11500000MB0000001M001.500238.20240000001.001.L',
    type: { name: '营业执照' },
    holderKind: 'PERSON',
    holderName: '刘一',
    holderIdNumber: '500238199001011015',
    divisionCode: '500238',
    issuedAt: '2024-01-01T16:00:00.000Z',
    validUntil: null,
    status: 'VALID',
    ...fields,
  };
}

describe('licence dataset rows', () => {
  it('dates an issuance at Shanghai midnight on its Shanghai day', () => {
    // 2024-01-01T16:00Z is 2024-01-02 00:00 in Asia/Shanghai.
    expect(licenceRow(licence({})).issuedOn).toBe('2024-01-02');
    expect(
      licenceRow(licence({ issuedAt: '2024-01-02T15:59:59.999Z' })).issuedOn,
    ).toBe('2024-01-02');
  });

  it('shows the last valid day', () => {
    // Valid through 2029-03-01: it stops at 2029-03-02 00:00 Shanghai time.
    expect(
      licenceRow(licence({ validUntil: '2029-03-01T16:00:00.000Z' }))
        .validUntil,
    ).toBe('2029-03-01');
  });

  it('leaves validUntil empty for a licence without an end', () => {
    expect(licenceRow(licence({})).validUntil).toBeNull();
  });
});
