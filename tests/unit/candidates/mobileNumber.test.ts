import { toMobileNumber } from '../../../shared/domain/candidates/mobileNumber';

describe('mobile numbers', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['07.81.23.45.67', '+33781234567'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+590 690 12 34 56', '+590690123456'],
  ])('reads %s as %s', (input, e164) => {
    expect(toMobileNumber(input)).toEqual({ e164 });
  });

  it.each([['03 20 12 34 56'], ['0612'], ['pas un numéro']])('rejects %s with a reason', (input) => {
    expect(toMobileNumber(input)).toEqual({ reason: expect.any(String) });
  });
});
