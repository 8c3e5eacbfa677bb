/** A country's name in the reader's language, from its ISO 3166-1 alpha-2 code (`GB` → "United Kingdom"). */
export function countryName(code: string | null, locale: string): string | null {
  if (!code || !/^[A-Z]{2}$/.test(code) || code === 'ZZ') return null;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
