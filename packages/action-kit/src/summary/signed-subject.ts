// The cells signing summaries show a signed subject in: an image by its repository (its digest
// has a column of its own), a file by its path, visibly quoted when the name is not plain text.
import { plainOrQuoted } from '@sign/safe-text'
import type { Inline } from './inline.ts'
import { JobSummary } from './job-summary.ts'

/** A signed subject as the signing actions' `signatures` output lists it. */
export interface SignedSubject {
  /** `registry/repository@sha256:…` for an image; the file's path for a file. */
  subject: string
  /** The signed digest (`sha256:…`, or the key's hash for a notation file signature). */
  digest: string
  kind: 'image' | 'file'
}

/** A path a step wrote or signed, as code: as it is when plain, else quoted with escapes. */
export function pathCell(options: { path: string }): Inline {
  return { code: plainOrQuoted(options.path) }
}

/**
 * The subject column's cell: an image as `registry/repository` with the whole reference as its
 * title (the digest has its own column), a file as its path.
 */
export function subjectCell(options: { subject: Pick<SignedSubject, 'subject' | 'kind'> }): Inline {
  const { subject, kind } = options.subject
  if (kind === 'file') return pathCell({ path: subject })
  const at = subject.lastIndexOf('@')
  return { code: at > 0 ? subject.slice(0, at) : subject, title: subject }
}

/**
 * The body of a "Full digests" fold: a list item per subject, an image's whole reference (which
 * holds its digest), a file's digest then its path, as sha256sum lists them. A list wraps where
 * a table would widen the page.
 */
export function fullDigests(options: { subjects: readonly SignedSubject[] }): JobSummary {
  return new JobSummary().list(
    options.subjects.map(({ subject, digest, kind }): Inline =>
      kind === 'image' ? { code: subject } : [{ code: digest }, ' ', pathCell({ path: subject })]
    )
  )
}
