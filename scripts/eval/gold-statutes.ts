/**
 * I/O edge shared by the validation scripts (loso, ablation, calibration): reads the gold tables, the template and
 * the thesaurus, and ingests each gold statute once, so that the scripts can align it many times.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Command } from 'commander';
import { resolveTemplate } from '../../server/align/resolve-template.ts';
import { corpusDir } from '../../server/corpus-dir.ts';
import { instrumentPath, readManifest } from '../../server/eval/corpus-manifest.ts';
import { readTablesFrom } from '../../server/eval/read-tables.ts';
import type { AlignSetup, GoldStatute } from '../../server/eval/score-with-rules.ts';
import { ingestFile } from '../../server/ingest/index.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';

export interface GoldFlags {
  gold: string[];
  corpus?: string;
  template: string;
  json?: boolean;
}

/** The flags every validation script takes. */
export function goldCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .requiredOption('--gold <dirs...>', 'folders of expert correlation tables (one or more)')
    .option('--corpus <dir>', 'corpus folder with manifest.json (default: $LEXALIGN_CORPUS)')
    .option('--template <file|id>', 'template profile or id', 'coe-budapest-convention-2001')
    .option('--json', 'print the result as JSON');
}

export interface LoadedGold extends AlignSetup {
  statutes: GoldStatute[];
  /** Gold tables whose statute text the corpus lacks: not scored. */
  skipped: string[];
  /** The template's profile file (its calibration is written beside it). */
  profilePath: string;
}

export async function loadGoldStatutes(flags: GoldFlags): Promise<LoadedGold> {
  const corpus = corpusDir(flags.corpus);
  if (!corpus) throw new Error(flags.corpus ? `--corpus ${flags.corpus}: no such folder` : 'no corpus: pass --corpus <dir> or set LEXALIGN_CORPUS');
  const gold = readTablesFrom(flags.gold);
  const manifest = readManifest(corpus);
  const thesaurus = loadThesaurus();
  const template = await resolveTemplate(flags.template, corpus, thesaurus, (s) => ingestFile(s.path, s.meta));
  const statutes: GoldStatute[] = [];
  const skipped: string[] = [];
  for (const [id, table] of gold) {
    const path = instrumentPath(corpus, manifest, id);
    if (!path || !existsSync(path)) {
      skipped.push(id);
      continue;
    }
    statutes.push({ id, gold: table, ingest: await ingestFile(path, { id }) });
  }
  if (statutes.length === 0) throw new Error('no gold statute has its text in the corpus: nothing to score');
  return { template, thesaurus, statutes, skipped, profilePath: template.profilePath };
}

/** A short label for a statute in wide tables: its jurisdiction prefix, unless two statutes share it. */
export function shortLabels(ids: string[]): Map<string, string> {
  const prefix = (id: string): string => id.split('-')[0];
  return new Map(ids.map((id) => [id, ids.filter((o) => prefix(o) === prefix(id)).length > 1 ? id : prefix(id)]));
}

/** Load average, printed with every timing-sensitive or long run: the machine is shared. */
export const loadAverage = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Runs a script's body, printing errors as one line and setting the exit code (no stack traces for user errors). */
export async function runScript(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
