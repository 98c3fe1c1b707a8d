import type { X509Certificate } from 'node:crypto'

/** A certificate's subject on one line, for messages. */
export function subjectText(certificate: X509Certificate): string {
  return certificate.subject.split('\n').join(', ')
}
