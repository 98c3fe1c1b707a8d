import { orderChain } from '../certificate/order-chain.ts'
import { validateSigningChain } from '../certificate/signing-chain.ts'
import { algorithmForCertificate } from '../signer/algorithm.ts'
import type { NotaryAlgorithm } from '../signer/signer.ts'

/**
 * Orders certificates leaf…root by subject and issuer, derives the algorithm from the leaf's key
 * (UNSUPPORTED_KEY first, the more precise refusal), and checks the chain against the Notary
 * Project certificate rules at `at` (INVALID_CERTIFICATE_CHAIN) — all before anything is signed.
 */
export function signingChain(options: { certificates: Buffer[]; at: Date }): {
  chain: Buffer[]
  algorithm: NotaryAlgorithm
} {
  const chain = orderChain(options.certificates)
  const algorithm = algorithmForCertificate(chain[0] ?? Buffer.alloc(0))
  validateSigningChain({ chain, at: options.at })
  return { chain, algorithm }
}
