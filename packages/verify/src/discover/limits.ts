// How much discovery reads of any one artifact before calling it unreadable (notation-go's
// limits for signature manifests and envelopes; cosign's cap on `.sig`/`.att` layers).

/** A signature manifest (referrer, or legacy cosign image) is at most 4 MiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/** A signature envelope, bundle or legacy layer is at most 32 MiB. */
export const MAX_SIGNATURE_BYTES = 32 * 1024 * 1024

/** A legacy `.sig` / `.att` image lists at most 1000 layers (cosign's maxLayers). */
export const MAX_LEGACY_LAYERS = 1000

/** How many signature artifacts are read at once. */
export const DEFAULT_CONCURRENCY = 8

/** `4 MiB`, `32 MiB`, or bytes. */
export function describeSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`
}
