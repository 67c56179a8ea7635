import type { CrossRef } from '../types.ts';

/** References to other provisions ("section 4", "subsection (2)") or other Acts. PLACEHOLDER: being written. */
export function extractCrossRefs(_text: string): CrossRef[] {
  return [];
}
