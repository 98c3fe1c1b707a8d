import type { Logger } from '@sign/action-kit'
import type { BundleSigner, SignedBundle } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { PlannedStatement } from '../build/statements.ts'

/** A statement and its signature. */
export type SignedStatement = PlannedStatement & { signed: SignedBundle }

/** Signs every statement (DSSE, in-toto) with the step's one certificate, in memory. */
export async function signStatements(options: {
  signer: BundleSigner
  statements: PlannedStatement[]
  logger: Logger
}): Promise<SignedStatement[]> {
  const signed = await mapBounded({
    items: options.statements,
    work: async planned => ({
      ...planned,
      signed: await options.signer.signStatement(planned.statement)
    })
  })
  const { rekor, tsa, fulcio } = options.signer.stats()
  options.logger.info(
    `${signed.length} statement(s) signed with ${new Set(signed.map(s => s.signed.certificatePem)).size} certificate(s); ${fulcio} Fulcio, ${rekor} Rekor and ${tsa} TSA requests`
  )
  return signed
}
