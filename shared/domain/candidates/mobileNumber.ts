import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A mobile number in E.164, as SMS providers want it, from what an adviser types
 * ("06 12 34 56 78" is read as French). null with the reason when it cannot receive SMS.
 */
export function toMobileNumber(input: string): { e164: string } | { reason: string } {
  const parsed = parsePhoneNumberFromString(input, 'FR');
  if (!parsed?.isValid()) return { reason: 'numéro de téléphone invalide (ex. 06 12 34 56 78 ou +33612345678)' };
  const type = parsed.getType();
  if (type !== undefined && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
    return { reason: 'ce numéro n’est pas un mobile : il ne peut pas recevoir de SMS' };
  }
  return { e164: parsed.number };
}
