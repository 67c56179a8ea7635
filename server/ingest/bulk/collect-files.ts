import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The files an ingest run covers: files named directly are taken as given (an unsupported one is then reported,
 * not skipped), folders are walked for source files. Inside folders, manifests, READMEs and source notes are
 * corpus documentation, not instruments, and are left out.
 */

const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json', '.pdf', '.docx'];
const DOCUMENTATION = /^(?:manifest\.json|readme(?:\.[a-z]+)?|sources\.md|[a-z-]*sources\.md|license(?:\.[a-z]+)?|changelog\.md)$/i;

interface CollectedFiles {
  files: string[];
  /** Paths that do not exist. */
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(path, out);
    else if (stat.isFile() && !DOCUMENTATION.test(name) && SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      out.push(path);
    }
  }
}

/** Files named or found under the folders named, absolute, without duplicates, in a stable order. */
export function collectFiles(paths: string[]): CollectedFiles {
  const files: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    if (!existsSync(path)) {
      missing.push(given);
      continue;
    }
    if (statSync(path).isDirectory()) walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
