import { createHash } from 'node:crypto'
import { ValidationError, bundleFromJSON } from '@sigstore/bundle'
import type { Bundle } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { PolicyError, VerificationError, toSignedEntity } from '@sigstore/verify'
import type { SignedEntity, Signer } from '@sigstore/verify'
import { SigstoreError } from '../errors.ts'
import { checkBundleJson } from './bundle-json.ts'
import { checkBundleShape } from './bundle-shape.ts'
import { checkCheckpointConsistency } from './checkpoint-consistency.ts'
import { readCertificateClaims } from './certificate-claims.ts'
import type { FulcioExtensionName, GithubWorkflowClaims } from './certificate-claims.ts'
import { checkCertificateKey } from './certificate-key.ts'
import { checkClaims, claimsRequested } from './claims-policy.ts'
import type { ClaimsPolicy } from './claims-policy.ts'
import { checkIdentity, compileIdentityPolicy } from './identity-policy.ts'
import type { CompiledIdentityPolicy } from './identity-policy.ts'
import type { EntityToVerify } from './entity-verifier.ts'
import type { IdentityPolicy } from './identity-policy.ts'
import { verifyPrehashed } from './prehash-verify.ts'
import { readStatement } from './statement-subject.ts'
import { prepareTrust } from './trust-material.ts'
import type { UntrustedLog } from './trust-material.ts'
import type { TrustedRootJSON } from './trusted-root.ts'

/** The signed artifact: its bytes, or only its digest (`sha256:<64 hex>`). */
export type VerifyArtifact = { data: Buffer } | { digest: string }

/**
 * Who must have signed: a certificate identity and/or issuer with optional exact claims (GitHub
 * workflow, Fulcio extensions), or a managed public key; and, for attestations, what they state.
 */
export interface VerifyPolicy extends IdentityPolicy, ClaimsPolicy {
  /**
   * PEM public key that signed the bundle; replaces the identity policy and claims. A bundle
   * carrying a certificate verifies only if the certificate holds this very key (cosign's rule).
   */
  key?: string
  /** The in-toto predicate type a DSSE statement must have; message signatures are refused. */
  predicateType?: string
}

/** Options of {@link verifyBundle}. */
export interface VerifyBundleOptions {
  /** The bundle, parsed from JSON (any version v0.1–v0.3). */
  bundle: unknown
  /**
   * The artifact. Required for message signatures; for DSSE bundles it must be the subject of
   * the in-toto statement, and may be left out to verify the attestation alone.
   */
  artifact?: VerifyArtifact
  policy: VerifyPolicy
  /** Trust material; the pinned public-good root when absent. */
  trustedRoot?: TrustedRootJSON
}

/** What a verified bundle says about its signer and content. */
export interface VerifiedBundle {
  /** The certificate's SAN (undefined for managed-key bundles). */
  identity: string | undefined
  /** The certificate's OIDC issuer (undefined for managed-key bundles). */
  issuer: string | undefined
  kind: 'message' | 'dsse'
  /** The in-toto predicate type of a DSSE statement. */
  predicateType?: string
  /**
   * The certificate's Fulcio extensions by v2 name, a value found only in a deprecated
   * extension folded in (empty for a bundle verified with a key).
   */
  extensions: Partial<Record<FulcioExtensionName, string>>
  /** The certificate's GitHub workflow claims, as cosign's flags match them (empty for keys). */
  githubWorkflow: GithubWorkflowClaims
}

const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/iu

/**
 * Verifies a Sigstore bundle offline as cosign verify-blob(-attestation) does: trust material,
 * timestamps, certificate chain and SCTs, transparency-log inclusion and body, signature, then
 * the signer policy (anchored identity/issuer patterns and exact certificate claims, or a
 * managed key), the predicate type and the artifact binding (message digest, or in-toto
 * subject). Synchronous: the trust root is given (see loadTrustedRootFromTuf for TUF).
 * The trust material of a root and key is built once and reused by later calls, and so is what
 * a signing certificate's chain and SCTs conclude (see entity-verifier.ts); everything that
 * depends on the bundle is checked on every call.
 * Rejections are SigstoreErrors: INVALID_INPUT (bad options), INVALID_BUNDLE,
 * VERIFICATION_FAILED (cryptography, trust, artifact, malformed certificate) or POLICY_FAILED
 * (wrong signer, claim or predicate type).
 */
