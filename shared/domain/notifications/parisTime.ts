import { DateTime } from 'luxon';

/** "le 10/01 à 9 h 30", Paris time: how messages say when. */
export function parisTime(at: Date): string {
  const local = DateTime.fromJSDate(at, { zone: 'Europe/Paris' });
  return `le ${local.toFormat('dd/LL')} à ${local.hour} h ${local.toFormat('mm')}`;
}
