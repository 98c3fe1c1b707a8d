import { actionsLogger, group, phase, requireIdTokenPermission } from '@sign/action-kit'
import { HASH_OF } from '@sign/notation/algorithm'
import type { Inputs } from './inputs.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  /**
   * runAction's progress: told what is done before the first signature is stored, so a failure
   * summary says truthfully what was and was not done.
   */
  progress: { done(what: string): void }
}

/**
 * The notation-sign-akv step: check the permission, validate everything, build the signer (which
 * checks the chain), resolve images and hash files, make every envelope, then push the referrers
 * and write the `.sig` files, and report. Nothing is written before every envelope is made. Each
 * phase loads its code when it starts, so a step that stops at a check has loaded no Azure,
 * signing or registry code. The log has a group per phase that logs something, and ends with the
 * result lines outside any group.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  if (inputs.clientId !== undefined || inputs.tenantId !== undefined) {
    requireIdTokenPermission({ action: 'notation-sign-akv (client-id)' })
  }
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const { createSigner } = await import('./sign/signer.ts')
  const signer = await group('Check the signing key and certificate chain', () =>
    createSigner({ key: plan.key, logger })
  )
  const { resolveImages } = await import('@sign/subjects/resolve-images')
  const images = await phase({
    name: 'Resolve images to digests',
    items: plan.images,
    run: references =>
      resolveImages({ client: plan.client, references, recursive: inputs.recursive, logger })
  })
  const { hashFiles } = await import('./subjects/hash-files.ts')
  const files = await phase({
    name: 'Hash the files',
    items: plan.files,
    run: targets =>
      hashFiles({
        targets,
        algorithm: HASH_OF[signer.algorithm],
        mediaType: inputs.mediaType,
        logger
      })
  })
  const { signSubjects } = await import('./sign/sign-subjects.ts')
  const { storeSignatures } = await import('./sign/store-signatures.ts')
  const { writeOutputs, writeSignaturesSummary } = await import('./report/outputs.ts')
  const { resultLines } = await import('./report/result-lines.ts')
  const signingTime = new Date()
  const expiry = inputs.expiryMs > 0 ? new Date(signingTime.getTime() + inputs.expiryMs) : undefined
  const signed = await group('Sign', () =>
    signSubjects({
      signer,
      subjects: [...images, ...files],
      format: inputs.signatureFormat,
      userMetadata: plan.userMetadata,
      signingTime,
      expiry,
      logger
    })
  )
  progress.done(
    'Every subject was signed; the signatures stored before the failure are listed in the log ' +
      'above ("Store the signatures"), and nothing else was pushed or written.'
  )
  const records = await group('Store the signatures', () =>
    storeSignatures({
      client: plan.client,
      signer,
      signed,
      format: inputs.signatureFormat,
      forceReferrersTag: inputs.forceReferrersTag,
      signingTime,
      logger
    })
  )
  progress.done(
    'Every subject was signed and its signature stored, as the log above lists ("Store the ' +
      'signatures").'
  )
  await writeOutputs({ records, signer })
  const report = {
    records,
    chain: signer.certificateChain,
    algorithm: signer.algorithm,
    format: inputs.signatureFormat,
    keyId: plan.key.kind === 'key-vault' ? plan.key.keyId : undefined,
    signingTime,
    expiry
  }
  if (inputs.showSummary) await writeSignaturesSummary(report)
  for (const line of resultLines(report)) logger.info(line)
}
