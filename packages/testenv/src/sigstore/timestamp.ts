import type { KeyObject } from 'node:crypto'
import { initializeTSA, tsaHandler, type TSA } from '@sigstore/mock/dist/timestamp/index.js'
import { fromMockResult, jsonReply, type ServiceRoute } from './http.ts'
import { readTimestampQuery } from './timestamp-query.ts'

/**
 * @sigstore/mock's RFC 3161 timestamp authority (a root and a signing certificate on one key),
 * with workaround (b): its genTime keeps milliseconds, which DER writes with trailing zeros
 * dropped (`…38.13Z`), while @sigstore/core parses GeneralizedTime only with exactly three
 * fractional digits, so about one timestamp in ten failed with `invalid time` (a real TSA
 * writing sub-second times would hit the same parser limit). The clock is replaced by one that
 * truncates to whole seconds. `getCurrentTime` is a TypeScript-private field of the mock's
 * TSAImpl; if a new mock version renames it, this throws rather than flaking again.
 */
export async function initializeTimestampAuthority(keyPair: {
  publicKey: KeyObject
  privateKey: KeyObject
}): Promise<TSA> {
  const tsa = await initializeTSA(keyPair)
  const clock = tsa as unknown as { getCurrentTime?: () => Date }
  if (typeof clock.getCurrentTime !== 'function') {
    throw new Error('@sigstore/mock TSAImpl has no getCurrentTime: revisit workaround (b)')
  }
  clock.getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000)
  keepQueryNonces(tsa)
  return tsa
}

/** A TSTInfo as the mock builds it: its nonce is an asn1js Integer. */
interface MockTstInfo {
  nonce: object
}

/**
 * Workaround (d): the mock writes the nonce from a JavaScript number, but an RFC 3161 query's
 * nonce is any INTEGER (cosign sends 64-bit ones) and the answer must carry it exactly. A request
 * with `nonceBytes` gets those content octets back, through the mock's own Integer class.
 */
function keepQueryNonces(tsa: TSA): void {
  const impl = tsa as unknown as {
    tstInfo?: (request: { nonceBytes?: Buffer }) => MockTstInfo
  }
  const original = impl.tstInfo?.bind(tsa)
  if (original === undefined) {
    throw new Error('@sigstore/mock TSAImpl has no tstInfo: revisit workaround (d)')
  }
  impl.tstInfo = request => {
    const info = original(request)
    if (request.nonceBytes !== undefined) {
      const Integer = info.nonce.constructor as new (options: { valueHex: ArrayBuffer }) => object
      const bytes = request.nonceBytes
      info.nonce = new Integer({ valueHex: new Uint8Array(bytes).buffer })
    }
    return info
  }
}

/** The Sigstore TSA's policy OID, which the mock also writes. */
const TSA_POLICY = '1.3.6.1.4.1.57264.2'

/**
 * The TSA's `POST /api/v1/timestamp`, answered with `application/timestamp-reply`: a JSON request
 * (sigstore-js) through the mock's handler, or, like Sigstore's TSA, an RFC 3161 query
 * (`application/timestamp-query`, DER: cosign and sigstore-go) read here and given to the mock.
 */
export function timestampRoutes(options: { tsa: TSA }): ServiceRoute[] {
  const handler = tsaHandler(options.tsa)
  return [
    {
      service: 'tsa',
      method: 'POST',
      path: '/api/v1/timestamp',
      handle: async ({ body, bytes, contentType }) => {
        if (!/timestamp-query/i.test(contentType ?? '')) {
          return fromMockResult(await handler.fn(body))
        }
        let query
        try {
          query = readTimestampQuery(bytes)
        } catch (error) {
          return jsonReply(400, { code: 400, message: `not a timestamp query: ${String(error)}` })
        }
        const timestamp = await options.tsa.timestamp({
          artifactHash: query.hashedMessage,
          hashAlgorithmOID: query.hashAlgorithmOid,
          nonce: 0,
          nonceBytes: query.nonce,
          policyOID: TSA_POLICY,
          certReq: query.certReq
        } as Parameters<TSA['timestamp']>[0])
        return {
          status: 201,
          body: Buffer.from(timestamp.buffer, timestamp.byteOffset, timestamp.byteLength),
          contentType: 'application/timestamp-reply'
        }
      }
    }
  ]
}
