/** Data that changes rarely within a session (templates, instrument lists) is fetched once and shared by views. */
import { api } from './client.ts';
import type { InstrumentSummary, TemplateDetail, TemplateSummary } from './types.ts';

const templateDetails = new Map<string, Promise<TemplateDetail>>();
let templateList: Promise<TemplateSummary[]> | null = null;
let instrumentList: Promise<InstrumentSummary[]> | null = null;

function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

export function templates(): Promise<TemplateSummary[]> {
  templateList ??= forgetOnFailure(api.templates(), () => (templateList = null));
  return templateList;
}

export function templateDetail(id: string): Promise<TemplateDetail> {
  let found = templateDetails.get(id);
  if (!found) {
    found = forgetOnFailure(api.template(id), () => templateDetails.delete(id));
    templateDetails.set(id, found);
  }
  return found;
}

export function instruments(): Promise<InstrumentSummary[]> {
  instrumentList ??= forgetOnFailure(api.instruments(), () => (instrumentList = null));
  return instrumentList;
}

/** After an upload or delete the list is stale. */
export function forgetInstruments(): void {
  instrumentList = null;
}

/** The default template: the Budapest Convention when present (the reference model law), else the first. */
export async function defaultTemplateId(): Promise<string | undefined> {
  const list = await templates();
  return (list.find((t) => /budapest-convention/.test(t.id)) ?? list[0])?.id;
}
