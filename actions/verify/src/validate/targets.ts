import { ConfigurationError } from '@sign/action-kit'
import type { CredentialProvider } from '@sign/oci'
import { quote } from '@sign/safe-text'
import { expandFileGlobs, notRegularFile, registryCredentials } from '@sign/subjects'
import { FILE_SIGNATURE_SUFFIXES, parseTarget, VerifyError, type Target } from '@sign/verify'
import type { Inputs } from '../inputs.ts'

/**
 * Signature files beside a release file, never verified as subjects themselves: those verify
 * reads, and cosign's pre-bundle `.sig` and `.pem`.
 */
const SIGNATURE_SUFFIXES = [...FILE_SIGNATURE_SUFFIXES.map(({ suffix }) => suffix), '.sig', '.pem']

/** The targets of images, files (globs expanded) and OCI layouts, and the registry credentials. */
export async function resolveTargets(options: {
  inputs: Inputs
}): Promise<{ targets: Target[]; credentials: CredentialProvider }> {
  const { inputs } = options
  if (inputs.images.length + inputs.files.length + inputs.ociLayouts.length === 0) {
    throw new ConfigurationError(
      "Nothing to verify: set at least one of 'images', 'files' or 'oci-layouts', for example:",
      { fix: 'with:\n  images: ghcr.io/org/app@sha256:…\n  files: dist/*.tar.gz' }
    )
  }
  const { files, matchedBy } =
    inputs.files.length === 0
      ? { files: [], matchedBy: new Map<string, string>() }
      : await expandFileGlobs({ globs: inputs.files, signatureSuffixes: SIGNATURE_SUFFIXES })
  const targets: Target[] = []
  try {
    for (const text of inputs.images) {
      const target = parseTarget({ text, ociLayout: false })
      if (target.kind !== 'image') {
        throw new ConfigurationError(
          `Input 'images': ${JSON.stringify(text)} is a file, not an image reference; list it under 'files'`
        )
      }
      targets.push(target)
    }
    for (const path of files) {
      await mustBeRegularFile({ path, glob: matchedBy.get(path) ?? '' })
      targets.push({ kind: 'file', text: path, path })
    }
    for (const text of inputs.ociLayouts) targets.push(parseTarget({ text, ociLayout: true }))
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    throw new ConfigurationError(error.message, { cause: error })
  }
  const registries = [
    ...new Set(
      targets.flatMap(target => (target.kind === 'image' ? [target.reference.registry] : []))
    )
  ]
  return { targets, credentials: registryCredentials({ inputs, registries }) }
}

/** A file matched by 'files' must be a regular file once links are followed: never a FIFO or device. */
async function mustBeRegularFile(options: { path: string; glob: string }): Promise<void> {
  const why = await notRegularFile(options.path)
  if (why === undefined) return
  throw new ConfigurationError(
    `Input 'files': the glob '${options.glob}' matches ${quote(options.path)}, ${why}: only ` +
      'regular files can be verified. Narrow the glob to the release files, for example:',
    { fix: 'with:\n  files: dist/*.tar.gz' }
  )
}
