// Pinning a release in the catalog from the project's own checksums file, verified by its
// Sigstore bundle when the project publishes one.
import type { TrustedRootJSON } from '@sign/sigstore'
import { ToolsError } from '../errors.ts'
import type { FetchFunction } from '../install/fetch-release-file.ts'
import { fetchReleaseChecksums } from '../install/release-checksums.ts'
import { parseCatalog } from './parse-catalog.ts'
import { PLATFORM_KEYS } from './platform.ts'
import type { ToolPlatform } from './platform.ts'
import { normalizeVersion, resolveAsset } from './resolve-asset.ts'
import type { Catalog, PlatformKey, ToolArch, ToolOs } from './types.ts'
import type { ChecksumsSigner } from './verify-checksums-bundle.ts'

/** Options of {@link regenerateVersion}. */
export interface RegenerateVersionOptions {
  /** The catalog to update; it is not modified (a new one is returned). */
  catalog: Catalog
  tool: string
  /** With or without a leading `v`. */
  version: string
  /** Make this version the tool's default. */
  setDefault?: boolean
  /** A base URL replacing https://github.com (see resolveAsset). */
  mirror?: string
  /** Trust material for checksums bundles; the pinned public-good root when absent. */
  trustedRoot?: TrustedRootJSON
  fetch?: FetchFunction
  /** Milliseconds before the first retry of a failed fetch (tests shorten it). */
  retryDelayMs?: number
  /** The date recorded in `generated.at` (default: today, UTC). */
  now?: Date
}

/** The updated catalog and what went into it. */
export interface RegeneratedVersion {
  catalog: Catalog
  tool: string
  version: string
  /** The checksums pinned, per platform the release has an asset for. */
  pinned: Partial<Record<PlatformKey, string>>
  /** Platforms the tool publishes for whose asset the checksums file has no line. */
  missing: PlatformKey[]
  checksumsUrl: string
  /** Set when the checksums file's Sigstore bundle was verified. */
  verifiedBy?: ChecksumsSigner
}

/**
 * Fetches a release's checksums file (and, when the tool publishes one, its Sigstore bundle,
 * which must verify over the file against the catalog's release identity), takes each
 * platform's asset checksum from it and returns a new, validated catalog pinning that version.
 * Throws UNVERIFIABLE_VERSION for a bundle that does not verify, DOWNLOAD_FAILED, or
 * INVALID_INPUT for a checksums file that lists none of the tool's assets.
 */
export async function regenerateVersion(
  options: RegenerateVersionOptions
): Promise<RegeneratedVersion> {
  const { catalog, tool } = options
  const version = normalizeVersion({ tool, version: options.version })
  const resolved = platformsOf(catalog, tool).map(platform =>
    resolveAsset({ catalog, tool, version, platform, mirror: options.mirror })
  )
  const first = resolved[0]!
  const { sums, verifiedBy } = await fetchReleaseChecksums({
    resolved: first,
    trustedRoot: options.trustedRoot,
    consequence: 'The catalog was not changed.',
    fetch: options.fetch,
    retryDelayMs: options.retryDelayMs
  })
  const result: Omit<RegeneratedVersion, 'catalog' | 'pinned' | 'missing'> = {
    tool,
    version,
    checksumsUrl: first.checksumsUrl,
    ...(verifiedBy === undefined ? {} : { verifiedBy })
  }
  const pinned: Partial<Record<PlatformKey, string>> = {}
  const missing: PlatformKey[] = []
  for (const asset of resolved) {
    const sha256 = sums.get(asset.asset)
    if (sha256 === undefined) missing.push(asset.platform)
    else pinned[asset.platform] = sha256
  }
  if (Object.keys(pinned).length === 0) {
    throw new ToolsError({
      code: 'INVALID_INPUT',
      message:
        `The checksums file ${first.checksumsUrl} lists none of ${tool} ${version}'s assets ` +
        `(${resolved.map(r => r.asset).join(', ')}): check the version, or the asset names in the catalog.`
    })
  }
  const next = structuredClone(catalog)
  const entry = next.tools[tool]!
  entry.versions[version] = pinned
  if (options.setDefault === true) entry.defaultVersion = version
  next.generated.at = (options.now ?? new Date()).toISOString().slice(0, 10)
  next.generated.sources = {
    ...next.generated.sources,
    [`${tool}@${version}`]: describeSource({ ...result, missing })
  }
  return {
    ...result,
    catalog: parseCatalog({ json: next, source: 'the regenerated catalog' }),
    pinned,
    missing
  }
}

function platformsOf(catalog: Catalog, tool: string): ToolPlatform[] {
  const keys = catalog.tools[tool]?.platforms ?? PLATFORM_KEYS
  return keys.map(key => {
    const [os, arch] = key.split('-') as [ToolOs, ToolArch]
    return { os, arch }
  })
}

function describeSource(result: Omit<RegeneratedVersion, 'catalog' | 'pinned'>): string {
  const signed =
    result.verifiedBy === undefined
      ? 'no Sigstore bundle published: taken over TLS without a signature check'
      : `Sigstore bundle ${result.verifiedBy.bundleUrl} verified: ${result.verifiedBy.identity} ` +
        `(issuer ${result.verifiedBy.issuer})`
  const missing =
    result.missing.length > 0 ? `; no asset listed for ${result.missing.join(', ')}` : ''
  return `${result.checksumsUrl} (${signed})${missing}`
}
