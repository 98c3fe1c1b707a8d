import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { hashFile } from '@sign/sigstore'
import type { FileTarget } from '@sign/subjects'

/**
 * The file's sha256 (lower-case hex); a file a checksums file lists must still have the listed
 * digest, or the step stops before any SBOM is written.
 */
export async function hashTarget(options: { target: FileTarget }): Promise<string> {
  const { target } = options
  const { hex } = await hashFile(target.path)
  if (target.listed !== undefined && target.listed.hex !== hex) {
    throw new ConfigurationError(
      `${quote(target.name)} has sha256 ${hex}, but ${target.listed.checksumsFile} lists ` +
        `${target.listed.hex}: the file changed after the checksums were computed, so no ` +
        'SBOM was written. Compute the checksums after the last step that changes the files:',
      { fix: 'run: cd dist && sha256sum *.tar.gz > checksums.txt' }
    )
  }
  return hex
}
