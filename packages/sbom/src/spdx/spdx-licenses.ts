import spdxIds from '../../schemas/cyclonedx/spdx.SNAPSHOT.schema.json' with { type: 'json' }
import { sanitizeSpdxIdPart } from './spdx-ids.ts'

/**
 * Licences as the model holds them (SPDX expressions as the package metadata declared them) made
 * into valid SPDX license expressions: identifiers the SPDX licence list knows stay as they are,
 * anything else becomes a `LicenseRef-…` whose text is kept in the document's extracted
 * licensing information (SPDX 2.3 §10), as SPDX requires for licences outside the list.
 */

const KNOWN = new Set<string>(spdxIds.enum)
const OPERATORS = new Set(['AND', 'OR', 'WITH'])

/** Whether `id` is on the SPDX licence list (licences and exceptions) this package carries. */
export function isKnownSpdxLicenseId(id: string): boolean {
  return KNOWN.has(id)
}

/** One licence that is not on the list, as a `LicenseRef-…`. */
export interface ExtractedLicense {
  licenseId: string
  text: string
}

/** An SPDX expression for `licenses` and the `LicenseRef-…` licences it uses. */
export interface SpdxLicenseExpression {
  /** Absent when there is no licence. */
  expression?: string
  extracted: ExtractedLicense[]
}

/** Options of {@link spdxLicenseExpression}. */
export interface SpdxLicenseExpressionOptions {
  licenses: readonly string[]
}

/**
 * The licences of a package as one expression: each declared licence that is a valid expression
 * over known identifiers is kept, anything else becomes `LicenseRef-<sanitised>`; several are
 * joined with `AND` (each in parentheses when compound).
 */
export function spdxLicenseExpression(
  options: SpdxLicenseExpressionOptions
): SpdxLicenseExpression {
  const extracted = new Map<string, ExtractedLicense>()
  const parts: string[] = []
  for (const raw of options.licenses) {
    const license = raw.trim()
    if (license === '' || license === 'NOASSERTION' || license === 'NONE') continue
    if (isSimpleExpression(license)) {
      parts.push(license)
      continue
    }
    const licenseId = `LicenseRef-${sanitizeSpdxIdPart(license)}`
    extracted.set(licenseId, { licenseId, text: license })
    parts.push(licenseId)
  }
  const unique = [...new Set(parts)]
  const expression =
    unique.length === 0
      ? undefined
      : unique.length === 1
        ? unique[0]
        : unique.map(part => (/\s/.test(part) ? `(${part})` : part)).join(' AND ')
  return { ...(expression === undefined ? {} : { expression }), extracted: [...extracted.values()] }
}

/**
 * Whether `text` is an SPDX expression over known identifiers (and `LicenseRef-`s): tokens are
 * identifiers (optionally `+`), `AND`/`OR`/`WITH` and balanced parentheses, in a valid order.
 */
export function isSimpleExpression(text: string): boolean {
  const tokens = text.replace(/[()]/g, ' $& ').trim().split(/\s+/)
  let depth = 0
  let expectOperand = true
  for (const token of tokens) {
    if (token === '(') {
      if (!expectOperand) return false
      depth++
    } else if (token === ')') {
      if (expectOperand || depth === 0) return false
      depth--
    } else if (OPERATORS.has(token)) {
      if (expectOperand) return false
      expectOperand = true
    } else {
      if (!expectOperand) return false
      const id = token.endsWith('+') ? token.slice(0, -1) : token
      if (
        !isKnownSpdxLicenseId(id) &&
        !/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)
      )
        return false
      expectOperand = false
    }
  }
  return depth === 0 && !expectOperand
}
