import type { Logger } from '@sign/action-kit'
import {
  createEnvelope,
  SIGNING_AGENT,
  targetArtifactPayload,
  type NotarySigner,
  type SignedEnvelope
} from '@sign/notation'
import { mapBounded } from '@sign/subjects'
import type { Inputs } from '../inputs.ts'
import type { FileSubject, ImageSubject } from '../subjects/subjects.ts'

/** A subject and its envelope, made but not yet stored. */
export interface SignedSubject {
  subject: ImageSubject | FileSubject
  envelope: SignedEnvelope
}

/**
 * Makes every envelope in memory first — payload `{"targetArtifact": descriptor (+ user
 * metadata)}`, one signing time and expiry for the step — so a signing failure leaves nothing
 * half-written.
 */
export async function signSubjects(options: {
  signer: NotarySigner
  subjects: (ImageSubject | FileSubject)[]
  format: Inputs['signatureFormat']
  userMetadata: Record<string, string>
  signingTime: Date
  expiry: Date | undefined
  logger: Logger
}): Promise<SignedSubject[]> {
  const { signer, signingTime, expiry } = options
  const signed = await mapBounded({
    items: options.subjects,
    work: async (subject): Promise<SignedSubject> => {
      const { mediaType, digest, size } = subject.descriptor
      const payload = targetArtifactPayload({
        descriptor: { mediaType, digest, size },
        userMetadata: options.userMetadata
      })
      const envelope = await createEnvelope({
        format: options.format,
        payload,
        signer,
        signingTime,
        ...(expiry !== undefined && { expiry }),
        signingAgent: SIGNING_AGENT
      })
      return { subject, envelope }
    }
  })
  options.logger.info(
    `${signed.length} ${options.format.toUpperCase()} envelope(s) signed with ${signer.algorithm}`
  )
  return signed
}
