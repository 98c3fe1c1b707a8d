import { createHash } from 'node:crypto'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { Entry, type CreateEntryRequest } from '@sigstore/protobuf-specs/rekor/v2'
import { rekorV2Handler, type TLog } from '@sigstore/mock/dist/rekor/index.js'
import { fromMockResult, type ServiceReply, type ServiceRoute } from './http.ts'

/**
 * Rekor v2: `POST /api/v2/log/entries` through @sigstore/mock's rekorV2Handler, fed a log that
 * works around defect (d). Entries carry an inclusion proof and a checkpoint but, as in real
 * Rekor v2, no inclusion promise, so a verifier needs an RFC 3161 timestamp beside them.
 */
export function rekorV2Routes(options: { tlog: TLog }): ServiceRoute[] {
  const handler = rekorV2Handler(entryLoggingTLog(options.tlog))
  return [
    {
      service: 'rekor',
      method: 'POST',
      path: '/api/v2/log/entries',
      handle: async ({ body }) => withUnpopulatedProof(fromMockResult(await handler.fn(body)))
    }
  ]
}

/**
 * The created entry as rekor-tiles answers it: protobuf JSON with unpopulated fields emitted
 * (`EmitUnpopulated`), so a one-leaf tree's proof carries `logIndex: "0"` and `hashes: []`. The
 * mock's toJSON leaves both out, and sigstore-python's Rekor v2 client requires them.
 */
function withUnpopulatedProof(reply: ServiceReply): ServiceReply {
  if (reply.status !== 201 && reply.status !== 200) return reply
  const entry = JSON.parse(reply.body.toString()) as {
    inclusionProof?: { logIndex?: string; hashes?: string[] }
  }
  if (entry.inclusionProof) {
    entry.inclusionProof.logIndex ??= '0'
    entry.inclusionProof.hashes ??= []
  }
  return { ...reply, body: JSON.stringify(entry) }
}

/**
 * Workaround (d): the mock's `logV2` canonicalizes the CreateEntryRequest itself into the entry
 * body, where Rekor v2 logs a `rekor.v2.Entry` (verification: `kind/version mismatch …
 * undefined/undefined`), and it puts its random log index into the inclusion proof of a
 * one-leaf tree (`invalid index: N`). This log builds the Entry Rekor v2 would, has the mock
 * log that instead (logV2 canonicalizes whatever object it is given; the cast says so), then
 * sets the entry's kind/version and the proof's index 0 in the one-leaf tree. Workaround (e): the
 * mock's proof carries its hex root hash decoded as base64 (48 bytes, which sigstore-go rejects:
 * "calculated root … does not match"); the root of a one-leaf tree is the leaf hash. Workaround
 * (f): the mock gives the entry an integrated time, which Rekor v2 never does (rekor-tiles
 * answers only the index, the proof and the body): the time is dropped ("0"), so only an
 * RFC 3161 timestamp can prove when a Rekor v2 bundle was signed, as in production.
 */
function entryLoggingTLog(tlog: TLog): TLog {
  return {
    publicKey: tlog.publicKey,
    log: () => Promise.reject(new Error('this log only takes Rekor v2 entries')),
    logV2: async request => {
      const entry = rekorV2Entry(request)
      const logged = await tlog.logV2(Entry.toJSON(entry) as CreateEntryRequest)
      return {
        ...logged,
        integratedTime: '0',
        kindVersion: { kind: entry.kind, version: entry.apiVersion },
        inclusionProof: logged.inclusionProof && {
          ...logged.inclusionProof,
          logIndex: '0',
          rootHash: leafHash(logged.canonicalizedBody)
        }
      }
    }
  }
}

/** RFC 6962's leaf hash: sha256(0x00 ‖ entry body). */
function leafHash(body: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(body)
    .digest()
}

/** The entry Rekor v2 stores for a request: the digest and signatures, never the payload. */
function rekorV2Entry(request: CreateEntryRequest): Entry {
  const spec = request.spec
  switch (spec?.$case) {
    case 'dsseRequestV002': {
      const { envelope, verifiers } = spec.dsseRequestV002
      if (!envelope) throw new Error('the DSSE request has no envelope')
      const signatures = envelope.signatures.map(({ sig }, index) => ({
        content: sig,
        verifier: verifiers[index]
      }))
      const digest = createHash('sha256').update(envelope.payload).digest()
      return {
        kind: 'dsse',
        apiVersion: '0.0.2',
        spec: {
          spec: {
            $case: 'dsseV002',
            dsseV002: { payloadHash: { algorithm: HashAlgorithm.SHA2_256, digest }, signatures }
          }
        }
      }
    }
    case 'hashedRekordRequestV002': {
      const { digest, signature } = spec.hashedRekordRequestV002
      const data = { algorithm: HashAlgorithm.SHA2_256, digest }
      return {
        kind: 'hashedrekord',
        apiVersion: '0.0.2',
        spec: { spec: { $case: 'hashedRekordV002', hashedRekordV002: { data, signature } } }
      }
    }
    default:
      throw new Error('the request is neither a DSSE nor a hashedrekord request')
  }
}
