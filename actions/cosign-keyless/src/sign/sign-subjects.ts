import type { Logger } from '@sign/action-kit'
import { cosignSignStatement, type BundleSigner, type SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { FileSubject, ImageSubject } from '../subjects/subjects.ts'

/** A subject and its signature, made but not yet stored. */
export type SignedSubject =
  | { subject: ImageSubject; signed: SignedBundle; predicateType: string }
  | { subject: FileSubject; signed: SignedBundle }

/**
 * Signs everything in memory first — an image as cosign v3's in-toto statement about its digest
 * (DSSE), a file as a message signature over its digest — so a Sigstore failure leaves nothing
 * half-written.
 */
export async function signSubjects(options: {
  signer: BundleSigner
  subjects: (ImageSubject | FileSubject)[]
  logger: Logger
}): Promise<SignedSubject[]> {
  const { signer } = options
  const signed = await mapBounded({
    items: options.subjects,
    work: async (subject): Promise<SignedSubject> => {
      if (subject.kind === 'file') {
        return {
          subject,
          signed: await signer.signDigest({ algorithm: 'sha256', digest: subject.sha256 })
        }
      }
      const statement = cosignSignStatement({ digest: subject.descriptor.digest })
      const signed = await signer.signStatement(statement)
      return { subject, signed, predicateType: statement.predicateType }
    }
  })
  const certificates = new Set(signed.map(item => item.signed.certificatePem)).size
  const { rekor, tsa } = signer.stats()
  options.logger.info(
    `${signed.length} signed with ${certificates} certificate(s); ${rekor} Rekor and ${tsa} TSA requests`
  )
  return signed
}
