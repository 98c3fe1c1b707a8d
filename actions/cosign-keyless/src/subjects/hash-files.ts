import { ConfigurationError, type Logger } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { hashFile } from '@sign/sigstore'
import { mapBounded } from '@sign/subjects'
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
      const { digest, hex } = await hashFile(path)
      if (listed !== undefined && listed.hex !== hex) {
        throw new ConfigurationError(
          `${quote(name)} has sha256 ${hex}, but ${listed.checksumsFile} lists ${listed.hex}: ` +
            'the file changed after the checksums were computed, so nothing was signed. ' +
            'Compute the checksums after the last step that changes the files, for example:',
          { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
        )
      }
      options.logger.info(`${quote(name)} sha256:${hex}`)
      return { kind: 'file', path, name, signatureBase, sha256: digest }
    }
  })
}
