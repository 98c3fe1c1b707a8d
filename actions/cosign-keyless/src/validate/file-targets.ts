import { ConfigurationError, type Logger } from '@sign/action-kit'
import type { Inputs } from '../inputs.ts'
import type { FileTarget } from '../subjects/subjects.ts'
import { fileTargets as allFileTargets } from '@sign/subjects'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.sigstore.json', '.sig', '.pem']

/**
 * The files to sign, by mode. all: every file the globs match, every file the checksums file
 * lists (to be checked against its listed digest) and the checksums file itself.
 * checksums-only: the checksums file alone, standing for the files it lists. Their signatures
 * go beside them in the workspace, or into output-directory.
 */
export async function fileTargets(options: {
  inputs: Pick<Inputs, 'files' | 'checksums' | 'mode' | 'outputDirectory'>
  logger: Logger
}): Promise<FileTarget[]> {
  const { inputs, logger } = options
  if (inputs.mode === 'checksums-only') checkChecksumsOnly(inputs)
  return allFileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: inputs.mode === 'all',
    signatureSuffixes: SIGNATURE_SUFFIXES,
    outputDirectory: inputs.outputDirectory,
    logger
  })
}

function checkChecksumsOnly(inputs: Pick<Inputs, 'files' | 'checksums'>): void {
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
}
