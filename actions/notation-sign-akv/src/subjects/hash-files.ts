import { ConfigurationError, type Logger } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { blobDescriptor, type BlobDigestAlgorithm } from '@sign/notation'
import { hashRegularFile } from '@sign/oci'
import { mapBounded } from '@sign/subjects'
import type { FileSubject, FileTarget } from './subjects.ts'

/**
 * Each file's payload descriptor — digest with the signing key's hash (RSA 3072 → sha384, as
 * notation does), size, media-type — streamed, before anything is signed. A file a checksums file
 * lists must still have the listed sha256, or nothing is signed at all.
 */
export async function hashFiles(options: {
  targets: FileTarget[]
  algorithm: BlobDigestAlgorithm
  mediaType: string
  logger: Logger
}): Promise<FileSubject[]> {
  return mapBounded({
    items: options.targets,
    work: async ({ path, name, listed, signatureBase }): Promise<FileSubject> => {
      const descriptor = await blobDescriptor({
        path,
        mediaType: options.mediaType,
        algorithm: options.algorithm
      })
      if (listed !== undefined) {
        const hex = descriptor.digest.startsWith('sha256:')
          ? descriptor.digest.slice(7)
          : await sha256Hex(path)
        if (hex !== listed.hex) {
          throw new ConfigurationError(
            `${quote(name)} has sha256 ${hex}, but ${listed.checksumsFile} lists ${listed.hex}: ` +
              'the file changed after the checksums were computed, so nothing was signed. ' +
              'Compute the checksums after the last step that changes the files, for example:',
            { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
          )
        }
      }
      options.logger.info(`${quote(name)} ${descriptor.digest}`)
      return { kind: 'file', path, name, signatureBase, descriptor }
    }
  })
}

async function sha256Hex(path: string): Promise<string> {
  const { digests } = await hashRegularFile({ path, algorithms: ['sha256'] })
  return digests.get('sha256')?.toString('hex') ?? ''
}
