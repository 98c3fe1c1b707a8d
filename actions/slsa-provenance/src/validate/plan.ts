import { isAbsolute, relative, resolve } from 'node:path'
import { ConfigurationError, type Logger } from '@sign/action-kit'
import { createRegistryClient, type Reference, type RegistryClient } from '@sign/oci'
import { apiUrlFor, ProvenanceError, parseBase64Subjects, type Subject } from '@sign/provenance'
import { plainOrQuoted } from '@sign/safe-text'
import type { SigstoreInstance } from '@sign/sigstore'
import { fileTargets, parseImages, registryCredentials, type FileTarget } from '@sign/subjects'
import { checkIdentityToken, keylessInstance } from '@sign/subjects/keyless'
import type { Inputs, ProvenanceFormat } from '../inputs.ts'
import { provenanceFormats } from './formats.ts'
import { defaultProvenanceFile } from './provenance-file.ts'

/** What the step writes its files' provenance as: the .intoto.jsonl and the optional bundle. */
export interface ProvenanceFiles {
  /** Absolute path of `<name>.intoto.jsonl`. */
  jsonl: string
  /** Absolute path of `<name>.intoto.sigstore.json`, with input sigstore-json. */
  bundle: string | undefined
}

/** Everything the step will do, checked before anything is signed or written. */
export interface Plan {
  files: FileTarget[]
  /** Subjects given as digests (base64-subjects). */
  digestSubjects: Subject[]
  images: Reference[]
  formats: ProvenanceFormat[]
  /** Where the files' provenance goes (undefined without file subjects). */
  output: ProvenanceFiles | undefined
  instance: SigstoreInstance
  client: RegistryClient
  /** The attestations API, when the step uploads. */
  upload: { apiUrl: string; token: string; repository: string } | undefined
}

/**
 * Checks every input: the subjects (globs, checksums file, base64 list, images), the formats, the
 * output names and directory (inside the workspace), the Sigstore instance, registry
 * credentials and the attestations API; throws a ConfigurationError at the first problem.
 */
export async function validateInputs(options: { inputs: Inputs; logger: Logger }): Promise<Plan> {
  const { inputs, logger } = options
  if (
    inputs.images.length === 0 &&
    inputs.files.length === 0 &&
    inputs.checksums === undefined &&
    inputs.base64Subjects === undefined
  ) {
    throw new ConfigurationError(
      'Nothing to attest: set at least one of the inputs files, checksums, base64-subjects and images, for example:',
      { fix: 'with:\n  files: dist/*\n  images: ghcr.io/octo-org/app:v1.2.3' }
    )
  }
  const formats = provenanceFormats({ formats: inputs.formats })
  if (inputs.sigstoreJson && formats.length > 1) {
    throw new ConfigurationError(
      `Input 'sigstore-json' writes one bundle file, but input 'format' asks for ${formats.join(' and ')}: the .intoto.jsonl holds a line per format. Choose one format, or leave sigstore-json out:`,
      { fix: 'with:\n  format: github-v1\n  sigstore-json: true' }
    )
  }
  checkIdentityToken({ token: inputs.identityToken, now: new Date() })
  const digestSubjects = base64Subjects({ text: inputs.base64Subjects })
  const images = parseImages(inputs.images)
  const files = await fileTargets({
    globs: inputs.files,
    checksums: inputs.checksums,
    signListedFiles: true,
    signatureSuffixes: ['.intoto.jsonl', '.sigstore.json'],
    outputDirectory: undefined,
    logger
  })
  const output =
    files.length + digestSubjects.length === 0
      ? undefined
      : provenanceFiles({ inputs, files, digestSubjects })
  const instance = keylessInstance({ ...inputs, tlogUpload: true })
  const credentials = registryCredentials({
    inputs,
    registries: [...new Set(images.map(image => image.registry))]
  })
  const client = createRegistryClient({ credentials, logger })
  if (
    inputs.githubApiUrl !== undefined &&
    !/^https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/u.test(inputs.githubApiUrl)
  ) {
    throw new ConfigurationError(
      `Input 'github-api-url' is ${plainOrQuoted(inputs.githubApiUrl)}: it is GitHub's REST API URL, https://api.github.com or, on GitHub Enterprise Server, https://HOST/api/v3. Write for example:`,
      { fix: 'with:\n  github-api-url: ${{ github.api_url }}' }
    )
  }
  const upload = inputs.githubAttestations ? uploadTarget({ inputs }) : undefined
  logger.info(
    `${files.length} file(s), ${digestSubjects.length} digest subject(s), ${images.length} image reference(s); formats ${formats.join(', ')}; Fulcio ${instance.fulcioUrl}, Rekor ${instance.rekorUrl ?? 'none'}${upload === undefined ? '' : `; attestations API ${upload.apiUrl}`}`
  )
  return { files, digestSubjects, images, formats, output, instance, client, upload }
}

