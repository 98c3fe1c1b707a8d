import { SIGNING_AGENT } from '@sign/product'
import { NotationError } from '../errors.ts'
import { createCose, parseCose } from './cose.ts'
import { createJws, parseJws } from './jws.ts'
import {
  ENVELOPE_MEDIA_TYPE,
  type CreateEnvelopeOptions,
  type ParsedEnvelope,
  type SignedEnvelope
} from './types.ts'

/**
 * Signs `payload` into a Notary Project envelope (signing scheme notary.x509): a flattened JWS
 * or a COSE_Sign1, carrying the signer's certificate chain and the signing agent (the product's
 * SIGNING_AGENT, `sign/<version of sign version>`, unless given). Fails with INVALID_INPUT when
 * the expiry is not after the signing time.
 */
export async function createEnvelope(options: CreateEnvelopeOptions): Promise<SignedEnvelope> {
  const agented = { ...options, signingAgent: options.signingAgent ?? SIGNING_AGENT }
  const bytes = options.format === 'jws' ? await createJws(agented) : await createCose(agented)
  return { bytes, mediaType: ENVELOPE_MEDIA_TYPE[options.format] }
}

/**
 * Takes an envelope apart and checks its structure (encodings, signed attributes, crit, chain
 * present). The signature itself is checked by verifyEnvelopeIntegrity. Fails with
 * INVALID_ENVELOPE. `mediaType` is `application/jose+json` or `application/cose`.
 */
export function parseEnvelope(bytes: Buffer, mediaType: string): ParsedEnvelope {
  if (mediaType === ENVELOPE_MEDIA_TYPE.jws) return parseJws(bytes)
  if (mediaType === ENVELOPE_MEDIA_TYPE.cose) return parseCose(bytes)
  throw new NotationError({
    code: 'INVALID_ENVELOPE',
    message: `signature envelope media type "${mediaType}" is not a Notary Project one; expected ${ENVELOPE_MEDIA_TYPE.jws} or ${ENVELOPE_MEDIA_TYPE.cose}`
  })
}
