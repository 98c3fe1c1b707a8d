import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ConfigurationError, counted, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import type { SigstoreInstance } from '@sign/sigstore'
import { fileTargets, parseImages, registryCredentials, type FileTarget } from '@sign/subjects'
import { checkIdentityToken, keylessInstance } from '@sign/subjects/keyless'
import type { Inputs, SbomFormatName } from '../inputs.ts'
import { OUTPUT_SUFFIXES } from '../sbom-kinds.ts'
import { sbomFormats } from './formats.ts'
import { readGivenSbom, type GivenSbom } from './given-sbom.ts'

/** Everything the step will do, checked before anything is generated or written. */
export interface Plan {
  images: Reference[]
  files: FileTarget[]
  formats: SbomFormatName[]
  /** The Sigstore services, when the SBOMs are attested. */
  instance: SigstoreInstance | undefined
  /** One client for every registry, with the credentials chain. */
  client: RegistryClient
  /** Lift BuildKit attestations: asked for, and the step signs. */
  lift: boolean
  /** The SBOM the workflow gave, for the one subject, instead of generating. */
  given: GivenSbom | undefined
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
  const given = await readGivenSbom({ inputs })
  const formats = given
    ? [given.document.format]
    : sbomFormats({ formats: inputs.formats, naming: inputs.naming })
  if (inputs.attest) checkIdentityToken({ token: inputs.identityToken, now: new Date() })
  const images = parseImages(inputs.images)
  const files = await releaseFiles({ inputs, logger })
  if (given !== undefined && images.length + files.length !== 1) {
    throw new ConfigurationError(
      `Input 'sbom' gives one SBOM, which describes one subject, but the inputs name ${counted(images.length, 'image')} and ${counted(files.length, 'file')}. Give exactly one image or one file with it (a step per subject):`,
      { fix: `with:\n  sbom: ${given.name}\n  files: dist/app.tar.gz` }
    )
  }
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
  const lift = inputs.liftBuildxAttestations && instance !== undefined
  if (inputs.liftBuildxAttestations && instance === undefined && images.length > 0) {
    logger.info('BuildKit attestations are left as they are: attest is false, so nothing is signed')
  }
  return { images, files, formats, instance, client, lift, given }
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
