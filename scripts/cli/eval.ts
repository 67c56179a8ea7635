import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('eval').description('(not built yet)').action(() => {
    console.error('lexalign eval: not built yet');
    process.exitCode = 2;
  });
}
