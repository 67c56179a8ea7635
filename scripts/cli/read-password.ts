/**
 * A password for the CLI, never echoed and never taken from the command line (where `ps` and the shell's history
 * would keep it): typed at a prompt when a person is at a terminal, else the first line of standard input
 * (`printf '%s\n' "$PW" | lexalign user add ...`, for scripts).
 */

const MAX_INPUT = 10_000;

/** Reads a line at a terminal with echo off (raw mode: each key arrives as typed and nothing is shown). */
export function promptHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
        if (value.length > MAX_INPUT) return finish(new Error('the password is too long'));
      }
    }
    input.on('data', onData);
  });
}

/** The first line of standard input (a script's pipe or file). */
export async function firstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n') || text.length > MAX_INPUT) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** A new password: asked twice at a terminal (a typo would lock the account out), read once from a pipe. */
export async function readNewPassword(who: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const first = await promptHidden(`Password for ${who} (not shown; at least 10 characters): `);
  const again = await promptHidden('The same password again: ');
  if (first !== again) throw new Error('the two passwords differ; nothing was changed');
  return first;
}
