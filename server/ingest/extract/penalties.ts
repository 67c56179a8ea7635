import type { Penalty } from '../types.ts';

/** Maximum imprisonment and fine per mode of trial. PLACEHOLDER: being written. */
export function extractPenalties(_text: string): Penalty[] {
  return [];
}
