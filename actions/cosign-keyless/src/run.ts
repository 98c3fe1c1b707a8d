import { actionsLogger, group, requireIdTokenPermission } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/**
 * The cosign-keyless step: check the permission, validate everything, resolve images to digests
 * and hash files, sign them all with one certificate, then store the signatures and report.
 * Nothing is written before every subject is signed. Each phase loads its code when it starts, so
 * a step that stops at a check has loaded no signing or registry code.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  await group('Check the id-token permission', () => Promise.resolve(checkPermission(inputs)))
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
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
  const files = await group('Hash the files', () => hashFiles({ targets: plan.files, logger }))
  const { createSigner } = await import('./sign/signer.ts')
  const { signSubjects } = await import('./sign/sign-subjects.ts')
  const { storeSignatures } = await import('./sign/store-signatures.ts')
  const { writeOutputs, writeSignaturesSummary } = await import('./report/outputs.ts')
  const signer = createSigner({
    instance: plan.instance,
    identityToken: inputs.identityToken,
    logger
  })
  const signed = await group('Sign with one certificate', () =>
    signSubjects({ signer, subjects: [...images, ...files], logger })
  )
  const records = await group('Store the signatures', () =>
    storeSignatures({
      client: plan.client,
      signer,
      legacyTagFormat: inputs.legacyTagFormat,
      legacyOutputs: inputs.legacyOutputs,
      signed
    })
  )
  const certificatePems = signed.map(item => item.signed.certificatePem)
  await group('Set the outputs', () => writeOutputs({ records, certificatePems }))
  if (inputs.showSummary) {
    await group('Write the job summary', () =>
      writeSignaturesSummary({ records, certificatePem: certificatePems.at(-1) ?? '' })
    )
  }
}

/** Without an identity-token input, the job must be allowed to request its own OIDC token. */
function checkPermission(inputs: Pick<Inputs, 'identityToken'>): void {
  if (inputs.identityToken === undefined) requireIdTokenPermission({ action: 'cosign-keyless' })
}
