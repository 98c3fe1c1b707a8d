import { SigstoreError } from '../errors.ts'
import { PUBLIC_GOOD, type SigstoreInstance } from './instance.ts'
import { serviceUrl } from './service-url.ts'
import { signingConfigServices } from './signing-config.ts'

/**
 * Where the Sigstore services come from: explicit URLs override the signing config's. Empty
 * strings count as not given (unset action inputs arrive as '').
 */
export interface ResolveInstanceOptions {
  fulcioUrl?: string
  /** A Rekor v1 base URL (Rekor v2 is selected by a signing config only, as in cosign). */
  rekorUrl?: string
  tsaUrl?: string
  /** A Sigstore signing config v0.2: its path, or its parsed JSON. */
  signingConfig?: string | object
  /** Whether to write to the transparency log (default true); false needs a TSA. */
  tlogUpload?: boolean
}

/**
 * The Sigstore instance to sign with: PUBLIC_GOOD (Fulcio + Rekor v1, no TSA) by default, the
 * services a signing config selects when one is given, then each explicit URL on top. Refuses,
 * naming the input, what could not be verified later: Rekor v2 or no transparency log without
 * a TSA (nothing would prove the certificate was valid when signing), and plain http:// to
 * anything but a loopback host.
 */
export function resolveInstance(options: ResolveInstanceOptions): SigstoreInstance {
  const given = (value: string | undefined) => (value === '' ? undefined : value)
  const config = options.signingConfig === '' ? undefined : options.signingConfig
  const base =
    config === undefined
      ? { input: 'the default instance', ...PUBLIC_GOOD }
      : signingConfigServices(config)
  const pick = (
    explicit: string | undefined,
    input: string,
    selected: string | undefined,
    field: string
  ) => {
    const url = given(explicit)
    if (url !== undefined) return serviceUrl({ url, input })
    return selected === undefined
      ? undefined
      : serviceUrl({ url: selected, input: `${base.input} ${field} entry` })
  }

  const fulcioUrl = pick(options.fulcioUrl, 'fulcio-url', base.fulcioUrl, 'caUrls')
  if (fulcioUrl === undefined) {
    throw invalid(
      `${base.input} names no usable certificate authority (a caUrls entry with ` +
        'majorApiVersion 1, valid now): add one, or pass fulcio-url.'
    )
  }
  const explicitRekor = given(options.rekorUrl) !== undefined
  const rekorVersion = explicitRekor ? 1 : base.rekorVersion
  const rekorUrl =
    options.tlogUpload === false
      ? undefined
      : pick(options.rekorUrl, 'rekor-url', base.rekorUrl, 'rekorTlogUrls')
  const tsaUrl = pick(options.tsaUrl, 'tsa-url', base.tsaUrl, 'tsaUrls')

  if (tsaUrl === undefined) {
    if (options.tlogUpload === false) {
      throw invalid(
        'tlog-upload: false needs a tsa-url: without a transparency log entry, only an RFC 3161 ' +
          'timestamp proves the short-lived certificate was valid when signing. Pass tsa-url ' +
          '(or a signing-config that lists a TSA), or keep tlog-upload: true.'
      )
    }
    if (rekorUrl === undefined) {
      throw invalid(
        `${base.input} names no usable transparency log (rekorTlogUrls, major API version 1 ` +
          'or 2, valid now) and no TSA: pass rekor-url or tsa-url.'
      )
    }
    if (rekorVersion === 2) {
      throw invalid(
        `Rekor v2 (${rekorUrl}, from ${base.input}) needs a timestamp authority: its entries ` +
          'carry no signed time. Pass tsa-url, use a signing-config that lists a TSA, or pass ' +
          'rekor-url for a Rekor v1 log.'
      )
    }
  }
  return {
    fulcioUrl,
    rekorVersion: rekorUrl === undefined ? 1 : rekorVersion,
    ...(rekorUrl !== undefined && { rekorUrl }),
    ...(tsaUrl !== undefined && { tsaUrl })
  }
}

function invalid(message: string): SigstoreError {
  return new SigstoreError({ code: 'INVALID_INSTANCE', message })
}
