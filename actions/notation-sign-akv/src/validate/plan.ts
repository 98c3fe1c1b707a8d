import { ConfigurationError, mediaTypeInput, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import type { Inputs } from '../inputs.ts'
import type { FileTarget } from '../subjects/subjects.ts'
import { fileTargets, registryCredentials } from '@sign/subjects'
import { parseImages } from '@sign/subjects'
import { signingKey, type SigningKey } from './signing-key.ts'
import { parseUserMetadata } from './user-metadata.ts'
import { checkWorkloadIdentity } from './workload-identity.ts'

/** What this action writes beside a signed file; such files are never signed themselves. */
const SIGNATURE_SUFFIXES = ['.jws.sig', '.cose.sig']

/** Everything the step will do, checked before anything is signed or written. */
export interface Plan {
  key: SigningKey
  images: Reference[]
  files: FileTarget[]
  userMetadata: Record<string, string>
  /** One client for every registry, with the credentials chain. */
  client: RegistryClient
}

/**
 * Checks every input — the workload identity and key inputs, the media type, image references, globs and the checksums file, user
 * metadata, registry credentials — and throws a ConfigurationError at the first problem.
 */
export async function validateInputs(options: { inputs: Inputs; logger: Logger }): Promise<Plan> {
  const { inputs, logger } = options
  if (inputs.images.length === 0 && inputs.files.length === 0 && inputs.checksums === undefined) {
    throw new ConfigurationError(
      'Nothing to sign: set at least one of the inputs images, files and checksums, for example:',
      { fix: 'with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*' }
    )
  }
  checkWorkloadIdentity(inputs)
  mediaTypeInput({
    input: 'media-type',
    value: inputs.mediaType,
    example: 'application/vnd.example.release+tar'
  })
  const key = await signingKey(inputs)
  const images = parseImages(inputs.images)
  const files = await fileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: true,
    signatureSuffixes: SIGNATURE_SUFFIXES,
    outputDirectory: inputs.outputDirectory,
    logger
  })
  const userMetadata = parseUserMetadata(inputs.userMetadata)
  const credentials = registryCredentials({
    inputs,
    registries: [...new Set(images.map(image => image.registry))]
  })
  const client = createRegistryClient({ credentials, logger })
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); key ${key.kind === 'pem' ? 'from key-file' : key.keyId}`
  )
  return { key, images, files, userMetadata, client }
}
