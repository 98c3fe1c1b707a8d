import {
  OciError,
  createRegistryClient,
  layoutStore,
  registryStore,
  type CredentialProvider,
  type Logger,
  type RegistryClient
} from '@sign/oci'
import { SigstoreError } from '@sign/sigstore'
import type { VerificationPolicy } from '../policy/types.ts'
import type { SubjectReport, VerificationReport } from '../report/types.ts'
import type { Target } from '../targets/parse-target.ts'
import type { TrustMaterial } from './trust.ts'
import { verifyFile } from './verify-file.ts'
import { verifyImage } from './verify-image.ts'

/** Options of {@link verifyTargets}. */
export interface VerifyTargetsOptions {
  targets: Target[]
  policy: VerificationPolicy
  trust: TrustMaterial
  /** Registry credentials (default anonymous). */
  credentials?: CredentialProvider
  /** Registry hosts that may be reached over plain HTTP. */
  insecure?: string[]
  /** Signature files to use for file targets instead of those beside them. */
  signatures?: string[]
  /**
   * Signature files per target, in the targets' order, for file targets instead of those beside
   * them (an undefined entry: the target's own are found beside it). Overrides `signatures`.
   */
  targetSignatures?: (string[] | undefined)[]
  logger?: Logger
  /** Called as each subject is done (progress, logs). */
  onSubject?: (report: SubjectReport) => void
}

/**
 * Verifies every target against the policy with one registry client (one token per registry
 * scope, kept-alive connections) and returns the report; verified only when every subject is.
 */
export async function verifyTargets(options: VerifyTargetsOptions): Promise<VerificationReport> {
  const { policy } = options
  const client = createRegistryClient({
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.insecure === undefined ? {} : { insecure: options.insecure })
  })
  const subjects: SubjectReport[] = []
  for (const [index, target] of options.targets.entries()) {
    let report: SubjectReport
    const signatures =
      options.targetSignatures === undefined ? options.signatures : options.targetSignatures[index]
    try {
      report = await verifyTarget({ ...options, target, client, signatures })
    } catch (error) {
      // A layout or file that cannot be read, or content that cannot be what it claims, goes into
      // the target's report. A registry that refuses or fails (kind remote) says nothing about the
      // subject: it stops the run, as does anything else.
      if (!(error instanceof OciError || error instanceof SigstoreError)) throw error
      if (error.kind === 'remote') throw error
      report = {
        subject: target.text,
        kind: target.kind === 'file' ? 'file' : 'image',
        digest: '',
        verified: false,
        reason: `cannot be read: ${error.message}`,
        requirements: [],
        signatures: [],
        warnings: []
      }
    }
    options.onSubject?.(report)
    subjects.push(report)
  }
  return {
    version: 1,
    verified: subjects.length > 0 && subjects.every(subject => subject.verified),
    policy: policy.source,
    subjects
  }
}

async function verifyTarget(
  options: VerifyTargetsOptions & {
    target: Target
    client: RegistryClient
    signatures: string[] | undefined
  }
): Promise<SubjectReport> {
  const { policy, trust, target, client } = options
  if (target.kind === 'file') {
    return verifyFile({
      path: target.path,
      policy,
      trust,
      ...(options.signatures === undefined ? {} : { signatures: options.signatures })
    })
  }
  if (target.kind === 'layout') {
    return verifyImage({
      store: layoutStore({ path: target.dir }),
      reference: target.reference,
      subject: target.text,
      policy,
      trust
    })
  }
  const { registry, repository, tag, digest } = target.reference
  return verifyImage({
    store: registryStore({ client, repo: { registry, repository } }),
    reference: digest ?? tag ?? 'latest',
    subject: target.text,
    scopeReference: `${registry}/${repository}`,
    policy,
    trust
  })
}
