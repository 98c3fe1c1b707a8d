import { createHash } from 'node:crypto'
import type { SignatureBundle, VerificationMaterial, Witness } from '@sigstore/sign'
import type { ServiceHttp } from './service-http.ts'
import { callService } from './service-call.ts'

/** Options of {@link timestampWitness}. */
export interface TimestampWitnessOptions {
  http: ServiceHttp
  /** The TSA's base URL, or its full timestamp URL (a signing config gives the full one). */
  tsaUrl: string
  timeoutMs: number
}

/** An RFC 3161 timestamp response, at most (a token with the TSA's certificate chain). */
const TIMESTAMP_LIMIT = 1024 * 1024

/**
 * The timestamp authority (`POST /api/v1/timestamp`, Sigstore's JSON request): an RFC 3161
 * timestamp over the SHA-256 of the signature, for the bundle's verification material.
 */
export function timestampWitness(options: TimestampWitnessOptions): Witness {
  const base = new URL(options.tsaUrl)
  const url =
    base.pathname === '/' ? new URL(`${options.tsaUrl.replace(/\/+$/, '')}/api/v1/timestamp`) : base
  return {
    testify: async (content: SignatureBundle): Promise<VerificationMaterial> => {
      const signature =
        content.$case === 'dsseEnvelope'
          ? content.dsseEnvelope.signatures[0]?.sig
          : content.messageSignature.signature
      if (signature === undefined) throw new Error('the envelope has no signature to timestamp')
      const signedTimestamp = await callService({
        http: options.http,
        operation: 'tsa.timestamp',
        method: 'POST',
        url,
        json: {
          artifactHash: createHash('sha256').update(signature).digest('base64'),
          hashAlgorithm: 'sha256'
        },
        timeoutMs: options.timeoutMs,
        ok: [200, 201],
        limit: TIMESTAMP_LIMIT
      })
      return { rfc3161Timestamps: [{ signedTimestamp }] }
    }
  }
}
