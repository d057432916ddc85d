/**
 * CSV as Excel and LibreOffice read it: UTF-8 with a byte-order mark (without it Excel reads
 * "Zoë" as "ZoÃ«"), RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a
 * formula. Pure functions; the export endpoints stream their output line by line.
 */

/** A cell's value: text, a number (written as is), or nothing (an empty cell). */
export type Cell = null | number | string | undefined

/** The byte-order mark that tells Excel the file is UTF-8. */
export const CSV_BOM = '\uFEFF'

/** Characters that make a spreadsheet read a cell as a formula (or hide what follows a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Text a participant typed ("=HYPERLINK(…)", "+62 812…", "@SUM(…)") is shown as text, never run:
 * a leading quote makes Excel, LibreOffice and Google Sheets take the cell literally (OWASP's
 * advice against CSV injection). Numbers are written as numbers and need no guard.
 */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

/** One field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export const csvField = (value: Cell): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = neutraliseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, ended by CRLF as RFC 4180 asks. */
export const csvLine = (values: readonly Cell[]): string => values.map(csvField).join(',') + '\r\n'
