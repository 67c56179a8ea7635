import { useEffect, useState } from 'react';
import { defaultTemplateId } from './api/cached.ts';
import { useLocation } from './router.tsx';

/** The template chosen in the URL (`?template=`), else the default one once the template list has loaded. */
export function useTemplateId(): { templateId: string | undefined; ready: boolean } {
  const { params } = useLocation();
  const fromUrl = params.get('template') ?? undefined;
  const [fallback, setFallback] = useState<string | undefined>(undefined);
  const [ready, setReady] = useState(Boolean(fromUrl));
  useEffect(() => {
    if (fromUrl) return;
    let live = true;
    defaultTemplateId().then(
      (id) => {
        if (live) {
          setFallback(id);
          setReady(true);
        }
      },
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
  }, [fromUrl]);
  return { templateId: fromUrl ?? fallback, ready: Boolean(fromUrl) || ready };
}
