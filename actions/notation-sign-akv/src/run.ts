import { actionsLogger, group, requireIdTokenPermission } from '@sign/action-kit'
import { HASH_OF } from '@sign/notation'
import type { Inputs } from './inputs.ts'
import { writeOutputs, writeSignaturesSummary } from './report/outputs.ts'
import { createSigner } from './sign/signer.ts'
import { signSubjects } from './sign/sign-subjects.ts'
import { storeSignatures } from './sign/store-signatures.ts'
import { hashFiles } from './subjects/hash-files.ts'
import { resolveImages } from '@sign/subjects'
import { validateInputs } from './validate/plan.ts'

/**
 * The notation-sign-akv step: check the permission, validate everything, build the signer (which
 * checks the chain), resolve images and hash files, make every envelope, then push the referrers
 * and write the `.sig` files, and report. Nothing is written before every envelope is made.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  if (inputs.clientId !== undefined || inputs.tenantId !== undefined) {
    await group('Check the id-token permission', () =>
      Promise.resolve(requireIdTokenPermission({ action: 'notation-sign-akv (client-id)' }))
    )
  }
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const signer = await group('Check the signing key and certificate chain', () =>
    createSigner({ key: plan.key, logger })
  )
  const images = await group('Resolve images to digests', () =>
    resolveImages({
      client: plan.client,
      references: plan.images,
      recursive: inputs.recursive,
      logger
    })
  )
  const files = await group('Hash the files', () =>
    hashFiles({
      targets: plan.files,
      algorithm: HASH_OF[signer.algorithm],
      mediaType: inputs.mediaType,
      logger
    })
  )
  const signingTime = new Date()
  const signed = await group('Sign', () =>
    signSubjects({
      signer,
      subjects: [...images, ...files],
      format: inputs.signatureFormat,
      userMetadata: plan.userMetadata,
      signingTime,
      expiry: inputs.expiryMs > 0 ? new Date(signingTime.getTime() + inputs.expiryMs) : undefined,
      logger
    })
  )
  const records = await group('Store the signatures', () =>
    storeSignatures({
      client: plan.client,
      signer,
      signed,
      format: inputs.signatureFormat,
      forceReferrersTag: inputs.forceReferrersTag,
      signingTime
    })
  )
  await group('Set the outputs', () => writeOutputs({ records, signer }))
  if (inputs.showSummary) {
    await group('Write the job summary', () => writeSignaturesSummary({ records, signer }))
  }
}
