import { plainOrQuoted, quote } from '@sign/safe-text'
import { invalid, type Subject } from './subject.ts'

/** Options of {@link parseBase64Subjects}. */
export interface ParseBase64SubjectsOptions {
  /** The `base64-subjects` input: base64 of `sha256sum` output. */
  text: string
}

/** Standard base64 with padding; line breaks are skipped, as Go's decoder skips them. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** A SHA-256 hex digest, either case (it is lower-cased first, so upper case never reaches it). */
const DIGEST = /^[a-fA-F0-9]{64}$/

/**
 * Subjects from slsa-github-generator's `base64-subjects` input, read exactly as its generic
 * generator reads them: base64-decoded, then each line trimmed and split at its first single
 * space or tab into digest and name; the digest lower-cased and checked to be 64 hex digits, the
 * name trimmed (so sha256sum's two spaces are fine, and binary mode's `*name` keeps its `*`);
 * lines that are empty once trimmed skipped; a name seen before refused. Every refusal names the
 * line. Nothing at all (or only empty lines) is refused too, as the generator refuses it.
 */
export function parseBase64Subjects(options: ParseBase64SubjectsOptions): Subject[] {
  const encoded = options.text.replace(/[\r\n]/g, '')
  if (!BASE64.test(encoded)) {
    throw invalid(
      'The subjects are not base64 (standard alphabet, padded): encode the sha256sum output with base64 -w0'
    )
  }
  const text = Buffer.from(encoded, 'base64').toString('utf8')
  const subjects: Subject[] = []
  const lineOfName = new Map<string, number>()
  const lines = text.split('\n')
  // A final line break ends the last line; it does not start another.
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((raw, index) => {
    const line = `line ${index + 1}`
    const trimmed = raw.replace(/\r$/, '').trim()
    const split = /[\t ]/.exec(trimmed)
    const first = split === null ? trimmed : trimmed.slice(0, split.index)
    const digest = first.trim().toLowerCase()
    if (digest === '') return
    if (!DIGEST.test(digest)) {
      throw invalid(
        `Subjects ${line}: ${quote(first)} is not a SHA-256 digest (64 hex digits, then a space and the name)`
      )
    }
    if (split === null) throw invalid(`Subjects ${line}: the digest ${digest} has no name after it`)
    const name = trimmed.slice(split.index + 1).trim()
    if (name === '') throw invalid(`Subjects ${line}: the digest ${digest} has no name after it`)
    const earlier = lineOfName.get(name)
    if (earlier !== undefined) {
      throw invalid(
        `Subjects ${line}: the name ${plainOrQuoted(name)} is given twice (first on line ${earlier})`
      )
    }
    lineOfName.set(name, index + 1)
    subjects.push({ name, digest: { sha256: digest } })
  })
  if (subjects.length === 0) throw invalid('The subjects list no file: it is empty once decoded')
  return subjects
}
