import { analysisFingerprint } from './analysis.ts';
import { decodeDocs, encodeDocs } from './doc-codec.ts';
import { SearchIndexError } from './errors.ts';
import { decodeShard, encodeShard } from './shard-codec.ts';
import type { Shard } from './shard.ts';
import type { SearchDoc } from './types.ts';
import { validateDocs } from './validate-docs.ts';

const FORMAT = 'lexalign-provision-search';
/** 2: typed-array postings, varint streams and provisions as columns (1 held lunr's JSON). */
const VERSION = 2;

/**
 * The serialised index: JSON `{ format, version, analysis, docs, shards }`. Live provisions only, written shard by
 * shard, so that on reading each shard holds the next run of provisions; tombstones are dropped.
 */
export function writeIndexFile(shards: readonly Shard[], docOf: (slot: number) => SearchDoc): string {
  const live = shards.filter((s) => s.liveCount > 0);
  const docs: SearchDoc[] = [];
  for (const shard of live) {
    shard.slots.forEach((slot, local) => {
      if (shard.live[local]) docs.push(docOf(slot));
    });
  }
  return JSON.stringify({ format: FORMAT, version: VERSION, analysis: analysisFingerprint(), docs: encodeDocs(docs), shards: live.map(encodeShard) });
}

/** Reads a serialised index: its provisions (slot = position) and its shards, or a SearchIndexError saying why not. */
export function readIndexFile(serialised: string): { docs: SearchDoc[]; shards: Shard[] } {
  if (typeof serialised !== 'string') throw new SearchIndexError('serialised search index must be a string');
  let raw: { format?: unknown; version?: unknown; analysis?: unknown; docs?: unknown; shards?: unknown };
  try {
    raw = JSON.parse(serialised);
  } catch (err) {
    throw new SearchIndexError(`serialised search index is not valid JSON (${(err as Error).message})`);
  }
  if (!raw || raw.format !== FORMAT) throw new SearchIndexError(`not a serialised search index (format "${FORMAT}" expected)`);
  if (raw.version !== VERSION) throw new SearchIndexError(`search index version ${String(raw.version)} cannot be read (version ${VERSION} expected): rebuild it`);
  if (raw.analysis !== analysisFingerprint()) {
    throw new SearchIndexError('search index was built with different stemming or spelling rules: rebuild it');
  }
  const docs = validateDocs(decodeDocs(raw.docs, 'load: docs'), 'load');
  if (!Array.isArray(raw.shards)) throw new SearchIndexError('load: "shards" must be an array');
  let base = 0;
  const shards = raw.shards.map((s: unknown, i: number) => {
    const size = (s as { size?: unknown } | null)?.size;
    if (!Number.isInteger(size) || (size as number) <= 0 || base + (size as number) > docs.length) {
      throw new SearchIndexError(`load: shard ${i} refers to missing provisions`);
    }
    const slots = Int32Array.from({ length: size as number }, (_, k) => base + k);
    base += size as number;
    return decodeShard(s, slots, `load: shard ${i}`);
  });
  if (base !== docs.length) throw new SearchIndexError('load: some provisions are in no shard');
  return { docs, shards };
}
