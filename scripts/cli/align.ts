import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('align').description('(not built yet)').action(() => {
    console.error('lexalign align: not built yet');
    process.exitCode = 2;
  });
}
