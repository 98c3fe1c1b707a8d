import { realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/** The workspace every signature is confined to: $GITHUB_WORKSPACE, else the working directory. */
export interface Workspace {
  /** As given (absolute). */
  path: string
  /** With every symbolic link resolved. */
  real: string
}

/** The step's workspace, its links resolved. */
export async function currentWorkspace(): Promise<Workspace> {
  const path = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  return { path, real: await realPathOf(path) }
}

/** Whether `path` is `directory` or lies under it (both absolute, normalized). */
export function isWithin(options: { path: string; directory: string }): boolean {
  const inside = relative(options.directory, options.path)
  return inside === '' || (inside.split(sep)[0] !== '..' && !isAbsolute(inside))
}

/**
 * `path` with every symbolic link resolved, also when it does not exist yet: the longest part
 * that exists is resolved and the rest appended, so a directory still to be created is placed
 * where it will really be.
 */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    return await realpath(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const parent = dirname(absolute)
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === absolute) throw error
    return join(await realPathOf(parent), basename(absolute))
  }
}

/** A path as reports name it: relative to the working directory when it lies inside it. */
export function workspaceName(path: string): string {
  return isWithin({ path, directory: process.cwd() }) ? relative(process.cwd(), path) : path
}
