/**
 * The pseudo-locale's text: accented and about 40% longer than English (two of every five letters
 * doubled, so words stay breakable where English breaks them), so a layout check shows what would
 * clip in a longer language.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

export function pseudoText(text: string): string {
  let letters = 0;
  return [...text]
    .map((ch) => {
      if (!/[A-Za-z]/.test(ch)) return ch;
      const out = ACCENTS[ch] ?? ch;
      return letters++ % 5 < 2 ? out + out : out;
    })
    .join('');
}
