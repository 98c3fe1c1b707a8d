import { actionsLogger, group, phase, requireIdTokenPermission } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  /**
   * runAction's progress: told what is done before the first signature is logged and before the
   * first one is stored, so a failure summary says truthfully what was and was not done.
   */
  progress: { done(what: string): void }
}

/**
 * The cosign-keyless step: check the permission, validate everything, resolve images to digests
 * and hash files, sign them all with one certificate, then store the signatures and report.
 * Nothing is written before every subject is signed. Each phase loads its code when it starts, so
 * a step that stops at a check has loaded no signing or registry code. The log has a group per
 * phase that logs something, and ends with the result lines outside any group.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  checkPermission(inputs)
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
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
    run: targets => hashFiles({ targets, logger })
  })
  const { createKeylessSigner } = await import('@sign/subjects/keyless')
  const { signSubjects } = await import('./sign/sign-subjects.ts')
  const { storeSignatures } = await import('./sign/store-signatures.ts')
  const { writeOutputs, writeSignaturesSummary } = await import('./report/outputs.ts')
  const { resultLines } = await import('./report/result-lines.ts')
  const { signingTime } = await import('./report/signing-report.ts')
  const signer = createKeylessSigner({
    instance: plan.instance,
    identityToken: inputs.identityToken,
    logger
  })
  const logged = plan.instance.rekorUrl !== undefined
  if (logged) {
    progress.done(
      'Nothing was pushed or written (signatures made before the failure may already be ' +
        'entries in the Rekor transparency log).'
    )
  }
  const signed = await group('Sign with one certificate', () =>
    signSubjects({ signer, subjects: [...images, ...files], logger })
  )
  progress.done(
    `Every subject was signed${logged ? ' and logged in Rekor' : ''}; the signatures stored ` +
      'before the failure are listed in the log above ("Store the signatures"), and nothing ' +
      'else was pushed or written.'
  )
  const records = await group('Store the signatures', () =>
    storeSignatures({
      client: plan.client,
      signer,
      legacyTagFormat: inputs.legacyTagFormat,
      legacyOutputs: inputs.legacyOutputs,
      signed,
      logger
    })
  )
  progress.done(
    'Every subject was signed and its signature stored, as the log above lists ("Store the ' +
      'signatures").'
  )
  const certificatePems = signed.map(item => item.signed.certificatePem)
  await writeOutputs({ records, certificatePems })
  const report = {
    records,
    certificatePem: certificatePems.at(-1) ?? '',
    instance: plan.instance,
    signedAt: signingTime({ signed: signed.map(item => item.signed) })
  }
  if (inputs.showSummary) await writeSignaturesSummary(report)
  for (const line of resultLines(report)) logger.info(line)
}

/** Without an identity-token input, the job must be allowed to request its own OIDC token. */
function checkPermission(inputs: Pick<Inputs, 'identityToken'>): void {
  if (inputs.identityToken === undefined) requireIdTokenPermission({ action: 'cosign-keyless' })
}
