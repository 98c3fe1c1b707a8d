import { isAbsolute, relative } from 'node:path'

/** Options of {@link shownPath}. */
export interface ShownPathOptions {
  path: string
}

/**
 * A path as a workflow's author reads it: relative to the workspace when it lies inside it
 * (`dist/app-linux-amd64`), otherwise as it is.
 */
export function shownPath(options: ShownPathOptions): string {
  const { path } = options
  if (!isAbsolute(path)) return path
  const inside = relative(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), path)
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside
}
