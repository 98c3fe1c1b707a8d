// The tool catalog: data (catalog.json), its parser, and the resolver of release assets.
export type * from './types.ts'
export { builtinCatalog } from './builtin-catalog.ts'
export { parseCatalog } from './parse-catalog.ts'
export type { ParseCatalogOptions } from './parse-catalog.ts'
export { releaseBase, resolveAsset } from './resolve-asset.ts'
export type {
  ChecksumsIdentity,
  ReleaseBaseOptions,
  ResolvedAsset,
  ResolveAssetOptions
} from './resolve-asset.ts'
export { PLATFORM_KEYS, platformKey, platformOf } from './platform.ts'
export type { PlatformOfOptions, ToolPlatform } from './platform.ts'
export { parseChecksumsFile } from './checksums-file.ts'
export type { ParseChecksumsFileOptions } from './checksums-file.ts'
export { regenerateVersion } from './regenerate-version.ts'
export type { RegeneratedVersion, RegenerateVersionOptions } from './regenerate-version.ts'
export { serializeCatalog } from './serialize-catalog.ts'
export type { SerializeCatalogOptions } from './serialize-catalog.ts'
export type { ChecksumsSigner } from './verify-checksums-bundle.ts'
