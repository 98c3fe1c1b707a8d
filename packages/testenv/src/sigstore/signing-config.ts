import type { TimeRangeJson } from './trusted-root.ts'

/** One service entry of a signing config. */
export interface SigningServiceJson {
  url: string
  majorApiVersion: number
  validFor: TimeRangeJson
  operator: string
}

/** A Sigstore signing config (`application/vnd.dev.sigstore.signingconfig.v0.2+json`). */
export interface SigningConfigJson {
  mediaType: string
  caUrls: SigningServiceJson[]
  oidcUrls: SigningServiceJson[]
  rekorTlogUrls: SigningServiceJson[]
  rekorTlogConfig: { selector: 'ANY' }
  tsaUrls: SigningServiceJson[]
  tsaConfig: { selector: 'ANY' }
}

const OPERATOR = 'sign testenv'
const DAY = 86_400_000

/**
 * The signing config of a stack, shaped like public-good's `signing_config.v0.2.json`: Fulcio
 * (API v1), both Rekor logs (v1 and v2) and the TSA by its full URL. Clients pick the newest
 * `validFor.start` among the versions they support (sigstore-js: tlog ≤ 2), so the preferred
 * Rekor starts at `validFrom` and the other a day earlier. `oidcUrls` is empty: it names an
 * interactive OAuth provider, and the stack's tokens come from the Actions ID-token endpoint.
 */
export function signingConfigFor(options: {
  url: string
  validFrom: Date
  preferredRekorVersion: 1 | 2
}): SigningConfigJson {
  const { url, validFrom, preferredRekorVersion } = options
  const service = (serviceUrl: string, majorApiVersion: number, start = validFrom) => ({
    url: serviceUrl,
    majorApiVersion,
    validFor: { start: start.toISOString() },
    operator: OPERATOR
  })
  const earlier = new Date(validFrom.getTime() - DAY)
  return {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service(url, 1)],
    oidcUrls: [],
    rekorTlogUrls: [
      service(url, 2, preferredRekorVersion === 2 ? validFrom : earlier),
      service(url, 1, preferredRekorVersion === 1 ? validFrom : earlier)
    ],
    rekorTlogConfig: { selector: 'ANY' },
    tsaUrls: [service(`${url}/api/v1/timestamp`, 1)],
    tsaConfig: { selector: 'ANY' }
  }
}
