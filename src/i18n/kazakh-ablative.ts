/**
 * The ablative ending ("from", "than") Kazakh writes after a number in digits, with a hyphen:
 * "1 000-нан астам" (more than 1,000). It follows the sound of the number's last spoken word
 * (мың, "thousand", takes -нан; жүз, "hundred", -ден; сегіз, "eight", -ден; қырық, "forty",
 * -тан), by vowel harmony and the consonant it ends in.
 */
const UNITS = ['', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'];
// он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан
const TENS = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'];

/** The ending for a whole number: 1 000 -> "нан", 2 300 -> "ден", 748 -> "ден", 0 -> "ден". */
export function kazakhAblative(value: number): string {
  const n = Math.abs(Math.trunc(value));
  if (n % 10 > 0) return UNITS[n % 10] ?? '';
  if (Math.floor(n / 10) % 10 > 0) return TENS[Math.floor(n / 10) % 10] ?? '';
  if (n === 0 || Math.floor(n / 100) % 10 > 0) return 'ден'; // нөл, жүз
  if (Math.floor(n / 1_000) % 1_000 > 0) return 'нан'; // мың
  if (Math.floor(n / 1_000_000) % 1_000 > 0) return 'нан'; // миллион
  return 'тан'; // миллиард
}
