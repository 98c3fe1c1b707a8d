import { actionsLogger, group, phase, requireIdTokenPermission } from '@sign/action-kit'
import { isIndexMediaType } from '@sign/oci'
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
  const { platformImages } = await import('./generate/image-sboms.ts')
  const resolved = await phase({
    name: 'Resolve images to platform manifests',
    items: plan.images,
    run: references => resolveImages({ client: plan.client, references, recursive: true, logger })
  })
  const images = platformImages(resolved)
  const liftable = plan.lift
    ? resolved.filter(image => isIndexMediaType(image.descriptor.mediaType))
    : []
  const { buildkitStatements } = await import('./lift/read-buildkit.ts')
  const liftTargets = await phase({
    name: 'Read the BuildKit attestations of the image indexes',
    items: liftable,
    run: indexes => buildkitStatements({ client: plan.client, indexes, logger })
  })
  const { describeSubjects } = await import('./generate/describe-subjects.ts')
  const described = await describeSubjects({ plan, images, resolved, logger })
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
  const attested = await group(
    signer === undefined ? 'Collect the SBOMs' : 'Sign the SBOM attestations with one certificate',
    () => signSboms({ signer, described, logger })
  )
  const { signLifted } = await import('./lift/sign-lifted.ts')
  const lifted =
    signer === undefined
      ? []
      : await phase({
          name: 'Sign the BuildKit attestations as they are, with the same certificate',
          items: liftTargets,
          run: targets => signLifted({ signer, targets, logger })
        })
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
  if (lifted.length > 0) {
    progress.done(
      'Every SBOM was generated and stored; the BuildKit attestations attached before the ' +
        'failure are listed in the log above, and nothing else was pushed.'
    )
  }
  const { storeLifted } = await import('./lift/store-lifted.ts')
  const liftedRecords = await phase({
    name: 'Attach the signed BuildKit attestations to their platform manifests',
    items: lifted,
    run: items => storeLifted({ client: plan.client, created: new Date(), lifted: items, logger })
  })
  progress.done(
    'Every SBOM was generated and stored, and every BuildKit attestation lifted, as the log above lists.'
  )
  const certificatePems = [
    ...new Set([
      ...attested.flatMap(item =>
        item.attested.flatMap(entry => entry.signed?.certificatePem ?? [])
      ),
      ...lifted.map(item => item.signed.certificatePem)
    ])
  ]
  await writeOutputs({ records, lifted: liftedRecords, certificatePems })
  const report = {
    records,
    lifted: liftedRecords,
    certificatePem: certificatePems.at(-1),
    instance: plan.instance
  }
  if (inputs.showSummary) await writeSbomsSummary(report)
  for (const line of resultLines(report)) logger.info(line)
}
