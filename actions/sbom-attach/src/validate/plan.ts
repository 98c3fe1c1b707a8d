import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import type { SigstoreInstance } from '@sign/sigstore'
import { fileTargets, parseImages, registryCredentials, type FileTarget } from '@sign/subjects'
import { checkIdentityToken, keylessInstance } from '@sign/subjects/keyless'
import type { Inputs, SbomFormatName } from '../inputs.ts'
import { OUTPUT_SUFFIXES } from '../sbom-kinds.ts'
import { sbomFormats } from './formats.ts'

/** Everything the step will do, checked before anything is generated or written. */
export interface Plan {
  images: Reference[]
  files: FileTarget[]
  formats: SbomFormatName[]
  /** The Sigstore services, when the SBOMs are attested. */
  instance: SigstoreInstance | undefined
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
      'Nothing to describe: set at least one of the inputs images, files and checksums, for example:',
      { fix: 'with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*' }
    )
  }
  const formats = sbomFormats({ formats: inputs.formats, naming: inputs.naming })
  if (inputs.attest) checkIdentityToken({ token: inputs.identityToken, now: new Date() })
  const images = parseImages(inputs.images)
  const files = await releaseFiles({ inputs, logger })
  const instance = inputs.attest ? keylessInstance({ ...inputs, tlogUpload: true }) : undefined
  const credentials = registryCredentials({
    inputs,
    registries: [...new Set(images.map(image => image.registry))]
  })
  const client = createRegistryClient({ credentials, logger })
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); formats ${formats.join(', ')}; ${
      instance === undefined
        ? 'not attested'
        : `Fulcio ${instance.fulcioUrl}, Rekor ${instance.rekorUrl ?? 'none'}, TSA ${instance.tsaUrl ?? 'none'}`
    }`
  )
  return { images, files, formats, instance, client }
}

/**
 * The files to describe: what the globs match and what the checksums file lists (checked against
 * their digests when hashed), never the checksums file itself nor this step's own outputs.
 */
async function releaseFiles(options: {
  inputs: Pick<Inputs, 'files' | 'checksums'>
  logger: Logger
}): Promise<FileTarget[]> {
  const { inputs } = options
  const targets = await fileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: true,
    signatureSuffixes: OUTPUT_SUFFIXES,
    outputDirectory: undefined,
    logger: options.logger
  })
  if (inputs.checksums === undefined) return targets
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const checksumsPath = resolve(workspace, inputs.checksums)
  const checksumsFile = new Set([checksumsPath, await realpath(checksumsPath)])
  return targets.filter(target => !checksumsFile.has(target.path))
}
