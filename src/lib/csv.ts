/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF between records, and a field quoted when it
 * holds a comma, a quote or a line break, with its quotes doubled. UTF-8, so Arabic and Chinese
 * text stays as it is.
 */
export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | boolean | undefined;
}

/**
 * A spreadsheet runs a cell that starts with "=", "+", "-" or "@" (or a tab or carriage return
 * before one) as a formula, which can fetch from another host or run a command. As OWASP advises
 * against CSV injection, such a text cell is prefixed with an apostrophe and quoted, so it shows
 * as the text it is. Numbers come from the schema's number fields and are left as numbers.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | undefined): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = value ?? '';
  if (formulaStart.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  // Spreadsheets set to a language that separates with ";" would split an unquoted text there,
  // and a formula could start after it: text that holds one is quoted.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
