import { ApiError, toApiError } from './api-error.ts';
import type { UploadResponse } from './types.ts';

interface UploadFields {
  title?: string;
  jurisdiction?: string;
  year?: string;
  kind?: string;
  /** Keep the file as a new version of this instrument (id) instead of refusing a name already taken. */
  versionOf?: string;
}

/**
 * Multipart upload through XMLHttpRequest, because fetch still reports no upload progress.
 * `onProgress` receives a fraction 0..1 while bytes go out.
 */
export function uploadStatute(
  file: File,
  fields: UploadFields,
  onProgress: (fraction: number) => void,
): { promise: Promise<UploadResponse>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const form = new FormData();
  // Fields first: multipart parsers that stream the file read the metadata before it.
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append('file', file, file.name);

  const promise = new Promise<UploadResponse>((resolve, reject) => {
    xhr.open('POST', '/api/instruments');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as UploadResponse);
      } else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 0, 'network error during upload'));
    xhr.onabort = () => reject(new ApiError('ABORTED', 0, 'upload cancelled'));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
