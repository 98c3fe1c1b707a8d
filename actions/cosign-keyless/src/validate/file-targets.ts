import { ConfigurationError, type Logger } from '@sign/action-kit'
import type { Inputs } from '../inputs.ts'
import type { FileTarget } from '../subjects/subjects.ts'
import { fileTarget, fileTargets as allFileTargets, readChecksumsFile } from '@sign/subjects'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.sigstore.json', '.sig', '.pem']

/**
 * The files to sign, by mode. all: every file the globs match, every file the checksums file
 * lists (to be checked against its listed digest) and the checksums file itself.
 * checksums-only: the checksums file alone, standing for the files it lists.
 */
export async function fileTargets(options: {
  inputs: Pick<Inputs, 'files' | 'checksums' | 'mode'>
  logger: Logger
}): Promise<FileTarget[]> {
  const { inputs, logger } = options
  if (inputs.mode === 'checksums-only') return [await checksumsOnly(inputs)]
  return allFileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signatureSuffixes: SIGNATURE_SUFFIXES,
    logger
  })
}

async function checksumsOnly(inputs: Pick<Inputs, 'files' | 'checksums'>): Promise<FileTarget> {
  if (inputs.checksums === undefined) {
    throw new ConfigurationError(
      "mode: checksums-only signs the checksums file, but input 'checksums' is not set. Name it:",
      { fix: 'with:\n  checksums: dist/checksums.txt\n  mode: checksums-only' }
    )
  }
  if (inputs.files.length > 0) {
    throw new ConfigurationError(
      "Input 'files' is not used with mode: checksums-only, which signs the checksums file " +
        'alone. Remove files, or sign every file with:',
      { fix: 'with:\n  mode: all' }
    )
  }
  const checksums = await readChecksumsFile({ input: inputs.checksums, listedMustExist: false })
  return fileTarget(checksums.path)
}
