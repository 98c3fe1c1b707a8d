import {
  actionsLogger,
  group,
  phase,
  requireIdTokenPermission,
  type Logger
} from '@sign/action-kit'
import type { SignedBundle } from '@sign/sigstore'
import type { Inputs } from './inputs.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  /** runAction's progress: told what is done, so a failure summary says what was and was not. */
  progress: { done(what: string): void }
}

/**
 * The slsa-provenance step: check the permission, validate everything, resolve images and hash
 * files, build each statement from the job's own token claims, sign them all with one
 * certificate, then upload to GitHub when asked (first, so a refused token leaves nothing
 * written), write the files' .intoto.jsonl, push the images' referrers, and report. Nothing is written, pushed or uploaded before every statement
 * is signed.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  if (inputs.identityToken === undefined) requireIdTokenPermission({ action: 'slsa-provenance' })
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const { resolveImages } = await import('@sign/subjects/resolve-images')
  const images = await phase({
    name: 'Resolve images to digests',
    items: plan.images,
    run: references => resolveImages({ client: plan.client, references, recursive: false, logger })
  })
  const { fileSubjects, imageSubjectOf } = await import('./subjects/collect.ts')
  const subjects =
    plan.output === undefined
      ? []
      : await group('Hash the files', () =>
          fileSubjects({ files: plan.files, digestSubjects: plan.digestSubjects, logger })
        )
  const { jobIdentity } = await import('./build/job-claims.ts')
  const { buildStatements } = await import('./build/statements.ts')
  const identity = await jobIdentity({ identityToken: inputs.identityToken })
  const fileStatements =
    subjects.length === 0
      ? []
      : await buildStatements({ claims: identity.claims, subjects, formats: plan.formats })
  const imageStatements = await Promise.all(
    images.map(async image => ({
      image,
      statements: await buildStatements({
        claims: identity.claims,
        subjects: [imageSubjectOf(image)],
        formats: plan.formats
      })
    }))
  )
  const { createKeylessSigner } = await import('@sign/subjects/keyless')
  const { signStatements } = await import('./sign/sign-statements.ts')
  const signer = createKeylessSigner({
    instance: plan.instance,
    identityToken: identity.token,
    logger
  })
  progress.done(
    'Nothing was written, pushed or uploaded (statements signed before the failure may already be entries in the Rekor transparency log).'
  )
  const signed = await group('Sign the provenance with one certificate', () =>
    signStatements({
      signer,
      statements: [...fileStatements, ...imageStatements.flatMap(item => item.statements)],
      logger
    })
  )
  const signedFiles = signed.slice(0, fileStatements.length)
  const signedImages = imageStatements.map((item, index) => {
    const start =
      fileStatements.length +
      imageStatements.slice(0, index).reduce((n, i) => n + i.statements.length, 0)
    return { image: item.image, statements: signed.slice(start, start + item.statements.length) }
  })
  progress.done(
    'Every statement was signed; what was written or pushed before the failure is listed in the log above, and nothing else.'
  )
  // GitHub first: a refused token or permission then leaves nothing written or pushed.
  const uploaded =
    plan.upload === undefined
      ? []
      : await uploadAll({ target: plan.upload, bundles: signed.map(item => item.signed), logger })
  const { writeProvenanceFiles } = await import('./store/write-files.ts')
  const { pushImageProvenance } = await import('./store/push-images.ts')
  const written =
    plan.output === undefined || signedFiles.length === 0
      ? undefined
      : await group('Write the provenance of the files', () =>
          writeProvenanceFiles({ output: plan.output!, signed: signedFiles, logger })
        )
  const pushed = await phase({
    name: 'Push the provenance of the images',
    items: signedImages,
    run: items =>
      pushImageProvenance({
        client: plan.client,
        images: items,
        push: inputs.pushToRegistry,
        logger
      })
  })
  const { provenanceRecords } = await import('./report/provenance-records.ts')
  const records = provenanceRecords({
    files: signedFiles,
    written,
    pushed,
    attestationId: bundle => uploaded[signed.findIndex(item => item.signed === bundle)]
  })
  progress.done('Every statement was signed, written and pushed, as the log above lists.')
  const { writeOutputs, writeProvenanceSummary } = await import('./report/outputs.ts')
  const { resultLines } = await import('./report/result-lines.ts')
  const certificatePems = [...new Set(signed.map(item => item.signed.certificatePem))]
  await writeOutputs({ records, certificatePems })
  const report = { records, certificatePem: certificatePems.at(-1) }
  if (inputs.showSummary) await writeProvenanceSummary(report)
  for (const line of resultLines(report)) logger.info(line)
}

async function uploadAll(options: {
  target: { apiUrl: string; token: string; repository: string }
  bundles: SignedBundle[]
  logger: Logger
}): Promise<number[]> {
  const { uploadBundles } = await import('./upload/upload-bundles.ts')
  return group("Upload to GitHub's attestations", () => uploadBundles(options))
}
