import { createHash } from 'node:crypto'
import { dsse } from '@sigstore/core'
import { HashAlgorithm, TransparencyLogEntry } from '@sigstore/protobuf-specs'
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
 * The CreateEntryRequest of a signature: always a `hashedrekord` v0.0.2. Rekor v2 has no DSSE
 * entry type (its `dsse` v0.0.2 is deprecated; rekor-tiles CLIENTS.md, "DSSE / signed
 * attestations", and the Rekor v2 spec §6.1.4): a DSSE envelope is logged as a hashedrekord whose
 * digest is SHA-256 of the envelope's PAE (what the P-256 signature covers) and whose signature
 * is the envelope's. sigstore-go (cosign 3) signs so and refuses to parse a bundle with a
 * `dsse` v0.0.2 entry; @sigstore/verify accepts both.
 */
function createEntryRequest(content: SignatureBundle, publicKey: string): CreateEntryRequest {
  if (content.$case !== 'dsseEnvelope') return toCreateEntryRequest(content, publicKey)
  const { payloadType, payload, signatures } = content.dsseEnvelope
  const [signature] = signatures
  if (signature === undefined) throw new Error('the DSSE envelope holds no signature to log')
  const pae = dsse.preAuthEncoding(payloadType, payload)
  return toCreateEntryRequest(
    {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: {
          algorithm: HashAlgorithm.SHA2_256,
          digest: createHash('sha256').update(pae).digest()
        },
        signature: signature.sig
      }
    },
    publicKey
  )
}

/**
 * Rekor v2 (`POST /api/v2/log/entries`): its CreateEntryRequest (see createEntryRequest),
 * answered with the bundle's TransparencyLogEntry itself (an inclusion proof and checkpoint, no
 * promise).
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
        json: CreateEntryRequest.toJSON(createEntryRequest(content, publicKey)),
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
