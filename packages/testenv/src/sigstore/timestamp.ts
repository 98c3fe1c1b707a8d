import type { KeyObject } from 'node:crypto'
import { initializeTSA, tsaHandler, type TSA } from '@sigstore/mock/dist/timestamp/index.js'
import { fromMockResult, type ServiceRoute } from './http.ts'

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
  return tsa
}

/** The TSA's `POST /api/v1/timestamp` (JSON request, `application/timestamp-reply` answer). */
export function timestampRoutes(options: { tsa: TSA }): ServiceRoute[] {
  const handler = tsaHandler(options.tsa)
  return [
    {
      service: 'tsa',
      method: 'POST',
      path: '/api/v1/timestamp',
      handle: async ({ body }) => fromMockResult(await handler.fn(body))
    }
  ]
}
