import { stat } from 'node:fs/promises'
import { MAX_SBOM_BYTES } from '@sign/sbom'
import { OciError, fileKind, readRegularFile } from '@sign/oci'
import { quote } from '@sign/safe-text'
import type { SbomFormat } from '../policy/types.ts'
import { DiscoveryError } from './errors.ts'

/**
 * The names of a release file's SBOMs beside it: this suite's `<file>.spdx.json` and
 * `<file>.cdx.json`, and goreleaser's `<file>.sbom.json` (SPDX JSON by default; the content decides).
 */
export const FILE_SBOM_SUFFIXES: readonly { suffix: string; format?: SbomFormat }[] = [
  { suffix: '.spdx.json', format: 'spdx-json' },
  { suffix: '.cdx.json', format: 'cyclonedx-json' },
  { suffix: '.sbom.json' }
]

/** An SBOM file found beside a release file. */
export interface FoundFileSbom {
  path: string
  /** The format its name says; undefined for `.sbom.json`, whose content decides. */
  format?: SbomFormat
  /** Its bytes, or why they could not be read. */
  document?: Buffer
  problem?: string
}

/** Options of {@link discoverFileSboms}. */
export interface DiscoverFileSbomsOptions {
  /** The release file. */
  path: string
}

/**
 * The SBOM files beside a release file, each read whole up to 64 MiB. Absent names are skipped;
 * one that is not a regular file once links are followed, or is over the limit, is never read
 * and carries the reason instead.
 */
export async function discoverFileSboms(
  options: DiscoverFileSbomsOptions
): Promise<FoundFileSbom[]> {
  const found = await Promise.all(
    FILE_SBOM_SUFFIXES.map(async ({ suffix, format }): Promise<FoundFileSbom[]> => {
      const path = `${options.path}${suffix}`
      const named = { path, ...(format === undefined ? {} : { format }) }
      const kind = await kindOf(path)
      if (kind === undefined) return []
      if (kind !== 'a regular file') {
        return [{ ...named, problem: `${quote(path)} is ${kind}, not a regular file` }]
      }
      try {
        const document = await readRegularFile({
          path,
          limit: MAX_SBOM_BYTES,
          what: 'the SBOM file'
        })
        return [{ ...named, document }]
      } catch (error) {
        if (error instanceof OciError && error.code === 'TOO_LARGE') {
          return [{ ...named, problem: error.message }]
        }
        throw error
      }
    })
  )
  return found.flat()
}

async function kindOf(path: string): Promise<string | undefined> {
  try {
    return fileKind(await stat(path))
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new DiscoveryError({
      code: 'READ_FAILED',
      cause,
      message: `cannot look for the SBOM file ${path} (${code ?? (cause as Error).message}); check its directory is readable`
    })
  }
}
