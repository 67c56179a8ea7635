/**
 * The module a worker thread starts from. From the TypeScript sources, a plain-JavaScript entry (`<module>-entry.mjs`
 * or `worker-entry.mjs`) that registers tsx first, since a worker does not inherit its parent's loader hooks;
 * compiled (build/, `npm start`), the compiled module itself.
 */
export function workerUrl(callerUrl: string, sourceEntry: string, compiledModule: string): URL {
  return new URL(callerUrl.endsWith('.ts') ? sourceEntry : compiledModule, callerUrl);
}
