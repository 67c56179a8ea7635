import type { Manifest } from './manifest.ts';
import type { TemplateRegistry } from './templates.ts';

export interface UnavailableTemplate {
  id: string;
  title: string;
  reason: string;
}

/**
 * Templates the corpus manifest lists that no element profile describes: statutes cannot be aligned with them, and
 * the header says so rather than leaving them out in silence (the First Protocol, ETS 189, until its profile is
 * written).
 */
export function templatesWithoutProfile(manifest: Manifest | null, registry: TemplateRegistry): UnavailableTemplate[] {
  return (manifest?.entries ?? [])
    .filter((e) => e.role === 'template' && typeof e.id === 'string' && !registry.has(e.id))
    .map((e) => ({
      id: String(e.id),
      title: typeof e.title === 'string' ? e.title : String(e.id),
      reason:
        'No element profile has been written for it yet, so statutes cannot be compared with it. ' +
        `A profile (corpus/templates/${String(e.id)}.profile.json, see docs/templates.md) makes it available.`,
    }));
}
