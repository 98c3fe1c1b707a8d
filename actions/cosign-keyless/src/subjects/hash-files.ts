import type { Logger } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { hashFileTarget, mapBounded } from '@sign/subjects'
import type { FileSubject, FileTarget } from './subjects.ts'

/**
 * Hashes every file (SHA-256, streamed) before anything is signed; a file a checksums file lists
 * must still have the listed digest, or nothing is signed at all.
 */
export async function hashFiles(options: {
  targets: FileTarget[]
  logger: Logger
}): Promise<FileSubject[]> {
  return mapBounded({
    items: options.targets,
    work: async ({ path, name, listed, signatureBase }): Promise<FileSubject> => {
      const { digest, hex } = await hashFileTarget({
        target: { path, name, listed, signatureBase },
        nothingDone: 'nothing was signed'
      })
      options.logger.info(`${quote(name)} sha256:${hex}`)
      return { kind: 'file', path, name, signatureBase, sha256: digest }
    }
  })
}
