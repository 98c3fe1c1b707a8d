import { statSync, type Stats } from 'node:fs'
import { dirname, isAbsolute } from 'node:path'
import { fileKind, parseReference, type Reference } from '@sign/oci'
import { quote } from '@sign/safe-text'
import { VerifyError } from '../errors.ts'

/** What to verify. */
export type Target =
  | { kind: 'image'; text: string; reference: Reference }
  | { kind: 'layout'; text: string; dir: string; reference: string }
  | { kind: 'file'; text: string; path: string }

/** Options of {@link parseTarget}. */
export interface ParseTargetOptions {
  /** As the user wrote it. */
  text: string
  /** Targets are OCI layouts (`DIR:TAG` or `DIR@DIGEST`). */
  ociLayout: boolean
}

/**
 * A target: with `ociLayout`, `DIR:TAG` or `DIR@sha256:<hex>`; otherwise an existing regular
 * file is a file, a path to no file is refused as such, and anything else must be an image
 * reference. A path that exists but is a FIFO, device (a link to /dev/zero) or socket is refused
 * (INVALID_INPUT): it would never end.
 */
export function parseTarget(options: ParseTargetOptions): Target {
  const { text } = options
  if (options.ociLayout) {
    const at = text.lastIndexOf('@')
    const colon = text.lastIndexOf(':')
    const split = at > 0 ? at : colon > 0 ? colon : -1
    if (split < 0 || split === text.length - 1) {
      throw new VerifyError({
        code: 'INVALID_INPUT',
        message: `OCI layout target ${JSON.stringify(text)} names no image: write DIR:TAG or DIR@sha256:<digest>`
      })
    }
    return { kind: 'layout', text, dir: text.slice(0, split), reference: text.slice(split + 1) }
  }
  const info = statOrUndefined(text)
  if (info?.isFile()) return { kind: 'file', text, path: text }
  if (info && !info.isDirectory()) {
    throw new VerifyError({
      code: 'INVALID_INPUT',
      message: `target ${quote(text)} is ${fileKind(info)}, not a regular file; give a release file (or an image reference)`
    })
  }
  try {
    return { kind: 'image', text, reference: parseReference(text) }
  } catch (cause) {
    if (info === undefined && looksLikePath(text)) {
      throw new VerifyError({
        code: 'INVALID_INPUT',
        cause,
        message: `target ${quote(text)} is a path, and no file is there: check the path (relative paths are taken from the working directory) and that an earlier step wrote the file`
      })
    }
    throw new VerifyError({
      code: 'INVALID_INPUT',
      cause,
      message: `target ${quote(text)} is neither an existing file nor an image reference (${(cause as Error).message}); for an OCI layout directory write DIR:TAG with the oci-layout option`
    })
  }
}

/**
 * Whether text that is not an image reference was meant as a path: absolute, starting with ./ or
 * ../, or inside a directory that exists (an image reference never starts with / or .).
 */
function looksLikePath(text: string): boolean {
  if (isAbsolute(text) || text.startsWith('./') || text.startsWith('../')) return true
  return text.includes('/') && statOrUndefined(dirname(text))?.isDirectory() === true
}

/** The path's stat once links are followed; undefined when it cannot be (absent, unreadable). */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })
  } catch {
    return undefined
  }
}
