import type { Manifest } from './manifest.ts';

/** Manifest fields that may name where an instrument's official text is published, in the order we prefer them. */
const fields = ['official_source', 'source_url', 'url'] as const;

/**
 * Where each instrument's official text is published, when a corpus manifest says so (by instrument id). Read once
 * at start-up from the server's own folders, never from a request; a value that is not an http(s) address is
 * kept as words, never as a link.
 */
export function officialSources(manifests: Array<Manifest | null>): Map<string, string> {
  const out = new Map<string, string>();
  for (const manifest of manifests) {
    for (const entry of manifest?.entries ?? []) {
      if (typeof entry.id !== 'string') continue;
      const value = fields.map((f) => entry[f]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (value) out.set(entry.id, value.trim().slice(0, 500));
    }
  }
  return out;
}
