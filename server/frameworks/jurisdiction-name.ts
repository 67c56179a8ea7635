const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** ISO 3166 keeps these codes for private use: our sample statutes of made-up states use XA-XD. */
function isUserAssigned(code: string): boolean {
  return /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/i.test(code);
}

/** "BB" → "Barbados"; a user-assigned code stays as it is (Intl would call XA "Pseudo-Accents"). */
export function jurisdictionName(code: string): string {
  if (code === 'INT') return 'International';
  if (!code || code === 'XX') return 'Unknown jurisdiction';
  if (isUserAssigned(code)) return code.toUpperCase();
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