export function verifyBundle(options: VerifyBundleOptions): VerifiedBundle {
  const { policy, artifact } = options
  const identityPolicy = checkPolicyOptions(policy)
  const digest = artifactDigest(artifact)
  const bundle = readBundle({ json: options.bundle, policy })
  const trust = prepareTrust({
    trustedRoot: options.trustedRoot,
    ...(policy.key === undefined ? {} : { key: policy.key })
  })
  try {
    const signed = signedContent({ bundle, artifact, digest, usesKey: policy.key !== undefined })
    const signer = trust.verifier.verify(signed)
    checkCheckpointConsistency({ bundle })
    return checkSigner({ policy, identityPolicy, signed, signer })
  } catch (error) {
    throw toRejection({ error, bundle, untrustedLogs: trust.untrustedLogs })
  }
}

/** The policy's signer: a key, or an identity and/or issuer; INVALID_INPUT otherwise. */
function checkPolicyOptions(policy: VerifyPolicy): CompiledIdentityPolicy {
  const identityPolicy = compileIdentityPolicy({ policy })
  const named = identityPolicy.identity !== undefined || identityPolicy.issuer !== undefined
  // Always asked: it also refuses claim names that do not exist (INVALID_INPUT).
  const wantsClaims = claimsRequested({ policy })
  if (policy.key !== undefined && (named || wantsClaims)) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message:
        'give either a public key or a certificate identity/issuer (and certificate claims), not both'
    })
  }
  if (policy.key === undefined && !named) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message:
        'a certificate identity or issuer (exact or regexp) is required to verify a keyless bundle, or a public key for a managed-key bundle'
    })
  }
  return identityPolicy
}

/**
 * The bundle, checked field by field and parsed; its signing material must suit the policy (a
 * key-signed bundle needs the key; a certificate checked against a key must hold that key), and
 * it must carry a transparency log entry.
 */
function readBundle(options: { json: unknown; policy: VerifyPolicy }): Bundle {
  const { json, policy } = options
  checkBundleJson({ json })
  const bundle = parseBundle(json)
  checkBundleShape({ bundle })
  const signedByKey = bundle.verificationMaterial.content.$case === 'publicKey'
  if (policy.key === undefined && signedByKey) {
    throw new SigstoreError({
      code: 'POLICY_FAILED',
      message: 'the bundle is signed with a managed key, not a certificate: give the public key'
    })
  }
  if (policy.key !== undefined && !signedByKey) checkCertificateKey({ bundle, key: policy.key })
  if (bundle.verificationMaterial.tlogEntries.length === 0) {
    throw failure(
      'the bundle has no transparency log entry; verification requires one (sign with a Rekor log)'
    )
  }
  return bundle
}

/** What the bundle signs, bound to the artifact, ready for the verifier. */
interface SignedContent extends EntityToVerify {
  kind: VerifiedBundle['kind']
  predicateType?: string
}

interface SignedContentOptions {
  bundle: Bundle
  artifact: VerifyArtifact | undefined
  digest: Buffer | undefined
  usesKey: boolean
}

/**
 * The signed entity of a message signature or DSSE envelope, after the artifact binding that
 * needs no key (message digest, or the statement's subjects). A certificate bundle checked
 * against a managed key is verified with the key: the key, not the chain, is trusted.
 */
function signedContent(options: SignedContentOptions): SignedContent {
  const { bundle, usesKey } = options
  const signed: SignedContent =
    bundle.content.$case === 'messageSignature'
      ? { kind: 'message', entity: messageEntity(options) }
      : dsseContent(options)
  const material = bundle.verificationMaterial.content
  if (usesKey && material.$case !== 'publicKey') {
    return { ...signed, entity: { ...signed.entity, key: { $case: 'public-key', hint: '' } } }
  }
  const certificateDer =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  return certificateDer === undefined ? signed : { ...signed, certificateDer }
}

