// The tool catalog (packages/tools/catalog.json): data, not code. Each tool names where its
// releases live, how its assets are named per platform, and, per pinned version, the SHA-256 of
// every platform's asset as the tool's own published checksums file gives it.

/** Operating systems and architectures the catalog covers. */
export type ToolOs = 'linux' | 'darwin' | 'windows'
export type ToolArch = 'amd64' | 'arm64'
/** `<os>-<arch>`, e.g. `linux-amd64`. */
export type PlatformKey = `${ToolOs}-${ToolArch}`

/** How an asset is packed: a bare executable, or an archive holding it. */
export type AssetFormat = 'binary' | 'tar.gz' | 'zip'

/**
 * One tool. Templates use `{version}` (without a leading v), `{os}`, `{arch}`, and `{ext}`
 * (`.exe` on windows, else empty) — after the tool's own spelling of os/arch (`osNames`,
 * `archNames`) is applied.
 */
export interface CatalogTool {
  /** `owner/name` on GitHub; release assets are at `<mirror>/<repository>/releases/download/<tag>/<asset>`. */
  repository: string
  /** The release tag for a version, e.g. `v{version}`. */
  tag: string
  defaultVersion: string
  /** Asset file name per format: `{ "binary": "cosign-{os}-{arch}{ext}" }` or `{ "tar.gz": …, "zip": … }`. */
  assets: Partial<Record<AssetFormat, string>>
  /** Which format each OS uses (e.g. windows zip, others tar.gz). */
  formats: Record<ToolOs, AssetFormat>
  /**
   * The platforms the project publishes an asset for, when not all six (e.g. no windows-arm64
   * build); resolving any other platform is refused.
   */
  platforms?: PlatformKey[]
  /** The tool's spelling of os/arch in asset names, where it differs from ours (e.g. `{ "amd64": "x86_64" }`). */
  osNames?: Partial<Record<ToolOs, string>>
  archNames?: Partial<Record<ToolArch, string>>
  /** The executable's name on PATH (windows adds `.exe`); inside an archive, its path. */
  executable: string
  /** The published checksums file (sha256sum format) of a release; may use `{version}` and `{tag}`. */
  checksums: string
  /**
   * The Sigstore bundle of the checksums file, when the project publishes one, and who signs it
   * (cosign's --certificate-identity[-regexp] / --certificate-oidc-issuer). Versions not in the
   * catalog can only be installed when this is set (or allow-unverified is).
   */
  checksumsBundle?: {
    /** The bundle's file name in the release; may use `{version}` and `{tag}`. */
    asset: string
    /** The exact SAN; may use `{version}` and `{tag}` (e.g. a workflow at `@refs/tags/{tag}`). */
    certificateIdentity?: string
    /** An anchored (`^…$`) pattern for the SAN, used as is (no placeholders). */
    certificateIdentityRegexp?: string
    certificateOidcIssuer: string
  }
  /** A notation plugin: installed into notation's plugin directory, not on PATH. */
  notationPlugin?: {
    /** The plugin's name: its directory `plugins/<name>/` and binary `notation-<name>`. */
    name: string
  }
  /** Pinned versions: per platform, the SHA-256 (hex) of the asset. */
  versions: Record<string, Partial<Record<PlatformKey, string>>>
}

/** The whole catalog. */
export interface Catalog {
  version: 1
  /** Where the checksums were taken from and when (for the regen script and reviewers). */
  generated: {
    at: string
    by: string
    /** Per `tool@version`: where its checksums came from (URL or description). */
    sources?: Record<string, string>
  }
  tools: Record<string, CatalogTool>
}
