import type { PathStep, ProvisionKind } from '../types.ts';

/** What a provision does: defines, creates an offence, confers a power, ... PLACEHOLDER: being written. */
export function classifyProvision(_p: { heading?: string; text: string; path: PathStep[] }): ProvisionKind {
  return 'general';
}
