import { isAbsolute, relative, sep } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { expandFileGlobs } from './expand-globs.ts'
import type { FileTarget } from './file-target.ts'
import { readChecksumsFile } from './read-checksums.ts'

/**
 * Every file to sign: what the globs match (never an earlier run's signatures beside their
 * files), every file the checksums file lists (to be checked against its listed digest) and the
 * checksums file itself. A file named twice is signed once.
 */
export async function fileTargets(options: {
  globs: string[]
  /** Input `checksums`: a sha256sum file, relative to the workspace. */
  checksums: string | undefined
  /** What the action writes beside a signed file (`.sigstore.json`, `.jws.sig`…). */
  signatureSuffixes: readonly string[]
  logger: Logger
}): Promise<FileTarget[]> {
  const targets = new Map<string, FileTarget>()
  const add = (target: FileTarget) =>
    targets.set(target.path, { ...targets.get(target.path), ...target })
  const globbed = await expandFileGlobs(options)
  if (globbed.skipped.length > 0) {
    const names = globbed.skipped.map(path => fileTarget(path).name).join(', ')
    options.logger.info(
      `not signing ${globbed.skipped.length} signature file(s) of files beside them: ${names}`
    )
  }
  for (const path of globbed.files) add(fileTarget(path))
  if (options.checksums !== undefined) {
    const checksums = await readChecksumsFile({ input: options.checksums, listedMustExist: true })
    for (const file of checksums.listed) {
      add({ ...fileTarget(file.path), listed: { hex: file.hex, checksumsFile: options.checksums } })
    }
    add(fileTarget(checksums.path))
  }
  return [...targets.values()]
}

/** A file to sign, named relative to the workspace when it lies inside it. */
export function fileTarget(path: string): FileTarget {
  const inside = relative(process.cwd(), path)
  const outside = inside.split(sep)[0] === '..' || isAbsolute(inside)
  return { path, name: outside ? path : inside }
}
