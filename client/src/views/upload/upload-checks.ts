/** Checks an upload before it is sent, so that a refusal comes at once and names what to change. Pure. */

export const ACCEPT = ['.md', '.txt', '.html', '.htm', '.json', '.pdf', '.docx'];

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** "20 MB", "850 KB": as a person reads a file size (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

/** Why this file cannot be sent, in words that say what to do; null when it can. */
export function fileProblem(file: { name: string; size: number }, limitBytes?: number): string | null {
  const ext = extensionOf(file.name);
  if (!ACCEPT.includes(ext)) {
    const what = ext ? `Files of type ${ext} are not supported` : `“${file.name}” has no file type (extension)`;
    return `${what}. Upload a statute as ${ACCEPT.filter((e) => e !== '.htm').join(', ')}.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (limitBytes && file.size > limitBytes) {
    return `“${file.name}” is ${formatBytes(file.size)}; the limit for an upload is ${formatBytes(limitBytes)}. Split the statute, or save it as text (.txt) without images.`;
  }
  return null;
}

/** The id a new upload would get under another name: letters, digits, dots, hyphens (as the server makes ids). */
export function validNewId(id: string): boolean {
  return /^[a-z0-9][a-z0-9._-]{0,119}$/.test(id) && !/[-.]$/.test(id);
}

/** A free id to suggest beside a taken one: "ke-act-2018" -> "ke-act-2018-2" (or -3, ... if those are taken). */
export function suggestNewId(taken: string, exists: (id: string) => boolean): string {
  const base = taken.replace(/-\d{1,2}$/, '');
  for (let n = 2; n < 100; n++) {
    const id = `${base}-${n}`.slice(0, 120);
    if (!exists(id)) return id;
  }
  return `${base}-copy`;
}
