import { ConfigurationError, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import type { SigstoreInstance } from '@sign/sigstore'
import type { Inputs } from '../inputs.ts'
import type { FileTarget } from '../subjects/subjects.ts'
import { registryCredentials } from '@sign/subjects'
import { fileTargets } from './file-targets.ts'
import { parseImages } from '@sign/subjects'
import { checkIdentityToken } from '@sign/subjects/keyless'
import { signingInstance } from './instance.ts'

/** Everything the step will do, checked before anything is signed or written. */
export interface Plan {
  images: Reference[]
  files: FileTarget[]
  instance: SigstoreInstance
  /** One client for every registry, with the credentials chain. */
  client: RegistryClient
}

/**
 * Checks every input, the files behind the globs and the checksums file, the Sigstore instance
 * and the registry credentials; throws a ConfigurationError at the first problem.
 */
export async function validateInputs(options: { inputs: Inputs; logger: Logger }): Promise<Plan> {
  const { inputs, logger } = options
  if (inputs.images.length === 0 && inputs.files.length === 0 && inputs.checksums === undefined) {
    throw new ConfigurationError(
      'Nothing to sign: set at least one of the inputs images, files and checksums, for example:',
      { fix: 'with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*' }
    )
  }
  checkIdentityToken({ token: inputs.identityToken, now: new Date() })
  const images = parseImages(inputs.images)
  const files = await fileTargets({ inputs, logger })
  const instance = signingInstance(inputs)
  const credentials = registryCredentials({
    inputs,
    registries: [...new Set(images.map(image => image.registry))]
  })
  const client = createRegistryClient({ credentials, logger })
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); Fulcio ${instance.fulcioUrl}, ` +
      `Rekor ${instance.rekorUrl ?? 'none'}, TSA ${instance.tsaUrl ?? 'none'}`
  )
  return { images, files, instance, client }
}
