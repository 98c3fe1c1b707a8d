import { createHash } from 'node:crypto'
import { rekorHandler, type TLog } from '@sigstore/mock/dist/rekor/index.js'
import { fromMockResult, jsonReply, type ServiceReply, type ServiceRoute } from './http.ts'
import { canonicalDsseEntry, type DsseProposal } from './rekor-dsse.ts'

/** A Rekor v1 log entry as the API returns it (keyed by UUID in responses). */
interface RekorEntry {
  /** Base64 of the canonicalized entry body. */
  body: string
  [field: string]: unknown
}

const ENTRIES_PATH = '/api/v1/log/entries'

/**
 * Rekor v1: `POST /api/v1/log/entries` through @sigstore/mock's rekorHandler, and
 * `GET /api/v1/log/entries/{uuid}`. Entries are kept by their real Rekor UUID, the Merkle leaf
 * hash sha256(0x00 ‖ body); proposing an entry whose body is already logged answers 409 with a
 * `Location` header, as Rekor does, so sigstore-js's `fetchOnConflict` path runs for real. A
 * created entry is answered with `Location` and `ETag: <uuid>`, as Rekor's CreateLogEntryHandler
 * does: sigstore-go (cosign) picks the new entry out of the response by that ETag.
 */
export function rekorV1Routes(options: { tlog: TLog }): ServiceRoute[] {
  const handler = rekorHandler(options.tlog)
  const entries = new Map<string, RekorEntry>()

  const create = async (body: string): Promise<ServiceReply> => {
    let logged: object
    try {
      const proposal = JSON.parse(body) as { kind?: string }
      logged = proposal.kind === 'dsse' ? canonicalDsseEntry(proposal as DsseProposal) : proposal
    } catch (error) {
      return jsonReply(400, { code: 400, message: `invalid proposed entry: ${String(error)}` })
    }
    const result = await handler.fn(JSON.stringify(logged))
    const text = fromMockResult(result).body.toString()
    if (result.statusCode !== 201) {
      return jsonReply(result.statusCode, { code: result.statusCode, message: text })
    }
    const [entry] = Object.values(JSON.parse(text) as Record<string, RekorEntry>)
    if (!entry) throw new Error('@sigstore/mock rekorHandler returned no entry')
    const uuid = createHash('sha256')
      .update(Buffer.from([0]))
      .update(Buffer.from(entry.body, 'base64'))
      .digest('hex')
    const location = `${ENTRIES_PATH}/${uuid}`
    if (entries.has(uuid)) {
      // The mock's log has no memory; the new entry is dropped, as Rekor never logs it twice.
      const message = `an equivalent entry already exists in the transparency log with UUID ${uuid}`
      return jsonReply(409, { code: 409, message }, { location })
    }
    entries.set(uuid, entry)
    return jsonReply(201, { [uuid]: entry }, { location, etag: uuid })
  }

  const get = (uuid: string): ServiceReply => {
    const entry = entries.get(uuid)
    return entry
      ? jsonReply(200, { [uuid]: entry })
      : jsonReply(404, { code: 404, message: `no entry with UUID ${uuid}` })
  }

  return [
    { service: 'rekor', method: 'POST', path: ENTRIES_PATH, handle: r => create(r.body) },
    { service: 'rekor', method: 'GET', path: `${ENTRIES_PATH}/`, handle: r => get(r.rest) }
  ]
}
