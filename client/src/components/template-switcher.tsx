import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { TemplateSummary, UnavailableTemplate } from '../api/types.ts';
import { setParams } from '../router.tsx';
import { useTemplateId } from '../use-template-id.ts';

/**
 * The model text every view compares with, chosen in the header. Templates the corpus lists without an element
 * profile appear too, disabled, with the reason: nobody should wonder where the First Protocol went.
 */
export function TemplateSwitcher() {
  const { templateId } = useTemplateId();
  const [list, setList] = useState<{ templates: TemplateSummary[]; unavailable: UnavailableTemplate[] } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.templatesWithUnavailable(controller.signal).then(setList, () => setList(null));
    return () => controller.abort();
  }, []);
  if (!list || list.templates.length === 0) return null;
  return (
    <div className="template-switcher">
      <label>
        <span className="switcher-label">Compare with</span>{' '}
        <select value={templateId ?? ''} onChange={(e) => setParams({ template: e.target.value }, { replace: false })}>
          {list.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.shortTitle || t.title}
            </option>
          ))}
          {list.unavailable.map((t) => (
            <option key={t.id} value={t.id} disabled>
              {t.title} (not available)
            </option>
          ))}
        </select>
      </label>
      {list.unavailable.length ? (
        <details className="unavailable-templates">
          <summary>
            {list.unavailable.length} not available: why?
          </summary>
          <ul>
            {list.unavailable.map((t) => (
              <li key={t.id}>
                <strong>{t.title}</strong>: {t.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
