// Our platform names (`linux|darwin|windows` × `amd64|arm64`) and Node.js's.
import { ToolsError } from '../errors.ts'
import type { PlatformKey, ToolArch, ToolOs } from './types.ts'

/** Every operating system the catalog covers. */
export const TOOL_OSES: readonly ToolOs[] = ['linux', 'darwin', 'windows']
/** Every architecture the catalog covers. */
export const TOOL_ARCHES: readonly ToolArch[] = ['amd64', 'arm64']
/** The six platform keys, in catalog order. */
export const PLATFORM_KEYS: readonly PlatformKey[] = TOOL_OSES.flatMap(os =>
  TOOL_ARCHES.map(arch => `${os}-${arch}` as const)
)

/** An operating system and architecture in the catalog's spelling. */
export interface ToolPlatform {
  os: ToolOs
  arch: ToolArch
}

/** Options of {@link platformOf}. */
export interface PlatformOfOptions {
  /** `process.platform`. */
  platform: NodeJS.Platform
  /** `process.arch`. */
  arch: string
}

const NODE_OS: Partial<Record<NodeJS.Platform, ToolOs>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows'
}
const NODE_ARCH: Partial<Record<string, ToolArch>> = { x64: 'amd64', arm64: 'arm64' }

/** Maps Node.js's `process.platform` / `process.arch` to the catalog's os and arch. */
export function platformOf(options: PlatformOfOptions): ToolPlatform {
  const os = NODE_OS[options.platform]
  const arch = Object.hasOwn(NODE_ARCH, options.arch) ? NODE_ARCH[options.arch] : undefined
  if (os === undefined || arch === undefined) {
    throw new ToolsError({
      code: 'UNSUPPORTED_PLATFORM',
      message:
        `The runner's platform ${options.platform}/${options.arch} is not supported: the tools ` +
        'are installed on linux, darwin and win32 runners with x64 or arm64 processors.'
    })
  }
  return { os, arch }
}

/** `<os>-<arch>`. */
export function platformKey(platform: ToolPlatform): PlatformKey {
  return `${platform.os}-${platform.arch}`
}
