import { Command, CommanderError } from 'commander';

/** Each sub-command lives in its own module and adds itself to the program. */
const commands = ['./ingest.ts', './align.ts', './eval.ts', './serve.ts', './user.ts', './backup.ts'];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('lexalign')
    .description('Compare national laws with model laws, provision by provision.')
    .exitOverride();
  for (const path of commands) {
    const mod = (await import(path)) as { register(program: Command): void };
    mod.register(program);
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    console.error(`lexalign: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
