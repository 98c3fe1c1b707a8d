import { existsSync } from 'node:fs'
import { create } from '@actions/glob'
import { ConfigurationError } from '@sign/action-kit'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.sigstore.json', '.sig', '.pem']

/** Whether `path` is the signature, bundle or certificate of a file next to it. */
export function isSignatureOutput(path: string): boolean {
  return SIGNATURE_SUFFIXES.some(
    suffix => path.endsWith(suffix) && existsSync(path.slice(0, -suffix.length))
  )
}

export interface ExpandedFiles {
  files: string[]
  /** Matches left out because they are signatures of a file beside them (an earlier run's). */
  skipped: string[]
}

/**
 * The files input `files` names: each line is a glob (relative to the workspace) that must match
 * at least one file; lines starting with ! exclude from every glob. Sorted, without duplicates.
 * Signature outputs of a file beside them are left out, so `dist/*` run twice signs the same set.
 */
export async function expandFileGlobs(globs: string[]): Promise<ExpandedFiles> {
  const excludes = globs.filter(glob => glob.startsWith('!'))
  const found = new Set<string>()
  const skipped = new Set<string>()
  for (const glob of globs.filter(line => !line.startsWith('!'))) {
    const globber = await create([glob, ...excludes].join('\n'), { matchDirectories: false })
    const all = await globber.glob()
    const matches = all.filter(path => !isSignatureOutput(path))
    for (const path of all) if (!matches.includes(path)) skipped.add(path)
    if (matches.length === 0) {
      throw new ConfigurationError(
        `Input 'files': the glob '${glob}' matches no file (globs are relative to the ` +
          `workspace, ${process.cwd()}). Check that an earlier step produced the files, fix ` +
          'the pattern, or remove the line, for example:',
        { fix: 'with:\n  files: |\n    dist/*.tar.gz' }
      )
    }
    for (const match of matches) found.add(match)
  }
  return { files: [...found].sort(), skipped: [...skipped].sort() }
}
