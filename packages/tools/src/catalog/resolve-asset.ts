// From (catalog, tool, version, platform, mirror) to the release asset to download and check.
import { ToolsError } from '../errors.ts'
import { VERSION_PATTERN } from './parse-tool.ts'
import { PLATFORM_KEYS, platformKey } from './platform.ts'
import type { ToolPlatform } from './platform.ts'
import { expandTemplate } from './template.ts'
import type { AssetFormat, Catalog, PlatformKey } from './types.ts'

/** The release host when no mirror is given. */
const DEFAULT_RELEASE_HOST = 'https://github.com'

/** Options of {@link resolveAsset}. */
export interface ResolveAssetOptions {
  catalog: Catalog
  /** The tool's catalog name, e.g. `cosign`. */
  tool: string
  /** With or without a leading `v`; the tool's default version when absent. */
  version?: string
  platform: ToolPlatform
  /**
   * A base URL replacing `https://github.com` (GHES, air-gapped mirrors): assets are fetched
   * from `<mirror>/<repository>/releases/download/<tag>/<asset>`. http(s); a trailing slash is
   * tolerated; no credentials, query or fragment.
   */
  mirror?: string
}

/** Who must have signed the checksums file's Sigstore bundle (placeholders expanded). */
export interface ChecksumsIdentity {
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer: string
}

/** Everything an installer needs for one tool on one platform. */
export interface ResolvedAsset {
  tool: string
  /** Without a leading v. */
  version: string
  /** The release tag, e.g. `v2.4.1`. */
  tag: string
  /** The platform, e.g. `linux-amd64`. */
  platform: PlatformKey
  /** The release file name, e.g. `cosign-linux-amd64`. */
  asset: string
  format: AssetFormat
  url: string
  /** The pinned SHA-256 (hex) from the catalog; undefined when this version/platform is not pinned. */
  sha256: string | undefined
  /** The release's checksums file (sha256sum format). */
  checksumsUrl: string
  /** The checksums file's Sigstore bundle, when the project publishes one. */
  checksumsBundleUrl?: string
  /** Who must have signed that bundle. */
  checksumsIdentity?: ChecksumsIdentity
  /** The executable's name (or path inside the archive), with `.exe` on windows. */
  executable: string
  /** Set for notation plugins: installed under notation's `plugins/<name>/`. */
  notationPlugin?: { name: string }
}

/**
 * Resolves a tool's release asset for one platform: its name, format, download URL (on the
 * mirror when given), the pinned SHA-256 when the catalog has it, and where the release's
 * checksums file and its Sigstore bundle are. Throws `ToolsError` UNKNOWN_TOOL,
 * UNSUPPORTED_PLATFORM or INVALID_INPUT (bad version or mirror).
 */
