// Validation of one catalog tool: names, templates, formats, platforms, identity, versions.
import { childPath } from './json-path.ts'
import { invalidField, readEnum, readObject, readString } from './json-fields.ts'
import type { FieldContext } from './json-fields.ts'
import { PLATFORM_KEYS, TOOL_ARCHES, TOOL_OSES } from './platform.ts'
import { templateFault } from './template.ts'
import type { TemplatePlaceholder } from './template.ts'
import type { AssetFormat, CatalogTool, PlatformKey, ToolOs } from './types.ts'

const ASSET_FORMATS: readonly AssetFormat[] = ['binary', 'tar.gz', 'zip']
const TOOL_KEYS = [
  'repository',
  'tag',
  'defaultVersion',
  'assets',
  'formats',
  'platforms',
  'osNames',
  'archNames',
  'executable',
  'checksums',
  'checksumsBundle',
  'notationPlugin',
  'versions'
] as const
const BUNDLE_KEYS = [
  'asset',
  'certificateIdentity',
  'certificateIdentityRegexp',
  'certificateOidcIssuer'
] as const

/** A catalog version: no leading v, no path characters. */
export const VERSION_PATTERN = /^[0-9][0-9A-Za-z.+_-]*$/u
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/u
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u
const SHA256 = /^[0-9a-f]{64}$/u
const HTTPS_URL = /^https:\/\/[^\s/]+(\/\S*)?$/u
/** A relative path without `..` segments or backslashes. */
const RELATIVE_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\]+$/u

/** Validates one tool object at `path`. */
export function parseTool(context: FieldContext, path: string, value: unknown): CatalogTool {
  const raw = readObject(context, path, value, TOOL_KEYS)
  const at = (key: string): string => childPath(path, key)
  const template = (key: string, field: unknown, allowed: readonly TemplatePlaceholder[]) =>
    readTemplate(context, key, field, allowed)

  const tool: CatalogTool = {
    repository: readString(context, at('repository'), raw.repository, {
      pattern: REPOSITORY,
      expected: 'a GitHub repository "owner/name"'
    }),
    tag: template(at('tag'), raw.tag, ['version']),
    defaultVersion: readString(context, at('defaultVersion'), raw.defaultVersion, {
      pattern: VERSION_PATTERN,
      expected: 'a version without a leading v, e.g. "1.2.3"'
    }),
    assets: parseAssets(context, at('assets'), raw.assets),
    formats: parseFormats(context, at('formats'), raw.formats),
    executable: readTemplate(
      context,
      at('executable'),
      raw.executable,
      ['version', 'os', 'arch'],
      'relative path'
    ),
    checksums: template(at('checksums'), raw.checksums, ['version', 'tag']),
    versions: parseVersions(context, at('versions'), raw.versions)
  }
  for (const os of TOOL_OSES) {
    if (tool.assets[tool.formats[os]] === undefined) {
      invalidField(
        context,
        childPath(at('formats'), os),
        `is ${JSON.stringify(tool.formats[os])} but ${at('assets')} has no such template`
      )
    }
  }
  if (raw.platforms !== undefined)
    tool.platforms = parsePlatforms(context, at('platforms'), raw.platforms)
  if (raw.osNames !== undefined)
    tool.osNames = parseNames(context, at('osNames'), raw.osNames, TOOL_OSES)
  if (raw.archNames !== undefined) {
    tool.archNames = parseNames(context, at('archNames'), raw.archNames, TOOL_ARCHES)
  }
  if (raw.checksumsBundle !== undefined) {
    tool.checksumsBundle = parseBundle(context, at('checksumsBundle'), raw.checksumsBundle)
  }
  if (raw.notationPlugin !== undefined) {
    const plugin = readObject(context, at('notationPlugin'), raw.notationPlugin, ['name'])
    const name = readString(context, childPath(at('notationPlugin'), 'name'), plugin.name, {
      pattern: /^[a-z0-9][a-z0-9-]*$/u,
      expected: 'a plugin name of lowercase letters, digits and dashes'
    })
    tool.notationPlugin = { name }
  }
  if (tool.platforms !== undefined) {
    const published = tool.platforms
    for (const [version, pinned] of Object.entries(tool.versions)) {
      const stray = Object.keys(pinned).find(key => !(published as string[]).includes(key))
      if (stray !== undefined) {
        invalidField(
          context,
          childPath(childPath(at('versions'), version), stray),
          `is a platform missing from ${at('platforms')}`
        )
      }
    }
  }
  if (!Object.hasOwn(tool.versions, tool.defaultVersion)) {
    invalidField(
      context,
      at('defaultVersion'),
      `is ${JSON.stringify(tool.defaultVersion)}, which is not in ${at('versions')}`
    )
  }
  return tool
}

/** A template of a release file's name, or (`relative path`) of a path inside an archive. */
function readTemplate(
  context: FieldContext,
  path: string,
  value: unknown,
  allowed: readonly TemplatePlaceholder[],
  shape: 'file name' | 'relative path' = 'file name'
): string {
  const template = readString(context, path, value)
  const fault = templateFault({ template, allowed })
  if (fault !== undefined) invalidField(context, path, fault)
  if (shape === 'file name' && /[\s/\\]/u.test(template)) {
    invalidField(context, path, 'must be a file name (no slashes or spaces)')
  }
  if (shape === 'relative path' && !RELATIVE_PATH.test(template)) {
    invalidField(context, path, 'must be a relative path inside the archive')
  }
  return template
}

