import type { Instrument, Provision } from '../ingest/types.ts';
import { el, xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Akoma Ntoso element for each kind of path step; anything else is a generic hcontainer. */
const elementFor: Record<string, string> = {
  part: 'part',
  chapter: 'chapter',
  sec: 'section',
  subsec: 'subsection',
  para: 'paragraph',
  subpara: 'subparagraph',
  art: 'article',
};

/** AKN document types: a treaty is a `doc`, a bill a `bill`, everything else an `act`. */
function documentType(instrument: Instrument): string {
  if (instrument.kind === 'bill') return 'bill';
  if (instrument.kind === 'treaty' || instrument.kind === 'model') return 'doc';
  return 'act';
}

function stepType(p: Provision): string {
  return p.path.length ? p.path[p.path.length - 1].type : p.level === 0 ? 'sec' : 'para';
}

/** Extras a derived document adds: attributes on a provision's element, and blocks of metadata (its analysis). */
interface AknExtras {
  attrs?: (p: Provision) => Record<string, string | undefined>;
  meta?: XmlElement[];
  /** The expression's date and name when it is not the text as ingested (a consolidation). */
  expression?: { date: string; name: string };
}

function provisionElement(p: Provision, children: Map<string, Provision[]>, extras: AknExtras = {}): XmlElement {
  const type = stepType(p);
  const name = elementFor[type] ?? 'hcontainer';
  const kids = children.get(p.eId) ?? [];
  const body: XmlNode[] = [el('num', undefined, [p.num])];
  if (p.heading) body.push(el('heading', undefined, [p.heading]));
  const para = el('p', undefined, p.text ? [p.text] : []);
  if (kids.length) {
    if (p.text) body.push(el('intro', undefined, [para]));
    for (const kid of kids) body.push(provisionElement(kid, children, extras));
  } else {
    body.push(el('content', undefined, [para]));
  }
  return el(name, { eId: p.eId, ...(name === 'hcontainer' ? { name: type } : {}), ...extras.attrs?.(p) }, body);
}

/** The instrument as an Akoma Ntoso 3.0 document: identification, then the body as a tree of provisions. */
export function instrumentToAkn(instrument: Instrument, provisions: Provision[], generated = new Date(), extras: AknExtras = {}): string {
  const children = new Map<string, Provision[]>();
  const known = new Set(provisions.map((p) => p.eId));
  const roots: Provision[] = [];
  for (const p of provisions) {
    if (p.parent && known.has(p.parent)) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
    else roots.push(p);
  }
  // Top-level units are grouped under their Part (or Chapter) as the statute prints them.
  const body: XmlNode[] = [];
  const containers = new Map<string, XmlElement>();
  for (const root of roots) {
    const part = instrument.parts.find((x) => root.eId.startsWith(`${x.eId}__`));
    const node = provisionElement(root, children, extras);
    if (!part) {
      body.push(node);
      continue;
    }
    let container = containers.get(part.eId);
    if (!container) {
      const head: XmlNode[] = [el('num', undefined, [part.num])];
      if (part.heading) head.push(el('heading', undefined, [part.heading]));
      container = el(part.type === 'schedule' ? 'hcontainer' : part.type, { eId: part.eId, ...(part.type === 'schedule' ? { name: 'schedule' } : {}) }, head);
      containers.set(part.eId, container);
      body.push(container);
    }
    container.children!.push(node);
  }
  const date = generated.toISOString().slice(0, 10);
  const work = instrument.work || `/akn/${instrument.jurisdiction.toLowerCase()}/${documentType(instrument)}/${instrument.year ?? 'unknown'}/${instrument.id}`;
  const frbr = (level: string, iri: string, extra: XmlNode[] = []) =>
    el(level, undefined, [el('FRBRthis', { value: iri }), el('FRBRuri', { value: iri }), ...extra]);
  const identification = el('identification', { source: '#lexalign' }, [
    frbr('FRBRWork', work, [
      el('FRBRdate', { date: instrument.year ? `${instrument.year}-01-01` : date, name: 'year' }),
      el('FRBRauthor', { href: '#legislature' }),
      el('FRBRcountry', { value: instrument.jurisdiction.toLowerCase() }),
      el('FRBRname', { value: instrument.title }),
    ]),
    frbr('FRBRExpression', `${work}/${instrument.language || 'en'}${extras.expression ? `@${extras.expression.date}` : ''}`, [
      el('FRBRdate', extras.expression ?? { date, name: 'lexalign-ingestion' }),
      el('FRBRauthor', { href: '#lexalign' }),
      el('FRBRlanguage', { language: instrument.language || 'en' }),
    ]),
    frbr('FRBRManifestation', `${work}/${instrument.language || 'en'}/main.xml`, [
      el('FRBRdate', { date, name: 'generated' }),
      el('FRBRauthor', { href: '#lexalign' }),
    ]),
  ]);
  const meta = el('meta', undefined, [
    identification,
    ...(extras.meta ?? []),
    el('references', { source: '#lexalign' }, [
      el('TLCOrganization', { eId: 'lexalign', href: '/ontology/organization/lexalign', showAs: 'LexAlign' }),
      el('TLCOrganization', { eId: 'legislature', href: '/ontology/organization/legislature', showAs: 'Legislature' }),
    ]),
  ]);
  const preface = el('preface', undefined, [el('p', undefined, [el('docTitle', undefined, [instrument.title])])]);
  const doc = el(documentType(instrument), { name: instrument.id }, [meta, preface, el('body', undefined, body.length ? body : [el('p')])]);
  return xmlDocument(el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [doc]));
}
