import type { ContentStore, Descriptor } from '@sign/oci'
import { discoverSignatures } from '../discover/index.ts'
import type { FoundSbomReferrer, FoundSignature } from '../discover/types.ts'
import type { VerificationPolicy } from '../policy/types.ts'
import type { SignatureReport, SubjectReport } from '../report/types.ts'
import { skippedNotationSigners, type NotationTarget } from './check-notation.ts'
import { evaluateSubject } from './evaluate.ts'
import { summarizeSbom } from './sbom-summary.ts'
import { sbomVerdict } from './sbom-verdict.ts'
import { notationReport, sigstoreReport, unreadableReport } from './signature-report.ts'
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
  const readSboms = policy.requirements.some(requirement => requirement.category === 'sbom')
  const found = await discoverSignatures({ store, subject: descriptor, readSboms })
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
    signatures.push(
      item.kind === 'sbom'
        ? await sbomReferrerReport({
            item,
            store,
            signers,
            trust,
            scopeReference: options.scopeReference
          })
        : await checkFound({ item, descriptor, signers, target, trust })
    )
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
  const { item, descriptor, signers, target, trust } = options
  const layer = 'layer' in item ? item.layer : undefined
  const location =
    layer === undefined ? item.manifest.digest : `${item.manifest.digest} layer ${layer.digest}`
  const found = { kind: item.kind, location, via: item.via }
  switch (item.kind) {
    case 'notation':
      return notationReport({
        found,
        envelope: item.envelope,
        envelopeMediaType: item.envelopeMediaType,
        target,
        signers,
        trust
      })
    case 'cosign-signature':
      if (item.signedDigest !== descriptor.digest) {
        return unreadableReport({
          found,
          claimed: item.kind,
          reason: `its payload signs ${item.signedDigest}, not this image ${descriptor.digest}`
        })
      }
      return sigstoreReport({
        found,
        bundle: item.bundle,
        artifact: { data: item.payload },
        signers,
        trust
      })
    case 'sigstore-bundle':
    case 'cosign-attestation':
      return sigstoreReport({
        found,
        bundle: item.bundle,
        artifact: { digest: descriptor.digest },
        ...(item.predicateType === undefined ? {} : { predicateType: item.predicateType }),
        signers,
        trust
      })
    case 'unreadable':
      return unreadableReport({
        found,
        claimed: item.claimed,
        reason: item.reason,
        ...(item.sbomFormat === undefined ? {} : { sbomFormat: item.sbomFormat })
      })
    case 'sbom':
      throw new Error('an SBOM referrer is checked by sbomReferrerReport')
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

interface SbomReferrerReportOptions {
  item: FoundSbomReferrer
  store: ContentStore
  signers: SignersByKind
  trust: TrustMaterial
  scopeReference: string | undefined
}

/**
 * An SBOM referrer: its document summarised, and its own signatures — the referrers of the SBOM
 * manifest (a cosign signature or bundle, a Notary Project signature), as Ratify chains them —
 * checked for the policy's signers (sbomVerdict).
 */
async function sbomReferrerReport(options: SbomReferrerReportOptions): Promise<SignatureReport> {
  const { item, store, signers, trust } = options
  const sbom = summarizeSbom({ bytes: item.document, format: item.format })
  const manifest = item.manifest
  const target: NotationTarget = {
    kind: 'oci',
    descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size },
    scopeReference: options.scopeReference
  }
  const found = await discoverSignatures({ store, subject: manifest })
  const checks: SignatureReport[] = []
  for (const signature of found) {
    checks.push(await checkFound({ item: signature, descriptor: manifest, signers, target, trust }))
  }
  return sbomVerdict({
    found: { kind: 'sbom', location: manifest.digest, via: item.via, sbom },
    signatures: checks,
    lookedIn: `the referrers of the SBOM manifest ${manifest.digest}`
  })
}