/** A DSSE envelope: its statement's predicate type, and the artifact among its subjects. */
function dsseContent(options: SignedContentOptions): SignedContent {
  const { bundle, digest } = options
  if (bundle.content.$case !== 'dsseEnvelope') throw new TypeError('not a DSSE envelope')
  const envelope = bundle.content.dsseEnvelope
  const statement = readStatement({ payloadType: envelope.payloadType, payload: envelope.payload })
  if (digest !== undefined) {
    if (statement === undefined) {
      throw failure(
        `the DSSE payload is ${envelope.payloadType}, not an in-toto statement whose subject could be the artifact`
      )
    }
    if (!statement.sha256Subjects.includes(digest.toString('hex'))) {
      throw failure(
        `the artifact sha256:${digest.toString('hex')} is not a subject of the in-toto statement`
      )
    }
  }
  return {
    kind: 'dsse',
    entity: toSignedEntity(bundle),
    ...(statement?.predicateType === undefined ? {} : { predicateType: statement.predicateType })
  }
}

interface CheckSignerOptions {
  policy: VerifyPolicy
  identityPolicy: CompiledIdentityPolicy
  signed: SignedContent
  signer: Signer
}

/** The verified signer against the policy (identity, issuer, claims; predicate type). */
function checkSigner(options: CheckSignerOptions): VerifiedBundle {
  const { policy, identityPolicy, signed, signer } = options
  const usesKey = policy.key !== undefined
  const identity = signer.identity?.subjectAlternativeName
  const issuer = signer.identity?.extensions?.issuer
  const claims = usesKey
    ? { extensions: {}, githubWorkflow: {} }
    : readCertificateClaims({ extensions: signer.identity?.oids ?? [] })
  if (!usesKey) {
    checkIdentity({ policy: identityPolicy, identity, issuer })
    checkClaims({ policy, claims })
  }
  const { kind, predicateType } = signed
  checkPredicateType({ expected: policy.predicateType, kind, actual: predicateType })
  return {
    identity,
    issuer,
    kind,
    ...(predicateType === undefined ? {} : { predicateType }),
    ...claims
  }
}

/** Options of {@link parseBundleJSON}. */
export interface ParseBundleJSONOptions {
  /** The bundle file's text. */
  text: string
  /** Where it came from, for the error message. */
  source: string
}

/** Parses a bundle file's JSON for {@link verifyBundle}; INVALID_BUNDLE when it is not JSON. */
export function parseBundleJSON(options: ParseBundleJSONOptions): unknown {
  try {
    return JSON.parse(options.text) as unknown
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_BUNDLE',
      cause,
      message: `${options.source} is not a Sigstore bundle: malformed JSON (${(cause as Error).message})`
    })
  }
}

function artifactDigest(artifact: VerifyArtifact | undefined): Buffer | undefined {
  if (artifact === undefined) return undefined
  if ('data' in artifact) return createHash('sha256').update(artifact.data).digest()
  if (!SHA256_DIGEST.test(artifact.digest)) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `artifact digest ${JSON.stringify(artifact.digest)} is not sha256:<64 hex digits>`
    })
  }
  return Buffer.from(artifact.digest.slice('sha256:'.length), 'hex')
}

function parseBundle(json: unknown): Bundle {
  try {
    return bundleFromJSON(json)
  } catch (cause) {
    const fields = cause instanceof ValidationError ? ` (${cause.fields.join(', ')})` : ''
    throw new SigstoreError({
      code: 'INVALID_BUNDLE',
      cause,
      message: `not a valid Sigstore bundle: ${(cause as Error).message}${fields}`
    })
  }
}

interface MessageEntityOptions {
  bundle: Bundle
  artifact: VerifyArtifact | undefined
  digest: Buffer | undefined
}

