import { plainOrQuoted } from '@sign/safe-text'
import { ProvenanceError } from '../errors.ts'

/** What a statement attests: a file or an image, named, with its SHA-256 digest (lower-case hex). */
export interface Subject {
  name: string
  digest: { sha256: string }
}

/** The most subjects one statement lists (as actions/attest allows). */
export const MAX_SUBJECTS = 1024

/** A SHA-256 digest as statements write it: 64 lower-case hex digits. */
export const SHA256_HEX = /^[0-9a-f]{64}$/

/** Options of {@link checkSubjects}. */
export interface CheckSubjectsOptions {
  subjects: readonly Subject[]
}

/**
 * Refuses subjects a statement cannot carry: none, more than {@link MAX_SUBJECTS}, an empty name,
 * a digest that is not 64 lower-case hex digits, or the same name and digest twice.
 */
export function checkSubjects(options: CheckSubjectsOptions): void {
  const { subjects } = options
  if (subjects.length === 0) throw invalid('There are no subjects to attest: give at least one')
  if (subjects.length > MAX_SUBJECTS) {
    throw invalid(
      `There are ${subjects.length} subjects; one statement lists at most ${MAX_SUBJECTS}`
    )
  }
  const seen = new Set<string>()
  subjects.forEach((subject, index) => {
    if (subject.name === '') throw invalid(`Subject ${index + 1} has an empty name`)
    if (!SHA256_HEX.test(subject.digest.sha256)) {
      throw invalid(
        `Subject ${index + 1} (${plainOrQuoted(subject.name)}) has the SHA-256 digest ${plainOrQuoted(subject.digest.sha256)}, not 64 lower-case hex digits`
      )
    }
    const key = `${subject.digest.sha256} ${subject.name}`
    if (seen.has(key)) {
      throw invalid(
        `Subject ${index + 1} (${plainOrQuoted(subject.name)}, sha256:${subject.digest.sha256}) is listed twice`
      )
    }
    seen.add(key)
  })
}

export function invalid(message: string): ProvenanceError {
  return new ProvenanceError({ code: 'INVALID_SUBJECTS', message })
}
