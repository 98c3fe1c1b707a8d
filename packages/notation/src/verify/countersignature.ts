import type { ParsedEnvelope } from '../envelope/types.ts'
import { NotationError } from '../errors.ts'
import { verifyTimestampToken, type VerifiedTimestamp } from '../timestamp/verify-token.ts'
import type { TrustPolicyStatement } from '../trust-policy/types.ts'
import type { TrustStoreSource } from '../trust-store/types.ts'
import { loadStatementStores } from './trust-stores.ts'

/** Options of {@link verifyCountersignature}. */
export interface VerifyCountersignatureOptions {
  envelope: ParsedEnvelope
  statement: TrustPolicyStatement
  trustStores: TrustStoreSource
}

/**
 * Verifies the envelope's RFC 3161 timestamp countersignature against the statement's `tsa`
 * trust stores: the verified timestamp, or why there is none.
 */
export async function verifyCountersignature(
  options: VerifyCountersignatureOptions
): Promise<{ verified: VerifiedTimestamp } | { message: string }> {
  const { envelope, statement } = options
  const token = envelope.timestampSignature
  if (!token || token.length === 0) {
    return { message: 'no timestamp countersignature was found in the signature envelope' }
  }
  let roots
  try {
    roots = await loadStatementStores({ statement, trustStores: options.trustStores, type: 'tsa' })
  } catch (error) {
    return { message: `failed to load tsa trust store with error: ${messageOf(error)}` }
  }
  if (roots.length === 0) return { message: 'no trusted TSA certificate found in trust store' }
  try {
    return { verified: await verifyTimestampToken({ token, message: envelope.signature, roots }) }
  } catch (error) {
    if (error instanceof NotationError) return { message: error.message }
    // Anything else comes from a token no parser path anticipated: still a failed check.
    return {
      message: `failed to verify the timestamp countersignature with error: ${messageOf(error)}`
    }
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
