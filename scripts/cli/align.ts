import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { alignInstrument } from '../../server/align/align-instrument.ts';
import { formatMatrix } from '../../server/align/format-matrix.ts';
import { resolveTemplate } from '../../server/align/resolve-template.ts';
import type { CorrelationTable } from '../../server/align/types.ts';
import { corpusDir } from '../../server/corpus-dir.ts';
import { loadThesaurus } from '../../server/thesaurus/index.ts';

interface AlignFlags {
  template: string;
  out?: string;
  corpus?: string;
}

/** Files named on the command line, folders expanded to the statute files they hold. */
function statuteFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    if (!existsSync(a)) missing.push(a);
    else if (statSync(a).isDirectory()) {
      for (const n of readdirSync(a).sort()) if (/\.(md|txt|html?|json|pdf|docx)$/i.test(n)) files.push(join(a, n));
    } else files.push(a);
  }
  return { files, missing };
}

export function register(program: Command): void {
  program
    .command('align')
    .description('Align statutes with a template, article by article; write correlation tables and print a matrix.')
    .requiredOption('--template <file|id>', 'template profile file, or a template id from corpus/templates')
    .option('--out <dir>', 'write <dir>/<instrument>.json for each statute')
    .option('--corpus <dir>', 'corpus folder holding the template text (default: $LEXALIGN_CORPUS)')
    .argument('<statutes...>', 'statute files or folders')
    .action(async (statutes: string[], flags: AlignFlags) => {
      const { files, missing } = statuteFiles(statutes);
      for (const m of missing) console.error(`lexalign align: ${m}: no such file or folder`);
      if (files.length === 0) {
        console.error('lexalign align: no statute files to align');
        process.exitCode = 1;
        return;
      }
      const corpus = corpusDir(flags.corpus);
      if (flags.corpus && !corpus) console.error(`lexalign align: --corpus ${flags.corpus} is not a folder: aligning with the profile summaries`);
      const thesaurus = loadThesaurus();
      const { ingestFile } = await import('../../server/ingest/index.ts');
      const template = await resolveTemplate(flags.template, corpus, thesaurus, (s) => ingestFile(s.path, s.meta));
      for (const w of template.warnings) console.error(`lexalign align: ${w}`);
      if (flags.out) mkdirSync(flags.out, { recursive: true });
      const tables: CorrelationTable[] = [];
      let failed = missing.length > 0;
      for (const file of files) {
        try {
          const ingest = await ingestFile(file);
          const table = alignInstrument(template, ingest, thesaurus);
          tables.push(table);
          if (flags.out) writeFileSync(join(flags.out, `${table.instrument}.json`), `${JSON.stringify(table, null, 2)}\n`);
        } catch (err) {
          failed = true;
          console.error(`lexalign align: ${file}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (tables.length) console.log(formatMatrix(tables, template.articles.map((a) => a.article)));
      if (flags.out) console.log(`\nWrote ${tables.length} correlation table(s) to ${flags.out}`);
      process.exitCode = failed ? 1 : 0;
    });
}
