import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import type { CredentialProvider } from '@sign/oci'
import { quote } from '@sign/safe-text'
import { expandFileGlobs, notRegularFile, registryCredentials } from '@sign/subjects'
import type { Target } from '@sign/verify'
import { VerifyError } from '@sign/verify/errors'
import { FILE_SBOM_SUFFIXES, FILE_SIGNATURE_SUFFIXES } from '@sign/verify/file-signatures'
import { parseTarget } from '@sign/verify/parse-target'
import type { Inputs } from '../inputs.ts'
import { inputFix } from './input-examples.ts'
import { checkReportPath } from './report-path.ts'

/**
 * Signature files beside a release file, never verified as subjects themselves: those verify
 * reads, and cosign's pre-bundle `.sig` and `.pem`.
 */
const SIGNATURE_SUFFIXES = [...FILE_SIGNATURE_SUFFIXES.map(({ suffix }) => suffix), '.sig', '.pem']

/**
 * The targets of images, files (globs expanded) and OCI layouts, and the registry credentials;
 * also checks that the report can be written where input `report` says.
 */
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
  await checkReportPath({ report: inputs.report })
  const targets: Target[] = []
  for (const [index, text] of inputs.images.entries()) {
    const target = inputTarget({ input: 'images', line: index + 1, text })
    if (target.kind !== 'image') {
      throw new ConfigurationError(
        `Input 'images', line ${index + 1}: ${quote(text)} is a file, not an image reference; list it under 'files':`,
        { fix: `with:\n  files: ${text}` }
      )
    }
    targets.push(target)
  }
  const matched = new Set(files)
  for (const path of files) {
    // An SBOM beside a release file that is verified too is checked with that file.
    const sbomOf = FILE_SBOM_SUFFIXES.find(({ suffix }) => path.endsWith(suffix))
    if (sbomOf !== undefined && matched.has(path.slice(0, -sbomOf.suffix.length))) continue
    await mustBeRegularFile({ path, glob: matchedBy.get(path) ?? '' })
    targets.push({ kind: 'file', text: path, path })
  }
  for (const [index, text] of inputs.ociLayouts.entries()) {
    const target = inputTarget({ input: 'oci-layouts', line: index + 1, text })
    if (target.kind === 'layout') await mustBeLayout({ line: index + 1, dir: target.dir })
    targets.push(target)
  }
  const registries = [
    ...new Set(
      targets.flatMap(target => (target.kind === 'image' ? [target.reference.registry] : []))
    )
  ]
  return { targets, credentials: registryCredentials({ inputs, registries }) }
}

/** Line `line` of input `input` as a target; a mistake names the input and the line. */
function inputTarget(options: {
  input: 'images' | 'oci-layouts'
  line: number
  text: string
}): Target {
  const { input, line, text } = options
  try {
    return parseTarget({ text, ociLayout: input === 'oci-layouts' })
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error
    throw new ConfigurationError(`Input '${input}', line ${line}: ${error.message}. For example:`, {
      cause: error,
      fix: inputFix(input)
    })
  }
}

/** An OCI layout target's directory must hold an image layout (its oci-layout file). */
async function mustBeLayout(options: { line: number; dir: string }): Promise<void> {
  const marker = await stat(join(options.dir, 'oci-layout')).catch(() => undefined)
  if (marker?.isFile() === true) return
  throw new ConfigurationError(
    `Input 'oci-layouts', line ${options.line}: ${quote(options.dir)} is not an OCI image layout ` +
      '(it has no oci-layout file). Name the directory oras, notation or skopeo wrote, as DIR:TAG:',
    { fix: inputFix('oci-layouts') }
  )
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
