import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('serve').description('(not built yet)').action(() => {
    console.error('lexalign serve: not built yet');
    process.exitCode = 2;
  });
}
