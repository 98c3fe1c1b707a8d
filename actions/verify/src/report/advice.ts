import type { SubjectReport } from '@sign/verify'

/** Options of {@link subjectAdvice}. */
export interface SubjectAdviceOptions {
  subject: SubjectReport
}

/**
 * What to do about a failed subject, when its report alone tells: one with nothing found at all
 * must be signed first (or allowed unsigned). Undefined when the reasons of its signatures say
 * more than advice could.
 */
export function subjectAdvice(options: SubjectAdviceOptions): string | undefined {
  const { subject } = options
  if (subject.verified || subject.digest === '') return undefined
  if (subject.signatures.some(signature => signature.category !== 'other')) return undefined
  return 'Sign it first (the cosign-keyless or notation-sign-akv action), or set allow-unsigned: true if it may pass unsigned.'
}
