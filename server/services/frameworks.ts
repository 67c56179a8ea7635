import { buildFramework, type Framework, type FrameworkMember } from '../frameworks/build-framework.ts';
import { jurisdictionName } from '../citation/cite.ts';
import { regionalOverview, type RegionalOverview } from '../frameworks/regional-overview.ts';
import { lexError, LexAlignError } from '../errors.ts';
import type { Collection, InstrumentRow, Store } from '../store/types.ts';
import type { AlignmentService } from './alignments.ts';
import type { Catalogue } from './catalogue.ts';
import type { TemplateRegistry } from './templates.ts';

/** Bulk folders (`--extra`) are loaded for search and scale, not as anyone's law in force: never in a framework. */
const frameworkCollections: readonly Collection[] = ['samples', 'corpus', 'upload'];

interface FrameworkInstrument {
  id: string;
  title: string;
  kind: string;
  year: number | null;
  collection: Collection;
  included: boolean;
}

export interface FrameworkSummary {
  jurisdiction: string;
  name: string;
  /** Every statute is a sample of a made-up state, shipped for the demo and tests. */
  sample: boolean;
  instruments: FrameworkInstrument[];
}

export interface FrameworkDetail {
  summary: FrameworkSummary;
  framework: Framework;
  /** The included instruments' rows, in framework order. */
  members: InstrumentRow[];
  /** Their served tables, in the same order (to read the framework again over other articles). */
  tables: FrameworkMember[];
  /** Included instruments the engine could not align, with the reason (left out of the reading). */
  errors: Array<{ instrument: string; reason: string }>;
}

/**
 * Frameworks: each jurisdiction's statutes in the library, with the person's saved choice of which to include.
 * Tables come from AlignmentService (cached, reviews merged); this service only groups and reads them together.
 */
export class FrameworkService {
  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
    private readonly alignments: AlignmentService,
    private readonly templates: TemplateRegistry,
    /** A real corpus is served: the samples of made-up states stay out of the regional overview. */
    private readonly realCorpus: boolean,
  ) {}

  private rowsOf(jurisdiction?: string): InstrumentRow[] {
    return this.catalogue
      .list()
      .filter((r) => frameworkCollections.includes(r.collection))
      .filter((r) => !jurisdiction || r.instrument.jurisdiction === jurisdiction);
  }

  private summary(jurisdiction: string, rows: InstrumentRow[], choices = this.store.frameworkChoices()): FrameworkSummary {
    const statutes = rows.filter((r) => r.instrument.role === 'statute');
    return {
      jurisdiction,
      name: jurisdictionName(jurisdiction),
      sample: statutes.length > 0 && statutes.every((r) => r.collection === 'samples'),
      instruments: statutes.map((r) => ({
        id: r.id,
        title: r.instrument.title,
        kind: r.instrument.kind,
        year: r.instrument.year,
        collection: r.collection,
        included: choices.get(r.id) ?? true,
      })),
    };
  }

  /** Every jurisdiction with a statute, by name. */
  list(): FrameworkSummary[] {
    const byJurisdiction = new Map<string, InstrumentRow[]>();
    for (const row of this.rowsOf()) {
      if (row.instrument.role !== 'statute') continue;
      const j = row.instrument.jurisdiction;
      byJurisdiction.set(j, [...(byJurisdiction.get(j) ?? []), row]);
    }
    const choices = this.store.frameworkChoices();
    return [...byJurisdiction.entries()]
      .map(([j, rows]) => this.summary(j, rows, choices))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A jurisdiction's framework summary, or the coded error saying why there is none. */
  find(code: string): FrameworkSummary {
    const jurisdiction = code.toUpperCase();
    const rows = this.rowsOf(jurisdiction);
    const statutes = rows.filter((r) => r.instrument.role === 'statute');
    if (statutes.length === 0) {
      const templates = rows.filter((r) => r.instrument.role === 'template').map((r) => r.instrument.title);
      // Treaties are loaded as templates, not as instruments of the library: INT is theirs.
      if (jurisdiction === 'INT') for (const t of this.templates.list()) templates.push(t.title);
      if (templates.length) throw lexError('TEMPLATES_ONLY', jurisdiction, templates.slice(0, 3).join('; '));
      const known = this.list().map((f) => f.jurisdiction);
      throw lexError('UNKNOWN_JURISDICTION', jurisdiction, known.length ? `; frameworks exist for ${known.join(', ')}` : '');
    }
    return this.summary(jurisdiction, rows);
  }

  setIncluded(code: string, instrument: string, included: boolean): FrameworkSummary {
    const summary = this.find(code);
    const row = this.catalogue.get(instrument);
    if (row.instrument.jurisdiction !== summary.jurisdiction || row.instrument.role !== 'statute') {
      throw lexError('NOT_IN_FRAMEWORK', instrument, jurisdictionName(row.instrument.jurisdiction), summary.name);
    }
    this.store.setFrameworkChoice(instrument, included);
    this.alignments.generation++;
    return this.find(code);
  }

  async get(code: string, template: string): Promise<FrameworkDetail> {
    const tpl = this.templates.get(template);
    const summary = this.find(code);
    const chosen = summary.instruments.filter((i) => i.included);
    if (chosen.length === 0) throw lexError('EMPTY_FRAMEWORK', summary.name, String(summary.instruments.length));
    const members: FrameworkMember[] = [];
    const rows: InstrumentRow[] = [];
    const errors: FrameworkDetail['errors'] = [];
    for (const i of chosen) {
      const row = this.catalogue.get(i.id);
      try {
        members.push({ instrument: row.instrument, table: (await this.alignments.table(i.id, tpl.id)).table });
        rows.push(row);
      } catch (error) {
        errors.push({ instrument: i.id, reason: error instanceof LexAlignError ? error.message : 'the alignment engine failed on this text' });
      }
    }
    return { summary, framework: buildFramework(summary.jurisdiction, tpl.id, tpl.articles, members), members: rows, tables: members, errors };
  }

  /**
   * Every framework with an included statute (or the named ones). With a real corpus the samples of made-up states
   * are left out unless asked for (the matrix shows them, labelled): a regional plan is about real states.
   */
  async frameworks(template: string, only?: string[], withSamples = false): Promise<FrameworkDetail[]> {
    const wanted = only?.map((j) => j.toUpperCase());
    const summaries = wanted ? wanted.map((j) => this.find(j)) : this.list().filter((f) => withSamples || !(this.realCorpus && f.sample));
    const out: FrameworkDetail[] = [];
    for (const s of summaries) {
      if (!s.instruments.some((i) => i.included)) continue;
      const detail = await this.get(s.jurisdiction, template);
      if (detail.members.length) out.push(detail);
    }
    return out;
  }

  async overview(template: string, only?: string[]): Promise<RegionalOverview> {
    const tpl = this.templates.get(template);
    const details = await this.frameworks(template, only);
    return regionalOverview(tpl.id, tpl.articles, details.map((d) => ({ framework: d.framework, name: d.summary.name, sample: d.summary.sample })));
  }
}

