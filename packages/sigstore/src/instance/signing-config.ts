import { readFileSync } from 'node:fs'
import { ServiceSelector, SigningConfig, type Service } from '@sigstore/protobuf-specs'
import { SigstoreError } from '../errors.ts'
import type { SigstoreInstance } from './instance.ts'

const MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json'
// The API versions sigstore-js speaks: Fulcio v1, Rekor v1 and v2, TSA v1.
const MAX_VERSION = { ca: 1, tlog: 2, tsa: 1 }

/** What a signing config selects; `input` names it in errors (`signing-config <path>`). */
export type SigningConfigServices = Partial<SigstoreInstance> & {
  input: string
  rekorVersion: 1 | 2
}

/**
 * The services a Sigstore signing config (v0.2, a path or its parsed JSON) selects, as sigstore-js
 * selects them: among services of a supported major API version, valid now, the newest
 * `validFor.start` (a higher version breaks a tie). Selectors other than ANY are refused.
 */
export function signingConfigServices(source: string | object): SigningConfigServices {
  const input = typeof source === 'string' ? `signing-config ${source}` : 'signing-config'
  const config = parse(typeof source === 'string' ? readJson(source, input) : source, input)
  for (const [field, selection] of [
    ['rekorTlogConfig', config.rekorTlogConfig],
    ['tsaConfig', config.tsaConfig]
  ] as const) {
    if (selection && selection.selector !== ServiceSelector.ANY) {
      throw invalid(
        `${input} sets ${field}.selector to something other than ANY, which is the only selector supported: write "selector": "ANY".`
      )
    }
  }
  const now = new Date()
  const ca = select(config.caUrls, MAX_VERSION.ca, now)
  const tlog = select(config.rekorTlogUrls, MAX_VERSION.tlog, now)
  const tsa = select(config.tsaUrls, MAX_VERSION.tsa, now)
  return {
    input,
    rekorVersion: tlog?.majorApiVersion === 2 ? 2 : 1,
    ...(ca && { fulcioUrl: ca.url }),
    ...(tlog && { rekorUrl: tlog.url }),
    ...(tsa && { tsaUrl: tsa.url })
  }
}

function select(services: Service[], maxVersion: number, now: Date): Service | undefined {
  const usable = services.filter(
    ({ majorApiVersion, validFor }) =>
      majorApiVersion >= 1 &&
      majorApiVersion <= maxVersion &&
      (validFor?.start === undefined || validFor.start <= now) &&
      (validFor?.end === undefined || validFor.end >= now)
  )
  const start = (service: Service) => service.validFor?.start?.getTime() ?? 0
  return usable.sort((a, b) => start(b) - start(a) || b.majorApiVersion - a.majorApiVersion)[0]
}

function readJson(path: string, input: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw invalid(
      `${input} cannot be read (${reason}): pass the path of a Sigstore signing config (signing_config.v0.2.json).`,
      error
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw invalid(
      `${input} is not valid JSON (${(error as Error).message}): pass a Sigstore signing config (signing_config.v0.2.json).`,
      error
    )
  }
}

function parse(json: unknown, input: string): SigningConfig {
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType
  if (mediaType !== MEDIA_TYPE) {
    throw invalid(
      `${input} has media type ${JSON.stringify(mediaType)}, not ${MEDIA_TYPE}: pass a Sigstore signing config v0.2 (signing_config.v0.2.json from Sigstore's TUF repository).`
    )
  }
  try {
    return SigningConfig.fromJSON(json)
  } catch (error) {
    throw invalid(`${input} is not a valid signing config (${(error as Error).message}).`, error)
  }
}

function invalid(message: string, cause?: unknown): SigstoreError {
  return new SigstoreError({ code: 'INVALID_INSTANCE', message, cause })
}