function base64Subjects(options: { text: string | undefined }): Subject[] {
  if (options.text === undefined) return []
  try {
    return parseBase64Subjects({ text: options.text })
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error
    throw new ConfigurationError(
      `Input 'base64-subjects': ${error.message}. Give base64 of sha256sum output, for example:`,
      { fix: 'with:\n  base64-subjects: ${{ needs.build.outputs.hashes }}', cause: error }
    )
  }
}

/**
 * The files' provenance names: `provenance-name` (default the generator's: the one subject's
 * base name, or `multiple`, plus `.intoto.jsonl`) in `output-directory` (default: the files'
 * common directory, else the workspace), which must lie inside the workspace.
 */
function provenanceFiles(options: {
  inputs: Inputs
  files: FileTarget[]
  digestSubjects: Subject[]
}): ProvenanceFiles {
  const { inputs, files, digestSubjects } = options
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  const defaults = defaultProvenanceFile({
    subjectNames: [...files.map(file => file.path), ...digestSubjects.map(subject => subject.name)],
    filePaths: files.map(file => file.path),
    workspace
  })
  const name = inputs.provenanceName ?? defaults.name
  if (!name.endsWith('.intoto.jsonl') || name.includes('/') || name === '.intoto.jsonl') {
    throw new ConfigurationError(
      `Input 'provenance-name' is ${plainOrQuoted(name)}: it is a file name ending in .intoto.jsonl, as slsa-github-generator's provenance-name, without a directory (output-directory says where). Write for example:`,
      { fix: 'with:\n  provenance-name: app.intoto.jsonl' }
    )
  }
  const directory =
    inputs.outputDirectory !== undefined
      ? resolve(workspace, inputs.outputDirectory)
      : defaults.directory
  const inside = relative(workspace, directory)
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigurationError(
      `Input 'output-directory' is ${plainOrQuoted(inputs.outputDirectory ?? directory)}, outside the workspace ${workspace}: provenance files are written inside it. Give a directory in the workspace:`,
      { fix: 'with:\n  output-directory: dist' }
    )
  }
  const jsonl = resolve(directory, name)
  return {
    jsonl,
    bundle: inputs.sigstoreJson
      ? jsonl.replace(/\.intoto\.jsonl$/u, '.intoto.sigstore.json')
      : undefined
  }
}

/** The attestations API to upload to: its URL, the token and the job's repository. */
function uploadTarget(options: { inputs: Inputs }): Plan['upload'] {
  const { inputs } = options
  const repository = process.env['GITHUB_REPOSITORY'] ?? ''
  if (inputs.githubToken === undefined) {
    throw new ConfigurationError(
      "Input 'github-attestations' uploads to GitHub's attestations, which needs input 'github-token' (the job's token, with permissions attestations: write):",
      {
        fix: 'permissions:\n  attestations: write\n…\nwith:\n  github-attestations: true\n  github-token: ${{ github.token }}'
      }
    )
  }
  if (!/^[^/\s]+\/[^/\s]+$/u.test(repository)) {
    throw new ConfigurationError(
      "Input 'github-attestations' uploads to the job's repository, but GITHUB_REPOSITORY is not owner/repo: run the step in a GitHub Actions job, or leave github-attestations out:",
      { fix: 'with:\n  github-attestations: false' }
    )
  }
  const apiUrl =
    inputs.githubApiUrl ??
    process.env['GITHUB_API_URL'] ??
    apiUrlFor({ serverUrl: process.env['GITHUB_SERVER_URL'] ?? 'https://github.com' })
  return { apiUrl, token: inputs.githubToken, repository }
}
