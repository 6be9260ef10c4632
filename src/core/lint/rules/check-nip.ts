import { isCalendarDate } from '../../load/dates';

/**
 * What is wrong with an 18-digit NIP, or undefined when it is well formed. Layout: birth date
 * YYYYMMDD, appointment (TMT CPNS) YYYYMM, sex digit (1 = male, 2 = female), 3-digit sequence.
 * Returns a catalogue key naming the first problem.
 */
export function checkNip(nip: string): { problem: string; part?: string } | undefined {
  if (!/^\d{18}$/.test(nip)) return { problem: 'nip.length' };
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (birthYear < 1900 || !isCalendarDate(birthYear, birthMonth, birthDay)) return { problem: 'nip.birth', part: nip.slice(0, 8) };
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12 || appointmentYear < birthYear + 15)
    return { problem: 'nip.appointment', part: nip.slice(8, 14) };
  const sex = nip.charAt(14);
  if (sex !== '1' && sex !== '2') return { problem: 'nip.sex', part: sex };
  return undefined;
}
