// The command line: `score` and `sql`. A problem the user can fix prints one line and exits with 1.
import { InputError } from '../core/values';
import { SCORE_USAGE, scoreCommand } from './score';
import { SQL_USAGE, sqlCommand } from './sql';

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'score') await scoreCommand(rest, (line) => process.stderr.write(`${line}\n`));
    else if (command === 'sql') sqlCommand(rest, (text) => process.stdout.write(`${text}\n`));
    else throw new InputError(`unknown command ${JSON.stringify(command ?? '')}; use score or sql`);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError) && !isDuckDBInputError(error)) throw error;
    process.stderr.write(`error: ${(error as Error).message}\n\nusage:\n  ${command === 'sql' ? SQL_USAGE : SCORE_USAGE}\n`);
    return 1;
  }
}

/** DuckDB's own errors about the input file (not CSV, unreadable Parquet) are the user's to fix too. */
function isDuckDBInputError(error: unknown): boolean {
  return error instanceof Error && /^(Invalid Input|IO|Conversion) Error/.test(error.message);
}
