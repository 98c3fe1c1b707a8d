import { HEADER } from '../envelope/attributes.ts'
import { parseEnvelope } from '../envelope/envelope.ts'
import { verifyEnvelopeIntegrity } from '../envelope/integrity.ts'
import type { ParsedEnvelope } from '../envelope/types.ts'
import { checkChainStructure } from '../certificate/chain-structure.ts'

/** The verification plugin attributes (notation-go verifier/helpers.go). */
const PLUGIN_HEADER = {
  name: 'io.cncf.notary.verificationPlugin',
  minVersion: 'io.cncf.notary.verificationPluginMinVersion'
} as const

/** Critical headers this verifier understands. */
const UNDERSTOOD = new Set<string>([
  HEADER.signingScheme,
  HEADER.expiry,
  HEADER.authenticSigningTime
])

/** An envelope that passed the integrity step. */
export interface IntactEnvelope {
  envelope: ParsedEnvelope
  /** The verification plugin the envelope requires, if any. */
  plugin?: { name: string; minVersion?: string }
}

/** Options of {@link checkIntegrity}. */
export interface CheckIntegrityOptions {
  envelope: Buffer
  envelopeMediaType: string
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Step 1 of notary.md §3.3: parse by media type, check the signature with the leaf key and alg
 * against that key, the signed-attribute rules, the certificate chain rules and `cty`. Stricter
 * than notation-go: critical headers it does not understand fail unless a verification plugin
 * is named (the plugin is then responsible for them, and step 2 stops anyway).
 */
export function checkIntegrity(
  options: CheckIntegrityOptions
): { ok: true; value: IntactEnvelope } | { ok: false; message: string } {
  let envelope: ParsedEnvelope
  try {
    envelope = parseEnvelope(options.envelope, options.envelopeMediaType)
  } catch (error) {
    return {
      ok: false,
      message: `unable to parse the digital signature, error : ${messageOf(error)}`
    }
  }
  const header = envelope.protectedHeader
  const pluginName = header.get(PLUGIN_HEADER.name)
  const minVersion = header.get(PLUGIN_HEADER.minVersion)
  const unknown = envelope.signedAttributes.crit.filter(
    name =>
      !UNDERSTOOD.has(name) && name !== PLUGIN_HEADER.name && name !== PLUGIN_HEADER.minVersion
  )
  if (pluginName === undefined && unknown.length > 0) {
    return {
      ok: false,
      message: `signature is invalid. Error: the signature marks ${unknown.map(name => `"${name}"`).join(', ')} critical, which this verifier does not understand (critical headers must be understood or the signature rejected)`
    }
  }
  try {
    verifyEnvelopeIntegrity(envelope)
  } catch (error) {
    return { ok: false, message: `signature is invalid. Error: ${messageOf(error)}` }
  }
  try {
    checkChainStructure({ chain: envelope.certificateChain })
  } catch (error) {
    return { ok: false, message: `certificate-chain is invalid, ${messageOf(error)}` }
  }
  const plugin =
    pluginName === undefined
      ? undefined
      : {
          name: typeof pluginName === 'string' ? pluginName : JSON.stringify(pluginName),
          ...(typeof minVersion === 'string' && { minVersion })
        }
  return { ok: true, value: { envelope, ...(plugin && { plugin }) } }
}