/**
 * The signed entity of a message signature. With the artifact's bytes @sigstore/verify checks
 * the signature itself; with only a digest the signature is checked over that digest.
 * Either way the bundle's messageDigest must be the artifact's digest.
 */
function messageEntity(options: MessageEntityOptions): SignedEntity {
  const { bundle, artifact, digest } = options
  if (bundle.content.$case !== 'messageSignature') throw new TypeError('not a message signature')
  if (artifact === undefined || digest === undefined) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: 'a message-signature bundle can only be verified with the artifact or its digest'
    })
  }
  const message = bundle.content.messageSignature
  const algorithm = message.messageDigest?.algorithm ?? HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED
  const sha256 =
    algorithm === HashAlgorithm.SHA2_256 || algorithm === HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED
  const bundleDigest = message.messageDigest?.digest
  if (sha256 && bundleDigest !== undefined && !digest.equals(bundleDigest)) {
    throw failure(
      `the artifact sha256:${digest.toString('hex')} does not match the bundle's message digest sha256:${Buffer.from(bundleDigest).toString('hex')}`
    )
  }
  if ('data' in artifact) return toSignedEntity(bundle, artifact.data)
  if (!sha256 || bundleDigest === undefined) {
    throw failure(
      `the bundle's message digest is not SHA-256, so it cannot be verified with a sha256 digest`
    )
  }
  const entity = toSignedEntity(bundle)
  const content = entity.signature
  return {
    ...entity,
    signature: {
      signature: content.signature,
      compareSignature: signature => content.compareSignature(signature),
      compareDigest: other => content.compareDigest(other),
      compareSignedDigest: other => content.compareSignedDigest(other),
      verifySignature: key => verifyPrehashed({ key, digest, signature: content.signature })
    }
  }
}

interface CheckPredicateTypeOptions {
  expected: string | undefined
  kind: VerifiedBundle['kind']
  actual: string | undefined
}

/** The statement's predicate type must be the policy's, exactly. */
function checkPredicateType(options: CheckPredicateTypeOptions): void {
  const { expected, kind, actual } = options
  if (expected === undefined || actual === expected) return
  throw new SigstoreError({
    code: 'POLICY_FAILED',
    message:
      kind === 'message'
        ? `the predicate type ${JSON.stringify(expected)} is required, but the bundle is a message signature, which states no predicate (an attestation is a DSSE bundle)`
        : actual === undefined
          ? `the predicate type ${JSON.stringify(expected)} is required, but the DSSE payload is not an in-toto statement with a predicate type`
          : `the statement's predicate type is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
  })
}

function failure(message: string): SigstoreError {
  return new SigstoreError({ code: 'VERIFICATION_FAILED', message })
}

interface RejectionOptions {
  error: unknown
  bundle: Bundle
  untrustedLogs: UntrustedLog[]
}

/** Maps what verification threw to a SigstoreError; programming errors pass through. */
function toRejection(options: RejectionOptions): unknown {
  const { error, bundle, untrustedLogs } = options
  if (error instanceof SigstoreError) return error
  if (error instanceof TypeError || error instanceof ReferenceError) return error
  if (error instanceof PolicyError) {
    return new SigstoreError({ code: 'POLICY_FAILED', cause: error, message: error.message })
  }
  const reason =
    error instanceof VerificationError
      ? `${error.code}: ${error.message}`
      : `${(error as Error).name}: ${(error as Error).message}`
  const entryLogIds = bundle.verificationMaterial.tlogEntries.map(entry =>
    Buffer.from(entry.logId?.keyId ?? []).toString('base64')
  )
  const untrusted = untrustedLogs.find(log => log.keyIds.some(id => entryLogIds.includes(id)))
  const message =
    untrusted === undefined
      ? `bundle verification failed: ${reason}`
      : `bundle verification failed: the transparency log ${untrusted.baseUrl} of the bundle's entry is not trusted, its key in the trusted root has no validFor.start (${reason})`
  return new SigstoreError({ code: 'VERIFICATION_FAILED', cause: error, message })
}
