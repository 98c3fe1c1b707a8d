import {
  VerificationFailure,
  actionsLogger,
  getIdToken,
  group,
  phase,
  requireIdTokenPermission
} from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  /** runAction's progress: told what is done, so a failure summary says what was and was not. */
  progress: { done(what: string): void }
}

/**
 * The pipeline, in one process: validate everything; resolve images (and their platform
 * manifests) and hash files; sign every part that is on — keyless signatures, SBOM attestations,
 * provenance built from the job's own claims — with one Fulcio certificate; only then store it
 * all; verify every subject against the run's own identity (and the policy file); report once.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  if (inputs.identityToken === undefined) requireIdTokenPermission({ action: 'sign' })
  const { validateInputs } = await import('./validate/plan.ts')
  const plan = await group('Validate the inputs', () => validateInputs({ inputs, logger }))
  const { resolveImages, platformSubjects } = await import('@sign/subjects/resolve-images')
  const entries = await phase({
    name: 'Resolve images to digests and platform manifests',
    items: plan.images,
    run: async references => {
      const given = await resolveImages({
        client: plan.client,
        references,
        recursive: false,
        logger
      })
      const platforms = await Promise.all(
        given.map(image => platformSubjects({ client: plan.client, image, logger }))
      )
      return given.map((image, index) => ({ image, platforms: platforms[index] ?? [] }))
    }
  })
  const images = entries.map(entry => entry.image)
  const resolved = [...images, ...entries.flatMap(entry => entry.platforms)]
  const { hashFiles } = await import('../../cosign-keyless/src/subjects/hash-files.ts')
  const files = await phase({
    name: 'Hash the files',
    items: plan.files,
    run: targets => hashFiles({ targets, logger })
  })
  const token = inputs.identityToken ?? (await getIdToken('sigstore'))
  const { jobIdentity } = await import('../../slsa-provenance/src/build/job-claims.ts')
  const claims =
    plan.provenanceFormats.length === 0
      ? undefined
      : (await jobIdentity({ identityToken: token })).claims
  const { createKeylessSigner, signerClaims } = await import('@sign/subjects/keyless')
  const signer = createKeylessSigner({ instance: plan.instance, identityToken: token, logger })
  progress.done(
    'Nothing was written or pushed (signatures made before the failure may already be entries in the Rekor transparency log).'
  )
  const { signAll } = await import('./sign/sign-all.ts')
  const signed = await group('Sign everything with one certificate', () =>
    signAll({
      signer,
      client: plan.client,
      images,
      resolved,
      files,
      parts: {
        signatures: inputs.signatures,
        sbomFormats: plan.sbomFormats,
        provenanceFormats: plan.provenanceFormats
      },
      claims,
      logger
    })
  )
  progress.done(
    'Everything was signed; what was stored before the failure is listed in the log above.'
  )
  const { storeAll } = await import('./store/store-all.ts')
  const stored = await group('Store the signatures, SBOMs and provenance', () =>
    storeAll({ client: plan.client, signer, files, signed, logger })
  )
  progress.done('Everything was signed and stored, as the log above lists.')
  const certificatePem = signer.certificatePem() ?? ''
  const claimsOfCertificate = signerClaims({ certificatePem })
  const identity = {
    identity: claimsOfCertificate?.identity ?? '',
    issuer: claimsOfCertificate?.issuer ?? ''
  }
  const parts = {
    signatures: inputs.signatures,
    sbomFormats: plan.sbomFormats,
    provenanceFormats: plan.provenanceFormats
  }
  const { verifyRun } = await import('./verify/verify-run.ts')
  const { registryCredentials } = await import('@sign/subjects')
  const verification = inputs.verify
    ? await group('Verify everything against the run’s own identity', () =>
        verifyRun({
          ...identity,
          trustedRoot: plan.trustedRoot,
          policy: plan.policy,
          parts,
          images,
          resolved,
          files,
          stored,
          credentials: registryCredentials({
            inputs,
            registries: [...new Set(plan.images.map(image => image.registry))]
          }),
          logger
        })
      )
    : []
  const { writeOutputs, writeRunSummary, resultLines } = await import('./report/outputs.ts')
  const { signingTime } = await import('../../cosign-keyless/src/report/signing-report.ts')
  const report = {
    stored,
    verification,
    verify: inputs.verify,
    certificatePem,
    identity,
    instance: plan.instance,
    signedAt: signingTime({ signed: signed.signatures.map(item => item.signed) })
  }
  await writeOutputs(report)
  if (inputs.showSummary) await writeRunSummary(report)
  for (const line of resultLines(report)) logger.info(line)
  const failed = verification.filter(subject => !subject.verified)
  if (failed.length > 0) {
    throw new VerificationFailure({
      total: verification.length,
      failed: failed.map(subject => ({
        subject: subject.subject,
        reason: subject.reason ?? 'not verified',
        signatures: subject.signatures
          .filter(found => found.verdict !== 'verified' && found.reason !== undefined)
          .map(found => ({
            what: `${found.kind} at ${found.location}`,
            reason: found.reason ?? ''
          }))
      }))
    })
  }
}
