import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { hashFile } from '@sign/sigstore'
import { discoverFileSignatures, readFileSignature } from '../discover/index.ts'
import type { FoundFileSignature } from '../discover/index.ts'
import type { VerificationPolicy } from '../policy/types.ts'
import type { SignatureReport, SubjectReport } from '../report/types.ts'
import { checkNotationSignature, type NotationTarget } from './check-notation.ts'
import { checkSigstoreBundle } from './check-sigstore.ts'
import { evaluateSubject } from './evaluate.ts'
import { fromNotationCheck, fromSigstoreCheck, unreadableReport } from './signature-report.ts'
import { signersByKind } from './signers.ts'
import { skippedNotationSigners } from './verify-image.ts'
import type { TrustMaterial } from './trust.ts'

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
 */
export async function verifyFile(options: VerifyFileOptions): Promise<SubjectReport> {
  const { path, policy, trust } = options
  const digest = await hashFile(path)
  const found: FoundFileSignature[] =
    options.signatures === undefined
      ? await discoverFileSignatures({ path })
      : (
          await Promise.all(
            options.signatures.map(signature => readFileSignature({ path: signature }))
          )
        ).flat()
  const signers = signersByKind({ signers: policy.signers })
  const target: NotationTarget = {
    kind: 'blob',
    size: digest.size,
    digest: algorithm =>
      algorithm === 'sha256'
        ? Promise.resolve(`sha256:${digest.hex}`)
        : hashWith({ path, algorithm })
  }
  const sha256 = `sha256:${digest.hex}`
  const hasSigstore = signers.sigstore.length > 0 && trust.trustedRoot !== undefined
  const signatures: SignatureReport[] = []
  for (const item of found) {
    const location = item.line === undefined ? item.path : `${item.path} line ${item.line}`
    const at = { kind: item.kind, location, via: 'file' }
    if (item.kind === 'unreadable') {
      signatures.push(unreadableReport({ found: at, claimed: item.claimed, reason: item.reason }))
    } else if (item.kind === 'dsse-envelope') {
      signatures.push(
        unreadableReport({
          found: at,
          claimed: 'dsse-envelope',
          reason:
            'a bare DSSE envelope carries no certificate or log entry (they live only in Rekor), so it cannot be verified offline; use the Sigstore bundle the signer also publishes'
        })
      )
    } else if (item.kind === 'notation') {
      if (signers.notation.length === 0 || trust.notation === undefined) {
        signatures.push(
          fromNotationCheck({
            found: at,
            hasSigners: false,
            check: { signers: [], skipped: [], reasons: [], warnings: [] }
          })
        )
        continue
      }
      const check = await checkNotationSignature({
        envelope: item.envelope,
        envelopeMediaType: item.envelopeMediaType,
        target,
        signers: signers.notation,
        notation: trust.notation
      })
      signatures.push(fromNotationCheck({ found: at, check, hasSigners: true }))
    } else {
      const check =
        hasSigstore && trust.trustedRoot !== undefined
          ? checkSigstoreBundle({
              bundle: item.bundle,
              artifact: { digest: sha256 },
              signers: signers.sigstore,
              trustedRoot: trust.trustedRoot
            })
          : { signers: [], category: 'signature' as const, reasons: [] }
      signatures.push(fromSigstoreCheck({ found: at, check, hasSigners: hasSigstore }))
    }
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

async function hashWith(options: {
  path: string
  algorithm: 'sha384' | 'sha512'
}): Promise<string> {
  const hash = createHash(options.algorithm)
  for await (const chunk of createReadStream(options.path)) hash.update(chunk as Buffer)
  return `${options.algorithm}:${hash.digest('hex')}`
}
