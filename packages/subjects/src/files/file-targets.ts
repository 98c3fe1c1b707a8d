import type { Logger } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { expandFileGlobs } from './expand-globs.ts'
import type { FileTarget } from './file-target.ts'
import { readChecksumsFile } from './read-checksums.ts'
import {
  checkDistinctBaseNames,
  placeSignatures,
  resolveOutputDirectory,
  type Candidate
} from './signature-placement.ts'
import { currentWorkspace, workspaceName } from './workspace.ts'

/**
 * Every file to sign: what the globs match (never an earlier run's signatures beside their
 * files), every file the checksums file lists (to be checked against its listed digest; unless
 * `signListedFiles` is false) and the checksums file itself. A file named twice is signed once.
 * Each must be a regular file, and its signatures must go inside the workspace — beside it — or
 * into output-directory: anything else is refused before anything is signed or written.
 */
export async function fileTargets(options: {
  globs: string[]
  /** Input `checksums`: a sha256sum file, relative to the workspace. */
  checksums: string | undefined
  /** Sign the files the checksums file lists; false signs it alone, standing for them. */
  signListedFiles: boolean
  /** What the action writes beside a signed file (`.sigstore.json`, `.jws.sig`…). */
  signatureSuffixes: readonly string[]
  /** Input `output-directory`: where every signature file goes instead of beside its file. */
  outputDirectory: string | undefined
  logger: Logger
}): Promise<FileTarget[]> {
  const workspace = await currentWorkspace()
  const output =
    options.outputDirectory === undefined
      ? undefined
      : await resolveOutputDirectory({ input: options.outputDirectory, workspace })
  const candidates = new Map<string, Candidate>()
  const add = (candidate: Candidate) =>
    candidates.set(candidate.path, { ...candidates.get(candidate.path), ...candidate })
  if (options.globs.length > 0) {
    const globbed = await expandFileGlobs(options)
    if (globbed.skipped.length > 0) {
      const names = globbed.skipped.map(path => quote(workspaceName(path))).join(', ')
      options.logger.info(
        `not signing ${globbed.skipped.length} signature file(s) of files beside them: ${names}`
      )
    }
    for (const [path, glob] of globbed.matchedBy) add({ path, origin: { kind: 'glob', glob } })
  }
  if (options.checksums !== undefined) {
    const input = options.checksums
    const checksums = await readChecksumsFile({ input })
    if (options.signListedFiles) {
      for (const file of checksums.listed) {
        add({
          path: file.path,
          origin: { kind: 'listed', checksums: input, line: file.line, name: file.name },
          listed: { hex: file.hex, checksumsFile: input }
        })
      }
    }
    add({ path: checksums.path, origin: { kind: 'checksums', input } })
  }
  const targets: FileTarget[] = []
  for (const candidate of candidates.values()) {
    targets.push(await placeSignatures({ candidate, workspace, output }))
  }
  if (output !== undefined) {
    checkDistinctBaseNames({ targets, output })
    options.logger.info(`signature files go to ${output.name}`)
  }
  return targets
}
