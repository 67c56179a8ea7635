import type { SignedInAccount } from '../../auth/session.ts';

/** A role as a person reads it in the header and on the sign-in page. */
export const ROLE_WORDS: Record<SignedInAccount['role'], string> = {
  reader: 'reader: can read, not change',
  reviewer: 'reviewer',
  admin: 'administrator',
};