function parseAssets(
  context: FieldContext,
  path: string,
  value: unknown
): Partial<Record<AssetFormat, string>> {
  const raw = readObject(context, path, value, ASSET_FORMATS)
  const assets: Partial<Record<AssetFormat, string>> = {}
  for (const format of ASSET_FORMATS) {
    if (raw[format] === undefined) continue
    assets[format] = readTemplate(context, childPath(path, format), raw[format], [
      'version',
      'os',
      'arch',
      'ext'
    ])
  }
  if (Object.keys(assets).length === 0) invalidField(context, path, 'must name at least one asset')
  return assets
}

function parseFormats(
  context: FieldContext,
  path: string,
  value: unknown
): Record<ToolOs, AssetFormat> {
  const raw = readObject(context, path, value, TOOL_OSES)
  const [linux, darwin, windows] = TOOL_OSES.map(os =>
    readEnum(context, childPath(path, os), raw[os], ASSET_FORMATS)
  )
  return { linux: linux!, darwin: darwin!, windows: windows! }
}

function parsePlatforms(context: FieldContext, path: string, value: unknown): PlatformKey[] {
  if (!Array.isArray(value) || value.length === 0) {
    invalidField(context, path, 'must be a non-empty array of platform keys such as "linux-amd64"')
  }
  const platforms = value.map((item, index) =>
    readEnum(context, childPath(path, index), item, PLATFORM_KEYS)
  )
  if (new Set(platforms).size !== platforms.length)
    invalidField(context, path, 'lists a platform twice')
  return platforms
}

function parseNames<K extends string>(
  context: FieldContext,
  path: string,
  value: unknown,
  keys: readonly K[]
): Partial<Record<K, string>> {
  const raw = readObject(context, path, value, keys)
  const names: Partial<Record<K, string>> = {}
  for (const key of keys) {
    if (raw[key] === undefined) continue
    names[key] = readString(context, childPath(path, key), raw[key], {
      pattern: NAME,
      expected: 'a name of letters, digits, ".", "_" or "-"'
    })
  }
  return names
}

function parseBundle(
  context: FieldContext,
  path: string,
  value: unknown
): NonNullable<CatalogTool['checksumsBundle']> {
  const raw = readObject(context, path, value, BUNDLE_KEYS)
  const bundle: NonNullable<CatalogTool['checksumsBundle']> = {
    asset: readTemplate(context, childPath(path, 'asset'), raw.asset, ['version', 'tag']),
    certificateOidcIssuer: readString(
      context,
      childPath(path, 'certificateOidcIssuer'),
      raw.certificateOidcIssuer,
      { pattern: HTTPS_URL, expected: 'an https URL' }
    )
  }
  const hasIdentity = raw.certificateIdentity !== undefined
  const hasRegexp = raw.certificateIdentityRegexp !== undefined
  if (hasIdentity === hasRegexp) {
    invalidField(
      context,
      path,
      'must have exactly one of certificateIdentity and certificateIdentityRegexp'
    )
  }
  if (hasIdentity) {
    const identityPath = childPath(path, 'certificateIdentity')
    const identity = readString(context, identityPath, raw.certificateIdentity)
    const fault = templateFault({ template: identity, allowed: ['version', 'tag'] })
    if (fault !== undefined) invalidField(context, identityPath, fault)
    bundle.certificateIdentity = identity
  } else {
    const regexpPath = childPath(path, 'certificateIdentityRegexp')
    const regexp = readString(context, regexpPath, raw.certificateIdentityRegexp, {
      pattern: /^\^.*\$$/u,
      expected: 'anchored with ^ and $'
    })
    try {
      new RegExp(regexp, 'u')
    } catch (error) {
      invalidField(
        context,
        regexpPath,
        `is not a valid regular expression (${(error as Error).message})`
      )
    }
    bundle.certificateIdentityRegexp = regexp
  }
  return bundle
}

function parseVersions(
  context: FieldContext,
  path: string,
  value: unknown
): Record<string, Partial<Record<PlatformKey, string>>> {
  const raw = readObject(context, path, value)
  const versions: Record<string, Partial<Record<PlatformKey, string>>> = {}
  for (const [version, entry] of Object.entries(raw)) {
    const versionPath = childPath(path, version)
    if (!VERSION_PATTERN.test(version)) {
      invalidField(
        context,
        versionPath,
        'must be keyed by a version without a leading v, e.g. "1.2.3"'
      )
    }
    const checksums = readObject(context, versionPath, entry, PLATFORM_KEYS)
    const pinned: Partial<Record<PlatformKey, string>> = {}
    for (const key of PLATFORM_KEYS) {
      if (checksums[key] === undefined) continue
      pinned[key] = readString(context, childPath(versionPath, key), checksums[key], {
        pattern: SHA256,
        expected: 'a SHA-256 of 64 lowercase hex digits'
      })
    }
    versions[version] = pinned
  }
  return versions
}
