import type { NotaryAlgorithm } from '@sign/notation'
import type { Inputs } from '../inputs.ts'
import type { SignatureRecord } from './signature-record.ts'

/** What a run of the step did, as its summary and its log's result lines show it. */
export interface SigningReport {
  /** One per signed subject, as the `signatures` output lists them. */
  records: SignatureRecord[]
  /** The signing chain, DER, leaf first, ending in its root. */
  chain: Buffer[]
  algorithm: NotaryAlgorithm
  format: Inputs['signatureFormat']
  /** The Key Vault key id as given; undefined for a local key (key-file). */
  keyId: string | undefined
  /** The one signing time of every envelope. */
  signingTime: Date
  /** When the signatures expire, if they do. */
  expiry: Date | undefined
}
