import { existsSync } from 'node:fs'
import { normalize } from 'node:path'
import { create } from '@actions/glob'
import { ConfigurationError } from '@sign/action-kit'

/** Whether `path` ends in one of `suffixes` and the file it would be the signature of exists. */
export function isSignatureOutput(path: string, suffixes: readonly string[]): boolean {
  return suffixes.some(suffix => path.endsWith(suffix) && existsSync(path.slice(0, -suffix.length)))
}

export interface ExpandedFiles {
  files: string[]
  /** Matches left out because they are signatures of a file beside them (an earlier run's). */
  skipped: string[]
  /** The first glob (as written) that matched each file. */
  matchedBy: Map<string, string>
}

/**
 * The files input `files` names: each line is a glob (relative to the workspace, or absolute)
 * that must match at least one file; lines starting with ! exclude from every glob. Sorted,
 * without duplicates. Signature outputs of a file beside them are left out, so `dist/*` run
 * twice signs the same set.
 */
export async function expandFileGlobs(options: {
  globs: string[]
  /** What the action writes beside a signed file (`.sigstore.json`, `.jws.sig`…): never signed. */
  signatureSuffixes: readonly string[]
}): Promise<ExpandedFiles> {
  const { globs } = options
  const excludes = globs
    .filter(glob => glob.startsWith('!'))
    .map(glob => `!${withoutParentSegments(glob.slice(1))}`)
  const matchedBy = new Map<string, string>()
  const skipped = new Set<string>()
  for (const glob of globs.filter(line => !line.startsWith('!'))) {
    const patterns = [withoutParentSegments(glob), ...excludes].join('\n')
    const globber = await create(patterns, { matchDirectories: false })
    const all = await globber.glob()
    const matches = all.filter(path => !isSignatureOutput(path, options.signatureSuffixes))
    for (const path of all) if (!matches.includes(path)) skipped.add(path)
    if (matches.length === 0) {
      throw new ConfigurationError(
        `Input 'files': the glob '${glob}' matches no file (globs are relative to the ` +
          `workspace, ${process.cwd()}). Check that an earlier step produced the files, fix ` +
          'the pattern, or remove the line, for example:',
        { fix: 'with:\n  files: |\n    dist/*.tar.gz' }
      )
    }
    for (const match of matches) if (!matchedBy.has(match)) matchedBy.set(match, glob)
  }
  return { files: [...matchedBy.keys()].sort(), skipped: [...skipped].sort(), matchedBy }
}

/**
 * A glob with `..` segments (`../build/*`), which @actions/glob refuses, made absolute from the
 * working directory so it names the same files; any other glob as written.
 */
function withoutParentSegments(glob: string): string {
  if (!glob.split('/').includes('..')) return glob
  const prefix = glob.startsWith('/') ? '' : `${escapeGlob(process.cwd())}/`
  return normalize(`${prefix}${glob}`)
}

/** `path` as a glob that matches exactly it (as @actions/glob escapes a literal path). */
function escapeGlob(path: string): string {
  return path
    .replace(/\\/g, '\\\\')
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}
