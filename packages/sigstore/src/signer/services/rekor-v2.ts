import { TransparencyLogEntry } from '@sigstore/protobuf-specs'
import { CreateEntryRequest } from '@sigstore/protobuf-specs/rekor/v2'
import type { SignatureBundle, VerificationMaterial, Witness } from '@sigstore/sign'
import { toCreateEntryRequest } from '@sigstore/sign/dist/witness/tlog/entry.js'
import type { ServiceHttp } from './service-http.ts'
import { callService } from './service-call.ts'

/** Options of {@link rekorV2Witness}. */
export interface RekorV2WitnessOptions {
  http: ServiceHttp
  rekorUrl: string
  timeoutMs: number
}

const ENTRY_LIMIT = 1024 * 1024

/**
 * Rekor v2 (`POST /api/v2/log/entries`): its CreateEntryRequest, answered with the bundle's
 * TransparencyLogEntry itself (an inclusion proof and checkpoint, no promise).
 */
export function rekorV2Witness(options: RekorV2WitnessOptions): Witness {
  const url = new URL(`${options.rekorUrl.replace(/\/+$/, '')}/api/v2/log/entries`)
  return {
    testify: async (content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> => {
      const answer = await callService({
        http: options.http,
        operation: 'rekor.entry.create',
        method: 'POST',
        url,
        json: CreateEntryRequest.toJSON(toCreateEntryRequest(content, publicKey)),
        timeoutMs: options.timeoutMs,
        ok: [200, 201],
        limit: ENTRY_LIMIT
      })
      const entry = TransparencyLogEntry.fromJSON(JSON.parse(answer.toString('utf8')))
      if (entry.logId === undefined || entry.kindVersion === undefined) {
        throw new Error('Rekor v2 answered an entry without a log id or kind')
      }
      return { tlogEntries: [{ ...entry, logId: entry.logId, kindVersion: entry.kindVersion }] }
    }
  }
}
