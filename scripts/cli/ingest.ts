import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('ingest').description('(not built yet)').action(() => {
    console.error('lexalign ingest: not built yet');
    process.exitCode = 2;
  });
}
