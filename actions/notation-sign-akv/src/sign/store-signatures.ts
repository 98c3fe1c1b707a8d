import { dirname } from 'node:path'
import type { Logger } from '@sign/action-kit'
import {
  attachSignatureToImage,
  certificateThumbprints,
  writeBlobSignature,
  type NotarySigner
} from '@sign/notation'
import { registryStore, type RegistryClient } from '@sign/oci'
import { plainOrQuoted } from '@sign/safe-text'
import { mapBounded } from '@sign/subjects'
import type { Inputs } from '../inputs.ts'
import type { SignatureRecord } from '../report/signature-record.ts'
import type { SignedSubject } from './sign-subjects.ts'

/** Options of {@link storeSignatures}. */
export interface StoreSignaturesOptions {
  client: RegistryClient
  signer: NotarySigner
  signed: SignedSubject[]
  format: Inputs['signatureFormat']
  forceReferrersTag: boolean
  signingTime: Date
  logger: Logger
}

/**
 * Stores every envelope as notation does — an image's as a signature manifest referrer (by
 * digest), a file's as `<file>.<format>.sig` beside it or in output-directory — logs each as it
 * is stored (so a failure part-way leaves the list of what was) and returns what went where.
 */
export async function storeSignatures(options: StoreSignaturesOptions): Promise<SignatureRecord[]> {
  const [certificate = ''] = certificateThumbprints(options.signer.certificateChain.slice(0, 1))
  return mapBounded({
    items: options.signed,
    work: async (item): Promise<SignatureRecord> => {
      const record = await storeOne({ ...options, ...item, certificate })
      const where =
        record.kind === 'image'
          ? `referrer ${record.referrer ?? '?'}`
          : plainOrQuoted(record.signature ?? '?')
      options.logger.info(`Stored the signature of ${plainOrQuoted(record.subject)}: ${where}`)
      return record
    }
  })
}

async function storeOne(
  options: StoreSignaturesOptions & SignedSubject & { certificate: string }
): Promise<SignatureRecord> {
  const { subject, envelope, format } = options
  const common = {
    subject: subject.name,
    digest: subject.descriptor.digest,
    format,
    certificate: options.certificate
  }
  if (subject.kind === 'file') {
    const base = subject.signatureBase
    const path = await writeBlobSignature({
      file: subject.path,
      // Beside the file, or in output-directory: wherever validation placed the signature.
      ...(base.path !== subject.path && { directory: dirname(base.path) }),
      envelope,
      format
    })
    // Reported like the subject: relative to the workspace when inside it.
    const signature = `${base.name}${path.slice(base.path.length)}`
    return { ...common, kind: 'file', signature }
  }
  const referrer = await attachSignatureToImage({
    store: registryStore({ client: options.client, repo: subject.repo }),
    subject: subject.descriptor,
    envelope,
    certificateChain: options.signer.certificateChain,
    signingTime: options.signingTime,
    forceReferrersTag: options.forceReferrersTag
  })
  return { ...common, kind: 'image', referrer: referrer.digest }
}
