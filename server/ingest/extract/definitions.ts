import type { Definition } from '../types.ts';

/** Terms defined in an interpretation provision ("“computer” means ..."). PLACEHOLDER: being written. */
export function extractDefinitions(_text: string): Definition[] {
  return [];
}
