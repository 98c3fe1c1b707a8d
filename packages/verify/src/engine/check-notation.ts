import {
  NotationError,
  selectBlobStatement,
  selectOciStatement,
  verifyNotationSignature,
  type NotationVerificationOutcome,
  type TrustPolicyStatement
} from '@sign/notation'
import type { NotationSigner } from '../policy/types.ts'
import type { SignersByKind } from './signers.ts'
import type { TrustMaterial } from './trust.ts'

/** The artifact a notation signature must be for. */
export type NotationTarget =
  | {
      kind: 'oci'
      descriptor: { mediaType: string; digest: string; size: number }
      /** `registry/repository` for the scope match, or undefined in an OCI layout. */
      scopeReference: string | undefined
    }
  | {
      kind: 'blob'
      size: number
      digest: (algorithm: 'sha256' | 'sha384' | 'sha512') => Promise<string>
    }

/** What checking one notation signature against the notation signers found. */
export interface NotationCheck {
  signers: string[]
  /** Signers whose statement has level skip: the signature was not checked for them. */
  skipped: string[]
  identity?: string
  reasons: string[]
  warnings: string[]
}

/** Options of {@link selectStatement}. */
interface SelectStatementOptions {
  signer: NotationSigner
  target: NotationTarget
  notation: NonNullable<TrustMaterial['notation']>
}

/**
 * The trust policy statement for a signer and target: OCI images by scope (`registry/repo`, or
 * in an OCI layout the signer's `scope`, else the `*` statement), files by the blob document's
 * named or global statement. Throws NotationError when none applies.
 */
function selectStatement(options: SelectStatementOptions): TrustPolicyStatement {
  const { signer, target, notation } = options
  if (target.kind === 'oci') {
    if (notation.oci === undefined) {
      throw new NotationError({
        code: 'NO_APPLICABLE_TRUST_POLICY',
        message:
          'no OCI trust policy document (trustpolicy.oci.json, with registryScopes) is configured, so image signatures cannot be verified'
      })
    }
    const reference = target.scopeReference ?? signer.scope ?? 'local/oci-layout'
    if (target.scopeReference === undefined && signer.scope === undefined) {
      const wildcard = notation.oci.statements.find(s => s.registryScopes.includes('*'))
      if (wildcard !== undefined) return wildcard
    }
    return selectOciStatement({ document: notation.oci, reference })
  }
  if (notation.blob === undefined) {
    throw new NotationError({
      code: 'NO_APPLICABLE_TRUST_POLICY',
      message:
        'no blob trust policy document (trustpolicy.blob.json) is configured, so file signatures cannot be verified'
    })
  }
  return selectBlobStatement({
    document: notation.blob,
    ...(signer.blobPolicyName === undefined ? {} : { policyName: signer.blobPolicyName })
  })
}

/** Options of {@link skippedNotationSigners}. */
export interface SkippedNotationSignersOptions {
  signers: SignersByKind
  target: NotationTarget
  trust: TrustMaterial
}

/** Notation signers whose statement for this target has level skip, with the statement name. */
export function skippedNotationSigners(
  options: SkippedNotationSignersOptions
): Map<string, string> {
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

/** Options of {@link checkNotationSignature}. */
export interface CheckNotationSignatureOptions {
  envelope: Buffer
  envelopeMediaType: string
  target: NotationTarget
  signers: NotationSigner[]
  notation: NonNullable<TrustMaterial['notation']>
}

/** Verifies one notation signature for each notation signer's trust policy statement. */
export async function checkNotationSignature(
  options: CheckNotationSignatureOptions
): Promise<NotationCheck> {
  const result: NotationCheck = { signers: [], skipped: [], reasons: [], warnings: [] }
  for (const signer of options.signers) {
    let outcome: NotationVerificationOutcome
    try {
      const statement = selectStatement({
        signer,
        target: options.target,
        notation: options.notation
      })
      if (statement.level === 'skip') {
        // notation skips verification entirely; the requirement is met by the statement itself.
        result.skipped.push(signer.name)
        result.reasons.push(
          `${signer.name}: not checked, trust policy statement ${statement.name} has level skip`
        )
        continue
      }
      outcome = await verifyNotationSignature({
        envelope: options.envelope,
        envelopeMediaType: options.envelopeMediaType,
        statement,
        trustStores: options.notation.stores,
        target: options.target,
        revocation: options.notation.revocation
      })
    } catch (error) {
      if (!(error instanceof NotationError)) throw error
      result.reasons.push(`${signer.name}: ${error.message}`)
      continue
    }
    result.warnings.push(...outcome.warnings)
    if (outcome.signer !== undefined) result.identity = outcome.signer.subject
    if (outcome.verified) {
      result.signers.push(signer.name)
    } else {
      const failure = outcome.failure
      result.reasons.push(
        `${signer.name}: ${failure === undefined ? 'signature verification failed' : `${failure.type} validation failed: ${failure.message}`}`
      )
    }
  }
  return result
}
