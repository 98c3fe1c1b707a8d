// Verification of what the run just made: a policy derived from the run's own identity (the
// certificate that signed everything), and the policy file when one is given.
import { resolve } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { isIndexMediaType, parseReference, type CredentialProvider } from '@sign/oci'
import type { ImageSubject } from '@sign/subjects'
import {
  loadTrust,
  policyFromText,
  verifyTargets,
  type SubjectReport,
  type Target,
  type VerificationPolicy
} from '@sign/verify'
import type { FileSubject } from '../../../cosign-keyless/src/subjects/subjects.ts'
import type { SbomFormatName } from '../../../sbom-attach/src/inputs.ts'
import type { ProvenanceFormat } from '../../../slsa-provenance/src/inputs.ts'
import type { StoredAll } from '../store/store-all.ts'

/** What the run made, to derive the requirements from. */
export interface RunParts {
  signatures: boolean
  sbomFormats: SbomFormatName[]
  provenanceFormats: ProvenanceFormat[]
}

/** Which subjects carry what: an index has no SBOM of its own; its platform manifests only SBOMs. */
export type SubjectRole = 'subject' | 'index' | 'platform'

/**
 * The policy of the run's own identity: `run` is the certificate's SAN and issuer, and it must
 * have signed each subject, attested an SBOM of it (the first format), and attested provenance
 * whose builder is itself (SLSA v1 when github-v1 was written, else v0.2) — each only when that
 * part ran and the subject carries it (`role`).
 */
export async function runPolicy(options: {
  identity: string
  issuer: string
  trustedRoot: string | undefined
  parts: RunParts
  role: SubjectRole
}): Promise<VerificationPolicy> {
  const { parts, role } = options
  const [format] = parts.sbomFormats
  const require = [
    ...(parts.signatures && role !== 'platform' ? [{ signature: 'run' }] : []),
    ...(format === undefined || role === 'index' ? [] : [{ sbom: 'run', format }]),
    ...(parts.provenanceFormats.length === 0 || role === 'platform'
      ? []
      : [
          {
            provenance: 'run',
            'predicate-type': parts.provenanceFormats.includes('github-v1')
              ? 'slsaprovenance1'
              : 'slsaprovenance02',
            'builder-id': options.identity
          }
        ])
  ]
  const document = {
    version: 1,
    ...(options.trustedRoot === undefined
      ? {}
      : { trust: { 'trusted-root': options.trustedRoot } }),
    signers: {
      run: { 'certificate-identity': options.identity, 'certificate-oidc-issuer': options.issuer }
    },
    require
  }
  return policyFromText({
    text: JSON.stringify(document),
    source: "the run's own identity",
    baseDir: '/'
  })
}

/**
 * Verifies every subject the run made against the run's policy (and `policy`, when given): the
 * images as given (an index: its signature and provenance; each platform manifest: its SBOM),
 * and the files with exactly the signature files the run wrote for them.
 */
export async function verifyRun(options: {
  identity: string
  issuer: string
  trustedRoot: string | undefined
  policy: VerificationPolicy | undefined
  parts: RunParts
  images: ImageSubject[]
  resolved: ImageSubject[]
  files: FileSubject[]
  stored: StoredAll
  credentials: CredentialProvider
  logger: Logger
}): Promise<SubjectReport[]> {
  const { parts } = options
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  const policy = (role: SubjectRole) =>
    runPolicy({
      identity: options.identity,
      issuer: options.issuer,
      trustedRoot: options.trustedRoot,
      parts,
      role
    })
  const imageTarget = (image: ImageSubject): Target => ({
    kind: 'image',
    text: image.name,
    reference: parseReference(image.name)
  })
  const indexes = options.images.filter(image => isIndexMediaType(image.descriptor.mediaType))
  const platforms = options.resolved.filter(
    image => !options.images.includes(image) && !isIndexMediaType(image.descriptor.mediaType)
  )
  const fileSignatures = options.files.map(file => {
    const name = (path: string) => resolve(workspace, path)
    return [
      ...options.stored.signatures
        .filter(r => r.kind === 'file' && r.subject === file.name)
        .flatMap(r => (r.bundle ? [name(r.bundle)] : [])),
      ...options.stored.sboms
        .filter(r => r.kind === 'file' && r.subject === file.name)
        .flatMap(r => (r.attestation ? [name(r.attestation)] : [])),
      ...(options.stored.provenanceFile === undefined ? [] : [options.stored.provenanceFile])
    ]
  })
  const subjectPolicy = await policy('subject')
  /** Each group of targets, the run's policy for it, and whether the policy file applies too. */
  const groups: {
    policy: VerificationPolicy
    targets: Target[]
    withPolicyFile: boolean
    signatures?: (string[] | undefined)[]
  }[] = [
    {
      policy: subjectPolicy,
      targets: options.images.filter(image => !indexes.includes(image)).map(imageTarget),
      withPolicyFile: true
    },
    { policy: await policy('index'), targets: indexes.map(imageTarget), withPolicyFile: true },
    ...(parts.sbomFormats.length > 0
      ? [
          {
            policy: await policy('platform'),
            targets: platforms.map(imageTarget),
            withPolicyFile: false
          }
        ]
      : []),
    {
      policy: subjectPolicy,
      targets: options.files.map(file => ({
        kind: 'file' as const,
        text: file.name,
        path: file.path
      })),
      withPolicyFile: true,
      signatures: fileSignatures
    }
  ]
  const tufCachePath = resolve(process.env['RUNNER_TEMP'] || workspace, 'sign-tuf')
  const reports: SubjectReport[] = []
  for (const group of groups) {
    if (group.targets.length === 0) continue
    const runs = [
      // The run's policy reads exactly the files it wrote; a policy file looks beside them.
      { policy: group.policy, targetSignatures: group.signatures },
      ...(group.withPolicyFile && options.policy !== undefined
        ? [{ policy: options.policy, targetSignatures: undefined }]
        : [])
    ]
    for (const run of runs) {
      const trust = await loadTrust({ policy: run.policy, tufCachePath })
      const report = await verifyTargets({
        targets: group.targets,
        policy: run.policy,
        trust,
        credentials: options.credentials,
        ...(run.targetSignatures === undefined ? {} : { targetSignatures: run.targetSignatures }),
        logger: options.logger
      })
      reports.push(...report.subjects)
    }
  }
  return reports
}
