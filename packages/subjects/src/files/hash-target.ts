import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { hashFile } from '@sign/sigstore'
import type { FileTarget } from './file-target.ts'

/**
 * A file's SHA-256 (streamed) as the digest bytes and lower-case hex. A file a checksums file
 * lists must still have the listed digest: otherwise the step stops before it writes anything,
 * saying so in `nothingDone` ("nothing was signed").
 */
export async function hashFileTarget(options: {
  target: FileTarget
  nothingDone: string
}): Promise<{ digest: Buffer; hex: string }> {
  const { target } = options
  const { digest, hex } = await hashFile(target.path)
  if (target.listed !== undefined && target.listed.hex !== hex) {
    throw new ConfigurationError(
      `${quote(target.name)} has sha256 ${hex}, but ${target.listed.checksumsFile} lists ` +
        `${target.listed.hex}: the file changed after the checksums were computed, so ` +
        `${options.nothingDone}. Compute the checksums after the last step that changes the ` +
        'files, for example:',
      { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
    )
  }
  return { digest, hex }
}
