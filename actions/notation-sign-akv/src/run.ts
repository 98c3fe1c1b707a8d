import { actionsLogger, group, requireIdTokenPermission } from '@sign/action-kit'
import { HASH_OF } from '@sign/notation/algorithm'
import type { Inputs } from './inputs.ts'

/**
 * The notation-sign-akv step: check the permission, validate everything, build the signer (which
 * checks the chain), resolve images and hash files, make every envelope, then push the referrers
 * and write the `.sig` files, and report. Nothing is written before every envelope is made. Each
 * phase loads its code when it starts, so a step that stops at a check has loaded no Azure,
 * signing or registry code.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  if (inputs.clientId !== undefined || inputs.tenantId !== undefined) {
    await group('Check the id-token permission', () =>
      Promise.resolve(requireIdTokenPermission({ action: 'notation-sign-akv (client-id)' }))
    )
  }
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const { createSigner } = await import('./sign/signer.ts')
  const signer = await group('Check the signing key and certificate chain', () =>
    createSigner({ key: plan.key, logger })
  )
  const { resolveImages } = await import('@sign/subjects/resolve-images')
  const images = await group('Resolve images to digests', () =>
    resolveImages({
      client: plan.client,
      references: plan.images,
      recursive: inputs.recursive,
      logger
    })
  )
  const { hashFiles } = await import('./subjects/hash-files.ts')
  const files = await group('Hash the files', () =>
    hashFiles({
      targets: plan.files,
      algorithm: HASH_OF[signer.algorithm],
      mediaType: inputs.mediaType,
      logger
    })
  )
  const { signSubjects } = await import('./sign/sign-subjects.ts')
  const { storeSignatures } = await import('./sign/store-signatures.ts')
  const { writeOutputs, writeSignaturesSummary } = await import('./report/outputs.ts')
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
