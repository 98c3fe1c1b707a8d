import type { SignedBundle, SigstoreInstance } from '@sign/sigstore'
import type { SignatureRecord } from './signature-record.ts'

/** What a run of the step did, as its summary and its log's result lines show it. */
export interface SigningReport {
  /** One per signed subject, as the `signatures` output lists them. */
  records: SignatureRecord[]
  /** The (last) signing certificate, PEM: who signed. */
  certificatePem: string
  /** The services signed with: where the log entries are, what a verifier must trust. */
  instance: SigstoreInstance
  /** When the signatures were made: the earliest Rekor integrated time (Rekor v1 only). */
  signedAt: Date | undefined
}

/** Options of {@link signingTime}. */
export interface SigningTimeOptions {
  signed: readonly SignedBundle[]
}

/** The earliest integrated time of the bundles' Rekor entries, or undefined when none has one. */
export function signingTime(options: SigningTimeOptions): Date | undefined {
  const seconds = options.signed
    .map(bundle => Number(bundle.tlogEntry?.integratedTime))
    .filter(time => Number.isSafeInteger(time) && time > 0)
  return seconds.length === 0 ? undefined : new Date(Math.min(...seconds) * 1000)
}
