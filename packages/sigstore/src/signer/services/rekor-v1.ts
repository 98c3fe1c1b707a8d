import type { TransparencyLogEntry } from '@sigstore/bundle'
import type { SignatureBundle, VerificationMaterial, Witness } from '@sigstore/sign'
import { toProposedEntry } from '@sigstore/sign/dist/witness/tlog/entry.js'
import type { ServiceHttp } from './service-http.ts'
import { callService, ServiceHttpError } from './service-call.ts'

/** Rekor v1's answer per entry (`{ "<uuid>": { … } }`). */
interface LogEntryAnswer {
  body: string
  integratedTime: number
  logID: string
  logIndex: number
  verification?: {
    signedEntryTimestamp?: string
    inclusionProof?: {
      logIndex: number
      treeSize: number
      rootHash: string
      hashes: string[]
      checkpoint: string
    }
  }
}

/**
 * The entry @sigstore/sign proposes (hashedrekord, dsse or intoto, from the bundle content): the
 * same body sigstore-js sends, only over this suite's transport. Typed here as an object, since
 * its declared type lives in @sigstore/rekor-types, which is not installed (types only).
 */
const proposedEntry = toProposedEntry as (content: SignatureBundle, publicKey: string) => object

/** Options of {@link rekorV1Witness}. */
export interface RekorV1WitnessOptions {
  http: ServiceHttp
  rekorUrl: string
  timeoutMs: number
}

/** A Rekor entry answer, at most (an entry carries a certificate and an inclusion proof). */
const ENTRY_LIMIT = 1024 * 1024

/**
 * Rekor v1 (`POST /api/v1/log/entries`): logs the signature and its certificate, and reads the
 * entry back as the bundle's tlog entry. A 409 (the entry is already there: the answer to an
 * earlier try was lost) fetches that entry by the UUID its Location names.
 */
export function rekorV1Witness(options: RekorV1WitnessOptions): Witness {
  const base = options.rekorUrl.replace(/\/+$/, '')
  const call = (operation: string, method: 'GET' | 'POST', path: string, json?: unknown) =>
    callService({
      http: options.http,
      operation,
      method,
      url: new URL(`${base}${path}`),
      ...(json === undefined ? {} : { json }),
      timeoutMs: options.timeoutMs,
      ok: [200, 201],
      limit: ENTRY_LIMIT
    })
  return {
    testify: async (content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> => {
      let answer: Buffer
      try {
        const proposed = proposedEntry(content, publicKey)
        answer = await call('rekor.entry.create', 'POST', '/api/v1/log/entries', proposed)
      } catch (error) {
        const uuid = existingEntry(error)
        if (uuid === undefined) throw error
        answer = await call('rekor.entry.get', 'GET', `/api/v1/log/entries/${uuid}`)
      }
      return { tlogEntries: [tlogEntryOf(answer)] }
    }
  }
}

/** The UUID of the entry a 409 says exists (the last segment of its Location, hex only). */
function existingEntry(error: unknown): string | undefined {
  if (!(error instanceof ServiceHttpError) || error.statusCode !== 409) return undefined
  const uuid = error.location?.split('/').pop() ?? ''
  return /^[0-9a-f]{64,80}$/.test(uuid) ? uuid : undefined
}

/** The bundle's TransparencyLogEntry from Rekor's answer, as @sigstore/sign builds it. */
function tlogEntryOf(answer: Buffer): TransparencyLogEntry {
  const entries = Object.values(JSON.parse(answer.toString('utf8')) as object) as LogEntryAnswer[]
  if (entries.length !== 1) throw new Error(`Rekor answered ${entries.length} entries, not one`)
  const entry = entries[0] as LogEntryAnswer
  const body = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8')) as {
    kind: string
    apiVersion: string
  }
  const set = entry.verification?.signedEntryTimestamp
  const proof = entry.verification?.inclusionProof
  return {
    logIndex: entry.logIndex.toString(),
    logId: { keyId: Buffer.from(entry.logID, 'hex') },
    integratedTime: entry.integratedTime.toString(),
    kindVersion: { kind: body.kind, version: body.apiVersion },
    inclusionPromise: set ? { signedEntryTimestamp: Buffer.from(set, 'base64') } : undefined,
    inclusionProof: proof
      ? {
          logIndex: proof.logIndex.toString(),
          treeSize: proof.treeSize.toString(),
          rootHash: Buffer.from(proof.rootHash, 'hex'),
          hashes: proof.hashes.map(hash => Buffer.from(hash, 'hex')),
          checkpoint: { envelope: proof.checkpoint }
        }
      : undefined,
    canonicalizedBody: Buffer.from(entry.body, 'base64')
  }
}
