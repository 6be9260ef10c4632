/** CSV output, and the guard against formula injection in files meant for spreadsheets. */

/** Quotes a field when it holds the separator, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/**
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe. Only for spreadsheet exports: the data keeps the
 * text verbatim. Plain numbers such as `-3` are left alone.
 */
export function neutraliseFormula(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+([.,]\d+)?$/.test(value)) return `'${value}`;
  return value;
}
