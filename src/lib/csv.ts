/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF between records, and a field quoted when it
 * holds a comma, a quote or a line break, with its quotes doubled. UTF-8, so Arabic and Chinese
 * text stays as it is.
 */
export interface CsvColumn<Row> {
  header: string;
  value(row: Row): string | number | boolean | undefined;
}

export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
