import { lexError } from '../errors.ts';
import { maxOf } from '../large-arrays.ts';
import type { IngestResult } from '../ingest/types.ts';
import type { ReviewRecord, Store } from '../store/types.ts';
import { reviewCarrier, type ReviewCarried } from '../versions/carried-reviews.ts';
import { diffVersions, sharedUnits } from '../versions/diff-versions.ts';
import type { VersionDiff } from '../versions/types.ts';
import type { Catalogue } from './catalogue.ts';

/** Below this share of units in common, an upload is not taken as a version of the instrument named. */
const MIN_SHARE = 0.4;

interface VersionEntry {
  id: string;
  number: number;
  title: string;
  year: number | null;
  kind: string;
  /** When this text entered the library (ISO date-time). */
  date: string;
  collection: string;
}

/** A review made on an earlier version, shown on a later one with what became of the text it cites. */
export interface CarriedReview extends ReviewCarried {
  version: { id: string; number: number; title: string; date: string };
  review: ReviewRecord;
}

/**
 * Versions of one law: the instrument first ingested is version 1 (the series id); a text uploaded "as a new
 * version of" it is kept beside it as `<series>.v2`, `.v3` ..., never in its place, so reviews stay with the text
 * they were made on.
 */
export class VersionService {
  constructor(
    private readonly store: Store,
    private readonly catalogue: Catalogue,
  ) {}

  seriesOf(id: string): string {
    return this.store.getVersion(id)?.series ?? id;
  }

  list(id: string): { series: string; versions: VersionEntry[] } {
    this.catalogue.get(id);
    const series = this.seriesOf(id);
    const entry = (vid: string, number: number, date?: string): VersionEntry | null => {
      if (!this.catalogue.has(vid)) return null;
      const row = this.catalogue.get(vid);
      return { id: vid, number, title: row.instrument.title, year: row.instrument.year, kind: row.instrument.kind, date: date ?? row.updatedAt, collection: row.collection };
    };
    const versions = [entry(series, 1), ...this.store.listVersions(series).map((v) => entry(v.id, v.number, v.createdAt))].filter((v): v is VersionEntry => !!v);
    return { series, versions };
  }

  /** The id and number the next version of `of`'s series gets; 404 when `of` is unknown. */
  next(of: string, reserved: ReadonlySet<string>): { id: string; series: string; number: number } {
    this.catalogue.get(of);
    const series = this.seriesOf(of);
    let number = maxOf(this.store.listVersions(series).map((v) => v.number), 1) + 1;
    while (this.catalogue.has(`${series}.v${number}`) || this.store.getInstrumentRow(`${series}.v${number}`) || reserved.has(`${series}.v${number}`)) number++;
    return { id: `${series}.v${number}`, series, number };
  }

  /** Refuses a text that shares too little with the latest version to be a version of it (nothing is stored). */
  check(series: string, result: IngestResult): void {
    const latest = this.list(series).versions.at(-1)!;
    const diff = diffVersions(
      { id: latest.id, title: latest.title, provisions: this.catalogue.provisions(latest.id) },
      { id: 'upload', title: result.instrument.title, provisions: result.provisions },
    );
    const { shared, of, share } = sharedUnits(diff);
    if (share < MIN_SHARE) {
      throw lexError('NOT_A_VERSION', `The uploaded text shares ${shared} of ${of} sections with the ${latest.title} (${latest.id}), so it does not look like a version of it. ` +
        'Nothing was stored; upload it as an instrument of its own.');
    }
  }

  record(version: { id: string; series: string; number: number }): void {
    this.store.addVersion(version);
  }

  diff(fromId: string, toId: string): VersionDiff {
    const from = this.catalogue.get(fromId).instrument;
    const to = this.catalogue.get(toId).instrument;
    if (this.seriesOf(fromId) !== this.seriesOf(toId)) {
      throw lexError('NOT_A_VERSION', `“${from.title}” (${fromId}) and “${to.title}” (${toId}) are not versions of one law; upload a text “as a new version of” an instrument to compare its versions.`);
    }
    return diffVersions(
      { id: fromId, title: from.title, provisions: this.catalogue.provisions(fromId) },
      { id: toId, title: to.title, provisions: this.catalogue.provisions(toId) },
    );
  }

  /**
   * Reviews made on the earlier versions of `id`'s law, per article of `template`: each as it was recorded (never
   * copied to the later version), with whether the units it cites have the same text in `id`. Latest version
   * first, and within a version newest first; empty for a law's first version.
   */
  carriedReviews(id: string, template: string): Array<{ article: string; reviews: CarriedReview[] }> {
    const { versions } = this.list(id);
    const here = versions.find((v) => v.id === id);
    const earlier = versions.filter((v) => here && v.number < here.number).reverse();
    const cells = new Map<string, CarriedReview[]>();
    for (const v of earlier) {
      const articles = [...this.store.currentReviews(v.id, template).keys()];
      if (!articles.length) continue;
      const carry = reviewCarrier(this.diff(v.id, id));
      const version = { id: v.id, number: v.number, title: v.title, date: v.date };
      for (const article of articles) {
        const list = cells.get(article) ?? [];
        for (const review of this.store.reviewHistory(v.id, template, article)) list.push({ version, review, ...carry(review) });
        cells.set(article, list);
      }
    }
    return [...cells].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([article, reviews]) => ({ article, reviews }));
  }
}
