import { actionsLogger, group, phase, requireIdTokenPermission } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  /**
   * runAction's progress: told what is done before the first attestation is logged and before
   * the first SBOM is stored, so a failure summary says truthfully what was and was not done.
   */
  progress: { done(what: string): void }
}

/**
 * The sbom-attach step: check the permission, validate everything, resolve images to their
 * platform manifests, generate every SBOM (files, then images) and sign each as an attestation
 * with one certificate, then write and attach them all and report. Nothing is written or pushed
 * before every SBOM is generated and signed. Each phase loads its code when it starts.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  if (inputs.attest && inputs.identityToken === undefined) {
    requireIdTokenPermission({ action: 'sbom-attach' })
  }
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const { resolveImages } = await import('@sign/subjects/resolve-images')
  const { fileSboms } = await import('./generate/file-sboms.ts')
  const { imageSboms, platformImages } = await import('./generate/image-sboms.ts')
  const images = await phase({
    name: 'Resolve images to platform manifests',
    items: plan.images,
    run: async references =>
      platformImages(
        await resolveImages({ client: plan.client, references, recursive: true, logger })
      )
  })
  const files = await phase({
    name: 'Generate the SBOMs of the files',
    items: plan.files,
    run: targets => fileSboms({ targets, formats: plan.formats, logger })
  })
  const imageDocuments = await phase({
    name: 'Generate the SBOMs of the images',
    items: images,
    run: platforms =>
      imageSboms({ client: plan.client, images: platforms, formats: plan.formats, logger })
  })
  const { signSboms } = await import('./attest/sign-sboms.ts')
  const { storeSboms } = await import('./store/store-sboms.ts')
  const { writeOutputs, writeSbomsSummary } = await import('./report/outputs.ts')
  const { resultLines } = await import('./report/result-lines.ts')
  const signer =
    plan.instance === undefined
      ? undefined
      : (await import('@sign/subjects/keyless')).createKeylessSigner({
          instance: plan.instance,
          identityToken: inputs.identityToken,
          logger
        })
  if (signer !== undefined) {
    progress.done(
      'No SBOM was written or pushed (attestations signed before the failure may already be ' +
        'entries in the Rekor transparency log).'
    )
  }
  const described = [...files, ...imageDocuments]
  const attested = await group(
    signer === undefined ? 'Collect the SBOMs' : 'Sign the SBOM attestations with one certificate',
    () => signSboms({ signer, described, logger })
  )
  progress.done(
    `Every SBOM was generated${
      signer === undefined ? '' : ' and signed'
    }; those stored before the failure are listed in the log above ("Store the SBOMs"), and ` +
      `nothing else was written or pushed.`
  )
  const records = await group('Store the SBOMs', () =>
    storeSboms({
      client: plan.client,
      naming: inputs.naming,
      created: new Date(),
      attested,
      logger
    })
  )
  progress.done('Every SBOM was generated and stored, as the log above lists ("Store the SBOMs").')
  const certificatePems = [
    ...new Set(
      attested.flatMap(item => item.attested.flatMap(entry => entry.signed?.certificatePem ?? []))
    )
  ]
  await writeOutputs({ records, certificatePems })
  const report = {
    records,
    certificatePem: certificatePems.at(-1),
    instance: plan.instance
  }
  if (inputs.showSummary) await writeSbomsSummary(report)
  for (const line of resultLines(report)) logger.info(line)
}
