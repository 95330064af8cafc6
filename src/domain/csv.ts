/**
 * One CSV cell, safe to open in a spreadsheet (the roadmap macro's CSV export). Pure, shared by
 * the UI and tests.
 */

/**
 * Text a spreadsheet would run as a formula: `=`, `+`, `-`, `@` or their full-width forms
 * (`＝＋－＠`, which Excel and Sheets read as the ASCII ones) first, also after leading spaces or
 * line breaks (which spreadsheets trim); or a leading tab, CR or LF (cell-splitting tricks).
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * A CSV cell (RFC 4180): text that could start a formula is prefixed with `'` (OWASP's advice, so
 * it shows as typed); a cell with a quote, comma or line break is quoted. Numbers are written as
 * they are (a negative number is not a formula).
 */
export function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  const safe = typeof v === 'string' && FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
