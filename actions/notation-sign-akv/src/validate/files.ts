import { existsSync } from 'node:fs'
import { create } from '@actions/glob'
import { ConfigurationError } from '@sign/action-kit'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.jws.sig', '.cose.sig']

/** Whether `path` is the Notary Project signature of a file next to it. */
export function isSignatureOutput(path: string): boolean {
  return SIGNATURE_SUFFIXES.some(
    suffix => path.endsWith(suffix) && existsSync(path.slice(0, -suffix.length))
  )
}

/**
 * The files input `files` names: each line is a glob (relative to the workspace) that must match
 * at least one file; lines starting with ! exclude from every glob. Sorted, without duplicates.
 * Signatures of a file beside them are left out, so `dist/*` run twice signs the same set.
 */
export async function expandFileGlobs(globs: string[]): Promise<string[]> {
  const excludes = globs.filter(glob => glob.startsWith('!'))
  const found = new Set<string>()
  for (const glob of globs.filter(line => !line.startsWith('!'))) {
    const globber = await create([glob, ...excludes].join('\n'), { matchDirectories: false })
    const matches = (await globber.glob()).filter(path => !isSignatureOutput(path))
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
  return [...found].sort()
}
