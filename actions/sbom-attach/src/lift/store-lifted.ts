import type { Logger } from '@sign/action-kit'
import { registryStore, type RegistryClient } from '@sign/oci'
import { plainOrQuoted } from '@sign/safe-text'
import { attachBundleToImage } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
import type { LiftedRecord } from '../report/lifted-record.ts'
import type { LiftedStatement } from './sign-lifted.ts'

/**
 * Attaches each signed BuildKit statement to its own platform manifest as a cosign v3 bundle
 * referrer (predicate type annotated, as `cosign attest` writes it), leaving the index and its
 * attestation manifests as they are. Platforms in parallel, one referrer at a time per platform
 * (see storeSboms); each is logged as it is attached.
 */
export async function storeLifted(options: {
  client: RegistryClient
  created: Date
  lifted: LiftedStatement[]
  logger: Logger
}): Promise<LiftedRecord[]> {
  const byPlatform = new Map<string, LiftedStatement[]>()
  for (const item of options.lifted) {
    byPlatform.set(item.platform.name, [...(byPlatform.get(item.platform.name) ?? []), item])
  }
  const stored = await mapBounded({
    items: [...byPlatform.values()],
    work: async items => {
      const records: LiftedRecord[] = []
      for (const item of items) {
        const store = registryStore({ client: options.client, repo: item.platform.repo })
        const attestation = await attachBundleToImage({
          store,
          subject: item.platform.descriptor,
          signed: item.signed,
          predicateType: item.statement.predicateType,
          created: options.created
        })
        const entry = item.signed.tlogEntry
        const record: LiftedRecord = {
          subject: item.platform.name,
          index: item.index.name,
          predicateType: item.statement.predicateType,
          statementType: item.statement.statementType,
          form: item.statement.form,
          attestationManifest: item.statement.attestationManifest.digest,
          attestation: attestation.digest,
          ...(entry && { rekorLogIndex: Number(entry.logIndex) })
        }
        options.logger.info(
          `Lifted the ${plainOrQuoted(record.predicateType)} statement of ${plainOrQuoted(record.subject)}: attestation ${record.attestation}`
        )
        records.push(record)
      }
      return records
    }
  })
  return stored.flat()
}
