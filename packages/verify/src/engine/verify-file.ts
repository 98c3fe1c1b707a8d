import { stat } from 'node:fs/promises'
import { blobDescriptor, type BlobDigestAlgorithm } from '@sign/notation'
import { fileKind } from '@sign/oci'
import { quote } from '@sign/safe-text'
import { VerifyError } from '../errors.ts'
import { hashFile } from '@sign/sigstore'
import { discoverFileSignatures, readFileSignature } from '../discover/index.ts'
import type { FoundFileSignature } from '../discover/index.ts'
import type { VerificationPolicy } from '../policy/types.ts'
import type { SignatureReport, SubjectReport } from '../report/types.ts'
import { skippedNotationSigners, type NotationTarget } from './check-notation.ts'
import { evaluateSubject } from './evaluate.ts'
import { fileSbomReports } from './file-sboms.ts'
import { notationReport, sigstoreReport, unreadableReport } from './signature-report.ts'
import { signersByKind } from './signers.ts'
import type { TrustMaterial } from './trust.ts'

/** The payload media type notation gives a blob by default (only the digest is compared here). */
const BLOB_MEDIA_TYPE = 'application/octet-stream'

/** Options of {@link verifyFile}. */
export interface VerifyFileOptions {
  /** The release file. */
  path: string
  /**
   * Signature files to use instead of the ones found beside it (`--bundle`, `--signature`):
   * Sigstore bundles, `.intoto.jsonl`, or notation `.jws.sig` / `.cose.sig`.
   */
  signatures?: string[]
  policy: VerificationPolicy
  trust: TrustMaterial
}

/**
 * Verifies one file: its sha256 is computed once (streamed), the signatures beside it are read
 * (`.sigstore.json`, `.sigstore`, `.intoto.jsonl`, `.jws.sig`, `.cose.sig`) and each is checked
 * against the policy; notation blob signatures are checked with the hash their algorithm implies.
 * When the policy requires SBOMs, the SBOM files beside it are read and checked (fileSbomReports).
 * The file must be a regular file once links are followed (INVALID_INPUT for a FIFO or a link to
 * a device, which would never end).
 */
export async function verifyFile(options: VerifyFileOptions): Promise<SubjectReport> {
  const { path, policy, trust } = options
  await mustBeRegularFile(path)
  const digest = await hashFile(path)
  const found = await readSignatures(options)
  const signers = signersByKind({ signers: policy.signers })
  const sha256 = `sha256:${digest.hex}`
  // sha384 and sha512 (what a notation signing key's hash implies) are computed on first use,
  // once each, however many signatures and signers ask.
  const digests: Partial<Record<BlobDigestAlgorithm, Promise<string>>> = {
    sha256: Promise.resolve(sha256)
  }
  const target: NotationTarget = {
    kind: 'blob',
    size: digest.size,
    digest: algorithm =>
      (digests[algorithm] ??= blobDescriptor({ path, mediaType: BLOB_MEDIA_TYPE, algorithm }).then(
        descriptor => descriptor.digest
      ))
  }
  const signatures: SignatureReport[] = []
  for (const item of found) {
    signatures.push(await checkSignature({ item, sha256, target, signers, trust }))
  }
  if (policy.requirements.some(requirement => requirement.category === 'sbom')) {
    signatures.push(...(await fileSbomReports({ path, sha256, signers, trust })))
  }
  return evaluateSubject({
    subject: path,
    kind: 'file',
    digest: sha256,
    policy,
    signatures,
    skippedSigners: skippedNotationSigners({ signers, target, trust })
  })
}

/** The signatures given for the file, or else those found beside it. */
async function readSignatures(options: VerifyFileOptions): Promise<FoundFileSignature[]> {
  if (options.signatures === undefined) return discoverFileSignatures({ path: options.path })
  const read = await Promise.all(
    options.signatures.map(signature => readFileSignature({ path: signature }))
  )
  return read.flat()
}

interface CheckSignatureOptions {
  item: FoundFileSignature
  /** The file's digest, `sha256:<hex>`. */
  sha256: string
  target: NotationTarget
  signers: ReturnType<typeof signersByKind>
  trust: TrustMaterial
}

/** One signature of the file, checked against the policy's signers of its kind. */
async function checkSignature(options: CheckSignatureOptions): Promise<SignatureReport> {
  const { item, sha256, target, signers, trust } = options
  const location = item.line === undefined ? item.path : `${item.path} line ${item.line}`
  const found = { kind: item.kind, location, via: 'file' }
  if (item.kind === 'unreadable') {
    return unreadableReport({ found, claimed: item.claimed, reason: item.reason })
  }
  if (item.kind === 'dsse-envelope') {
    return unreadableReport({
      found,
      claimed: 'dsse-envelope',
      reason:
        'a bare DSSE envelope carries no certificate or log entry (they live only in Rekor), so it cannot be verified offline; use the Sigstore bundle the signer also publishes'
    })
  }
  if (item.kind === 'notation') {
    return notationReport({
      found,
      envelope: item.envelope,
      envelopeMediaType: item.envelopeMediaType,
      target,
      signers,
      trust
    })
  }
  return sigstoreReport({
    found,
    bundle: item.bundle,
    artifact: { digest: sha256 },
    signers,
    trust
  })
}

/** INVALID_INPUT unless `path` is a regular file once links are followed; absence is left to hashing. */
async function mustBeRegularFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined)
  if (info && !info.isFile()) {
    throw new VerifyError({
      code: 'INVALID_INPUT',
      message: `the file ${quote(path)} is ${fileKind(info)}, not a regular file; give a release file to verify`
    })
  }
}
