import type { Logger } from '@sign/action-kit'
import type { BundleSigner, SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { LiftTarget } from './read-buildkit.ts'

/** A BuildKit statement and its signature. */
export type LiftedStatement = LiftTarget & { signed: SignedBundle }

/**
 * Signs every BuildKit statement exactly as BuildKit wrote it (a DSSE envelope over its bytes,
 * its per-platform subject and predicate untouched), with the step's one certificate, in memory.
 */
export async function signLifted(options: {
  signer: BundleSigner
  targets: LiftTarget[]
  logger: Logger
}): Promise<LiftedStatement[]> {
  const signed = await mapBounded({
    items: options.targets,
    work: async target => ({
      ...target,
      signed: await options.signer.signStatementBytes(target.statement.payload)
    })
  })
  if (signed.length > 0) {
    options.logger.info(`${signed.length} BuildKit statement(s) signed as they are`)
  }
  return signed
}
