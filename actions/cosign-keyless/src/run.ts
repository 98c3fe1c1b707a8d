import { actionsLogger, group, requireIdTokenPermission } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'
import { writeOutputs, writeSignaturesSummary } from './report/outputs.ts'
import { createSigner } from './sign/signer.ts'
import { signSubjects } from './sign/sign-subjects.ts'
import { storeSignatures } from './sign/store-signatures.ts'
import { hashFiles } from './subjects/hash-files.ts'
import { resolveImages } from '@sign/subjects'
import { validateInputs } from './validate/plan.ts'

/**
 * The cosign-keyless step: check the permission, validate everything, resolve images to digests
 * and hash files, sign them all with one certificate, then store the signatures and report.
 * Nothing is written before every subject is signed.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  await group('Check the id-token permission', () => Promise.resolve(checkPermission(inputs)))
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const images = await group('Resolve images to digests', () =>
    resolveImages({
      client: plan.client,
      references: plan.images,
      recursive: inputs.recursive,
      logger
    })
  )
  const files = await group('Hash the files', () => hashFiles({ targets: plan.files, logger }))
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
