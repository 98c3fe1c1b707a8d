import { resolve } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import { SigstoreError, loadTrustedRoot, type SigstoreInstance } from '@sign/sigstore'
import { fileTargets, parseImages, registryCredentials, type FileTarget } from '@sign/subjects'
import { checkIdentityToken, isPublicGood, keylessInstance } from '@sign/subjects/keyless'
import { VerifyError, loadPolicy, type VerificationPolicy } from '@sign/verify'
import { sbomFormats } from '../../../sbom-attach/src/validate/formats.ts'
import type { SbomFormatName } from '../../../sbom-attach/src/inputs.ts'
import { provenanceFormats } from '../../../slsa-provenance/src/validate/formats.ts'
import type { ProvenanceFormat } from '../../../slsa-provenance/src/inputs.ts'
import { checkTrust } from '../../../verify/src/validate/trust.ts'
import type { Inputs } from '../inputs.ts'

/** Everything the pipeline will do, checked before anything is signed or written. */
export interface Plan {
  images: Reference[]
  files: FileTarget[]
  /** Empty when the part is off. */
  sbomFormats: SbomFormatName[]
  provenanceFormats: ProvenanceFormat[]
  instance: SigstoreInstance
  client: RegistryClient
  /** The trusted root file to verify with (undefined: public-good's, built in). */
  trustedRoot: string | undefined
  /** The policy file every subject must also pass. */
  policy: VerificationPolicy | undefined
}

/** Every output this pipeline writes beside a file; such files are never subjects themselves. */
const OUTPUT_SUFFIXES = ['.sigstore.json', '.spdx.json', '.cdx.json', '.sbom.json', '.intoto.jsonl']

/**
 * Checks every input — the subjects, which parts run and their formats, the Sigstore instance
 * and what verification needs to trust it, the policy file, registry credentials — and throws
 * a ConfigurationError at the first problem, before any request.
 */
export async function validateInputs(options: { inputs: Inputs; logger: Logger }): Promise<Plan> {
  const { inputs, logger } = options
  if (inputs.images.length === 0 && inputs.files.length === 0 && inputs.checksums === undefined) {
    throw new ConfigurationError(
      'Nothing to sign: set at least one of the inputs images, files and checksums, for example:',
      { fix: 'with:\n  images: ghcr.io/octo-org/app:v1.2.3\n  files: dist/*' }
    )
  }
  if (!inputs.signatures && !inputs.sboms && !inputs.provenance) {
    throw new ConfigurationError(
      "Inputs 'signatures', 'sboms' and 'provenance' are all false, so the step would make nothing. Keep at least one, for example:",
      { fix: 'with:\n  signatures: true' }
    )
  }
  const sbom = inputs.sboms
    ? sbomFormats({ formats: inputs.sbomFormats, naming: 'sign', input: 'sbom-format' })
    : []
  const provenance = inputs.provenance
    ? provenanceFormats({ formats: inputs.provenanceFormats, input: 'provenance-format' })
    : []
  checkIdentityToken({ token: inputs.identityToken, now: new Date() })
  const images = parseImages(inputs.images)
  const files = await fileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: true,
    signatureSuffixes: OUTPUT_SUFFIXES,
    outputDirectory: undefined,
    logger
  })
  const instance = keylessInstance({ ...inputs, tlogUpload: true })
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const trustedRoot =
    inputs.trustedRoot === undefined ? undefined : resolve(workspace, inputs.trustedRoot)
  if (inputs.verify && trustedRoot === undefined && !isPublicGood({ instance })) {
    throw new ConfigurationError(
      "Input 'verify' checks what the step made, but it signs with a Sigstore instance other than public-good: give its trusted root (input 'trusted-root'), or leave verification to a later step:",
      { fix: 'with:\n  trusted-root: .github/sigstore/trusted_root.json' }
    )
  }
  const policy =
    inputs.policy === undefined ? undefined : await policyFile({ path: inputs.policy, workspace })
  if (policy !== undefined) {
    await checkTrust({ policy, name: field => `Input 'policy' (${inputs.policy ?? ''}), ${field}` })
  }
  if (trustedRoot !== undefined) {
    try {
      await loadTrustedRoot({ path: trustedRoot })
    } catch (cause) {
      if (!(cause instanceof SigstoreError)) throw cause
      throw new ConfigurationError(
        `Input 'trusted-root': ${cause.message}. Give the trusted_root.json of the Sigstore instance the step signs with, for example:`,
        { fix: 'with:\n  trusted-root: .github/sigstore/trusted_root.json', cause }
      )
    }
  }
  const credentials = registryCredentials({
    inputs,
    registries: [...new Set(images.map(image => image.registry))]
  })
  const client = createRegistryClient({ credentials, logger })
  logger.info(
    `${images.length} image reference(s), ${files.length} file(s); signatures ${inputs.signatures ? 'on' : 'off'}, SBOMs ${sbom.join(', ') || 'off'}, provenance ${provenance.join(', ') || 'off'}, verify ${inputs.verify ? 'on' : 'off'}; Fulcio ${instance.fulcioUrl}, Rekor ${instance.rekorUrl ?? 'none'}`
  )
  return {
    images,
    files,
    sbomFormats: sbom,
    provenanceFormats: provenance,
    instance,
    client,
    trustedRoot,
    policy
  }
}

/** Input `policy`, loaded and validated; its mistakes are configuration errors naming the input. */
async function policyFile(options: {
  path: string
  workspace: string
}): Promise<VerificationPolicy> {
  try {
    return await loadPolicy({ path: resolve(options.workspace, options.path) })
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    throw new ConfigurationError(
      `Input 'policy': ${error.message}. Give a policy file, for example:`,
      {
        fix: 'with:\n  policy: .github/verify-policy.yml',
        cause: error
      }
    )
  }
}
