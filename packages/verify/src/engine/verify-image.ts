import type { ContentStore, Descriptor } from '@sign/oci'
import { discoverSignatures } from '../discover/index.ts'
import type { FoundSignature } from '../discover/types.ts'
import type { VerificationPolicy } from '../policy/types.ts'
import type { SignatureReport, SubjectReport } from '../report/types.ts'
import { checkNotationSignature, selectStatement, type NotationTarget } from './check-notation.ts'
import { checkSigstoreBundle } from './check-sigstore.ts'
import { evaluateSubject } from './evaluate.ts'
import { fromNotationCheck, fromSigstoreCheck, unreadableReport } from './signature-report.ts'
import { signersByKind, type SignersByKind } from './signers.ts'
import type { TrustMaterial } from './trust.ts'

const DIGEST = /^sha256:[0-9a-f]{64}$/u

/** Options of {@link verifyImage}. */
export interface VerifyImageOptions {
  /** The registry repository or OCI layout holding the image. */
  store: ContentStore
  /** A tag or digest in the store; a tag is resolved once, here. */
  reference: string
  /** How the report names the subject (the reference as the user gave it). */
  subject: string
  /** `registry/repository` for the notation scope match; absent for an OCI layout. */
  scopeReference?: string
  policy: VerificationPolicy
  trust: TrustMaterial
}

/**
 * Verifies one image: resolves it once, discovers every signature and attestation (referrers
 * API or tag schema, cosign's legacy .sig/.att tags) without pulling its layers, checks each
 * against the policy's signers, and evaluates the policy's requirements.
 */
export async function verifyImage(options: VerifyImageOptions): Promise<SubjectReport> {
  const { store, policy, trust } = options
  const descriptor = await store.resolve(options.reference)
  const warnings: string[] = []
  if (!DIGEST.test(options.reference)) {
    warnings.push(
      `tag ${options.reference} resolved to ${descriptor.digest}; verify by digest to pin what you check`
    )
  }
  const found = await discoverSignatures({ store, subject: descriptor })
  const signers = signersByKind({ signers: policy.signers })
  const target: NotationTarget = {
    kind: 'oci',
    descriptor: {
      mediaType: descriptor.mediaType,
      digest: descriptor.digest,
      size: descriptor.size
    },
    scopeReference: options.scopeReference
  }
  const signatures: SignatureReport[] = []
  for (const item of found) {
    signatures.push(await checkFound({ item, descriptor, signers, target, trust }))
  }
  return evaluateSubject({
    subject: options.subject,
    kind: 'image',
    digest: descriptor.digest,
    policy,
    signatures,
    skippedSigners: skippedNotationSigners({ signers, target, trust }),
    warnings
  })
}

interface CheckFoundOptions {
  item: FoundSignature
  descriptor: Descriptor
  signers: SignersByKind
  target: NotationTarget
  trust: TrustMaterial
}

async function checkFound(options: CheckFoundOptions): Promise<SignatureReport> {
  const { item, descriptor, signers, trust } = options
  const layer = 'layer' in item ? item.layer : undefined
  const location =
    layer === undefined ? item.manifest.digest : `${item.manifest.digest} layer ${layer.digest}`
  const found = { kind: item.kind, location, via: item.via }
  const hasSigstore = signers.sigstore.length > 0 && trust.trustedRoot !== undefined
  switch (item.kind) {
    case 'notation': {
      if (signers.notation.length === 0 || trust.notation === undefined) {
        return fromNotationCheck({
          found,
          hasSigners: false,
          check: { signers: [], skipped: [], reasons: [], warnings: [] }
        })
      }
      const check = await checkNotationSignature({
        envelope: item.envelope,
        envelopeMediaType: item.envelopeMediaType,
        target: options.target,
        signers: signers.notation,
        notation: trust.notation
      })
      return fromNotationCheck({ found, check, hasSigners: true })
    }
    case 'sigstore-bundle':
    case 'cosign-attestation':
    case 'cosign-signature': {
      if (item.kind === 'cosign-signature' && item.signedDigest !== descriptor.digest) {
        return unreadableReport({
          found,
          claimed: item.kind,
          reason: `its payload signs ${item.signedDigest}, not this image ${descriptor.digest}`
        })
      }
      const artifact =
        item.kind === 'cosign-signature' ? { data: item.payload } : { digest: descriptor.digest }
      const check =
        hasSigstore && trust.trustedRoot !== undefined
          ? checkSigstoreBundle({
              bundle: item.bundle,
              artifact,
              signers: signers.sigstore,
              trustedRoot: trust.trustedRoot
            })
          : { signers: [], category: 'signature' as const, reasons: [] }
      const report = fromSigstoreCheck({ found, check, hasSigners: hasSigstore })
      if (
        item.kind === 'cosign-attestation' ||
        (item.kind === 'sigstore-bundle' &&
          item.predicateType !== undefined &&
          check.predicateType === undefined)
      ) {
        const predicateType = check.predicateType ?? item.predicateType
        return { ...report, ...(predicateType === undefined ? {} : { predicateType }) }
      }
      return report
    }
    case 'unreadable':
      return unreadableReport({ found, claimed: item.claimed, reason: item.reason })
    case 'other':
      return {
        ...found,
        category: 'other',
        ...(item.artifactType === undefined ? {} : { predicateType: item.artifactType }),
        verdict: 'ignored',
        signers: [],
        warnings: []
      }
  }
}

/** Notation signers whose statement for this target has level skip, with the statement name. */
export function skippedNotationSigners(options: {
  signers: SignersByKind
  target: NotationTarget
  trust: TrustMaterial
}): Map<string, string> {
  const skipped = new Map<string, string>()
  const notation = options.trust.notation
  if (notation === undefined) return skipped
  for (const signer of options.signers.notation) {
    try {
      const statement = selectStatement({ signer, target: options.target, notation })
      if (statement.level === 'skip') skipped.set(signer.name, statement.name)
    } catch {
      // No applicable statement: the signer's signatures fail with that reason instead.
    }
  }
  return skipped
}
