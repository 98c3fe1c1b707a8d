import { isAbsolute, relative, sep } from 'node:path'
import type { Inputs } from '../inputs.ts'
import type { FileTarget } from '../subjects/subjects.ts'
import { readChecksumsFile } from './checksums.ts'
import type { Logger } from '@sign/action-kit'
import { expandFileGlobs } from '@sign/subjects'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.jws.sig', '.cose.sig']

/**
 * The files to sign: every file the globs match, every file the checksums file lists (to be
 * checked against its listed digest) and the checksums file itself.
 */
export async function fileTargets(options: {
  inputs: Pick<Inputs, 'files' | 'checksums'>
  logger: Logger
}): Promise<FileTarget[]> {
  const { inputs, logger } = options
  const targets = new Map<string, FileTarget>()
  const add = (target: FileTarget) =>
    targets.set(target.path, { ...targets.get(target.path), ...target })
  const globbed = await expandFileGlobs({
    globs: inputs.files,
    signatureSuffixes: SIGNATURE_SUFFIXES
  })
  if (globbed.skipped.length > 0) {
    logger.info(
      `not signing ${globbed.skipped.length} signature file(s) of files beside them: ${globbed.skipped.map(p => fileTarget(p).name).join(', ')}`
    )
  }
  for (const path of globbed.files) add(fileTarget(path))
  if (inputs.checksums !== undefined) {
    const checksums = await readChecksumsFile(inputs.checksums)
    for (const file of checksums.listed) {
      add({ ...fileTarget(file.path), listed: { hex: file.hex, checksumsFile: inputs.checksums } })
    }
    add(fileTarget(checksums.path))
  }
  return [...targets.values()]
}

/** A file to sign, named relative to the workspace when it lies inside it. */
function fileTarget(path: string): FileTarget {
  const inside = relative(process.cwd(), path)
  const outside = inside.split(sep)[0] === '..' || isAbsolute(inside)
  return { path, name: outside ? path : inside }
}
