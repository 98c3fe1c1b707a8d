import type { X509Certificate } from 'node:crypto'
import { rfc3339 } from '../envelope/attributes.ts'
import { timestampError } from './errors.ts'

const MAX_DEPTH = 10

const issued = (child: X509Certificate, parent: X509Certificate): boolean =>
  child.checkIssued(parent) && child.verify(parent.publicKey)

const inTrustedRoots = (cert: X509Certificate, roots: X509Certificate[]): boolean =>
  roots.some(root => root.raw.equals(cert.raw))

/** Options of {@link buildTsaChain}. */
export interface BuildTsaChainOptions {
  /** The certificate that signed the token. */
  signer: X509Certificate
  /** Certificates carried in the token (intermediates, maybe the root). */
  intermediates: X509Certificate[]
  /** The `tsa` trust store roots. */
  roots: X509Certificate[]
  /** The time every certificate must be valid at: the timestamp's genTime. */
  at: Date
}

/**
 * Builds the TSA chain from the signing certificate to a trusted root (Go's x509.Verify with
 * the token's certificates as intermediates, at the timestamp time). Returns it leaf first.
 */
export function buildTsaChain(options: BuildTsaChainOptions): X509Certificate[] {
  const { roots, at } = options
  const chain = [options.signer]
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const current = chain[chain.length - 1] as X509Certificate
    checkValid(current, at)
    if (inTrustedRoots(current, roots)) return chain
    const root = roots.find(candidate => issued(current, candidate))
    if (root) {
      checkValid(root, at)
      return [...chain, root]
    }
    const next = options.intermediates.find(
      candidate => !chain.some(c => c.raw.equals(candidate.raw)) && issued(current, candidate)
    )
    if (!next) break
    chain.push(next)
  }
  throw timestampError(
    'failed to verify the timestamp countersignature with error: failed to verify signed token: cms verification failure: x509: certificate signed by unknown authority'
  )
}

function checkValid(cert: X509Certificate, at: Date): void {
  const from = new Date(cert.validFrom)
  const to = new Date(cert.validTo)
  if (at < from || at > to) {
    const why = at > to ? `is after ${rfc3339(to)}` : `is before ${rfc3339(from)}`
    throw timestampError(
      `failed to verify the timestamp countersignature with error: failed to verify signed token: cms verification failure: x509: certificate has expired or is not yet valid: current time ${rfc3339(at)} ${why}`
    )
  }
}
