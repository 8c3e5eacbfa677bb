import { existsSync } from 'node:fs';

/** Where Debian's packages put Firefox ESR and Firefox; PARALLAX_FIREFOX overrides. */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary to test with, or undefined when none is installed. */
export function findFirefox(): string | undefined {
  const override = process.env.PARALLAX_FIREFOX;
  if (override) {
    if (!existsSync(override)) throw new Error(`PARALLAX_FIREFOX=${override}: no such file`);
    return override;
  }
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate));
}
