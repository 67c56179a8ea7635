import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveTemplate } from '../../server/align/resolve-template.ts';
import { corpusDir } from '../../server/corpus-dir.ts';
import { instrumentPath, readManifest, type ManifestEntry } from '../../server/eval/corpus-manifest.ts';
import { formatReport } from '../../server/eval/format-report.ts';
import { readTables, readTablesFrom } from '../../server/eval/read-tables.ts';
import { runEvaluation } from '../../server/eval/run-eval.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';

interface EvalFlags {
  gold: string[];
  pred?: string;
  corpus?: string;
  template: string;
  json?: boolean;
  diffs?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score correlation tables against expert (gold) tables, with BM25 and Smith-Waterman baselines.')
    .requiredOption('--gold <dirs...>', 'folders of expert correlation tables (one or more)')
    .option('--pred <dir>', 'folder of predicted tables (default: align the gold instruments now)')
    .option('--corpus <dir>', 'corpus folder with manifest.json (default: $LEXALIGN_CORPUS)')
    .option('--template <file|id>', 'template profile or id', 'coe-budapest-convention-2001')
    .option('--json', 'print the report as JSON')
    .option('--diffs', 'also list, per statute, the articles where LexAlign and the expert disagree')
    .action(async (flags: EvalFlags) => {
      try {
        const gold = readTablesFrom(flags.gold);
        const pred = flags.pred ? readTables(flags.pred) : undefined;
        const corpus = corpusDir(flags.corpus);
        if (flags.corpus && !corpus) throw new Error(`--corpus ${flags.corpus}: no such folder`);
        if (!pred && !corpus) throw new Error('no --pred folder and no corpus (--corpus or LEXALIGN_CORPUS): nothing to score');
        const manifest: ManifestEntry[] = corpus ? readManifest(corpus) : [];
        const thesaurus = loadThesaurus();
        const { ingestFile } = await import('../../server/ingest/index.ts');
        const template = await resolveTemplate(flags.template, corpus, thesaurus, (s) => ingestFile(s.path, s.meta));
        const report = await runEvaluation({
          gold,
          pred,
          template,
          thesaurus,
          ingest: async (id) => {
            const path = corpus ? instrumentPath(corpus, manifest, id) : null;
            return path && existsSync(path) ? ingestFile(path, { id }) : null;
          },
        });
        console.log(flags.json ? JSON.stringify(report, null, 2) : formatReport(report, { diffs: flags.diffs }));
        process.exitCode = 0;
      } catch (err) {
        console.error(`lexalign eval: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
      }
    });
}
