// A cell a spreadsheet would read as a formula (or a DDE call): article text is untrusted, so
// such a cell is prefixed with a single quote, which spreadsheets show and never evaluate
// (OWASP, "CSV Injection"). Numbers the export writes itself are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralised against formula injection, then quoted per RFC 4180 when needed. */
export function csvCell(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