export function resolveAsset(options: ResolveAssetOptions): ResolvedAsset {
  const { catalog, platform } = options
  if (!Object.hasOwn(catalog.tools, options.tool)) {
    throw new ToolsError({
      code: 'UNKNOWN_TOOL',
      message:
        `Unknown tool "${options.tool}": the catalog has ${Object.keys(catalog.tools).join(', ')}. ` +
        'Write one of these, optionally followed by @<version>.'
    })
  }
  const entry = catalog.tools[options.tool]!
  const version = normalizeVersion({
    tool: options.tool,
    version: options.version ?? entry.defaultVersion
  })
  const key = platformKey(platform)
  const supported = entry.platforms ?? PLATFORM_KEYS
  if (!supported.includes(key)) {
    throw new ToolsError({
      code: 'UNSUPPORTED_PLATFORM',
      message:
        `${options.tool} publishes no release asset for ${key} (only ${supported.join(', ')}): ` +
        `remove ${options.tool} from "tools" on this runner, or run on a supported one.`
    })
  }
  const base = releaseBase({ mirror: options.mirror })
  const tag = expandTemplate({ template: entry.tag, values: { version } })
  const format = entry.formats[platform.os]
  const ext = platform.os === 'windows' ? '.exe' : ''
  const names = {
    version,
    tag,
    os: entry.osNames?.[platform.os] ?? platform.os,
    arch: entry.archNames?.[platform.arch] ?? platform.arch,
    ext
  }
  const asset = expandTemplate({ template: entry.assets[format]!, values: names })
  const download = `${base}/${entry.repository}/releases/download/${encodeURIComponent(tag)}/`
  const resolved: ResolvedAsset = {
    tool: options.tool,
    version,
    tag,
    platform: key,
    asset,
    format,
    url: download + encodeURIComponent(asset),
    sha256: entry.versions[version]?.[key],
    checksumsUrl:
      download + encodeURIComponent(expandTemplate({ template: entry.checksums, values: names })),
    executable: expandTemplate({ template: entry.executable, values: names }) + ext
  }
  const bundle = entry.checksumsBundle
  if (bundle !== undefined) {
    resolved.checksumsBundleUrl =
      download + encodeURIComponent(expandTemplate({ template: bundle.asset, values: names }))
    resolved.checksumsIdentity = { certificateOidcIssuer: bundle.certificateOidcIssuer }
    if (bundle.certificateIdentity !== undefined) {
      resolved.checksumsIdentity.certificateIdentity = expandTemplate({
        template: bundle.certificateIdentity,
        values: { version, tag }
      })
    }
    if (bundle.certificateIdentityRegexp !== undefined) {
      resolved.checksumsIdentity.certificateIdentityRegexp = bundle.certificateIdentityRegexp
    }
  }
  if (entry.notationPlugin !== undefined)
    resolved.notationPlugin = { name: entry.notationPlugin.name }
  return resolved
}

/** Options of {@link normalizeVersion}. */
export interface NormalizeVersionOptions {
  /** The tool, named in errors. */
  tool: string
  /** `1.2.3` or `v1.2.3`. */
  version: string
}

/** A version without its leading `v`; refuses anything that is not a plain version. */
export function normalizeVersion(options: NormalizeVersionOptions): string {
  const version = options.version.trim().replace(/^v/u, '')
  if (!VERSION_PATTERN.test(version)) {
    throw new ToolsError({
      code: 'INVALID_INPUT',
      message:
        `Invalid version "${options.version}" for ${options.tool}: write a release version such ` +
        `as ${options.tool}@1.2.3 or ${options.tool}@v1.2.3 (no ranges, no "latest").`
    })
  }
  return version
}

/** Options of {@link releaseBase}. */
export interface ReleaseBaseOptions {
  /** The mirror input; `https://github.com` when absent or empty. */
  mirror?: string
}

/** The validated release host or mirror, without a trailing slash. */
export function releaseBase(options: ReleaseBaseOptions): string {
  const mirror = options.mirror?.trim() ?? ''
  if (mirror === '') return DEFAULT_RELEASE_HOST
  let url: URL
  try {
    url = new URL(mirror)
  } catch (error) {
    throw invalidMirror(mirror, 'it is not a URL', error)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidMirror(mirror, `its scheme is ${url.protocol.slice(0, -1)}, not http or https`)
  }
  if (url.username !== '' || url.password !== '') {
    throw invalidMirror(mirror, 'it holds credentials, which would be logged with every URL')
  }
  if (url.search !== '' || url.hash !== '' || mirror.includes('?') || mirror.includes('#')) {
    throw invalidMirror(mirror, 'it has a query or fragment')
  }
  return url.href.replace(/\/+$/u, '')
}

function invalidMirror(mirror: string, why: string, cause?: unknown): ToolsError {
  return new ToolsError({
    code: 'INVALID_INPUT',
    message:
      `Invalid mirror "${redactMirror(mirror)}": ${why}. Write the base URL that replaces https://github.com, ` +
      'e.g. https://mirror.example.com/github (assets are fetched from ' +
      '<mirror>/<owner>/<repo>/releases/download/<tag>/<asset>).',
    cause
  })
}

/** The mirror as an error may show it: user, password and query (where tokens go) replaced. */
function redactMirror(mirror: string): string {
  let url: URL
  try {
    url = new URL(mirror)
  } catch {
    return mirror
  }
  if (url.username === '' && url.password === '' && url.search === '') return mirror
  if (url.username !== '' || url.password !== '') {
    url.username = '***'
    url.password = ''
  }
  if (url.search !== '') url.search = '?***'
  return url.href
}
