// An in-memory DuckDB for SQL tests: tables of text cells loaded with the appender, queries as row objects.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { duckdb } from '../../src/core/sql/duckdb';
import { cellText } from '../../src/core/values';

export async function openDuckDB(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

/** A table of VARCHAR columns holding each cell as a CSV export of the sheet would (blank → NULL). */
export async function loadTable(connection: DuckDBConnection, name: string, headers: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE ${duckdb.ident(name)} (${headers.map((h) => `${duckdb.ident(h)} VARCHAR`).join(', ')})`);
  const appender = await connection.createAppender(name);
  for (const row of rows) {
    for (let i = 0; i < headers.length; i++) {
      const value = row[i];
      if (value === null || value === undefined || value === '') appender.appendNull();
      else appender.appendVarchar(typeof value === 'string' ? value : cellText(value));
    }
    appender.endRow();
  }
  appender.closeSync();
}

export async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const statements = sql.split(/;\n/);
  for (const statement of statements.slice(0, -1)) await connection.run(statement);
  const reader = await connection.runAndReadAll(statements[statements.length - 1]);
  // Counts come back as BIGINT: plain numbers compare with the sheet's.
  return (reader.getRowObjectsJS() as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])));
}
