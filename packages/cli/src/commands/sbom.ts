import { parseArgs } from 'node:util'
import { createRegistryClient, dockerConfigCredentials, writeBytesAtomic } from '@sign/oci'
import {
  CatalogError,
  SBOM_FORMATS,
  SbomReadError,
  isSbomFormat,
  toCycloneDxJson,
  toSpdxJson,
  validateSbom,
  type Sbom,
  type SbomFormat
} from '@sign/sbom'
import { escapeControls, plainOrQuoted } from '@sign/safe-text'
import { parseTarget } from '@sign/verify/parse-target'
import type { Command, CommandContext } from '../command.ts'
import { commandFailure } from '../failure/command-failure.ts'
import { EXIT_CODES } from '../failure/exit-codes.ts'
import { targetSbom } from '../sbom/target-sbom.ts'
import { UsageError } from './usage-error.ts'

const USAGE = `usage: sign sbom [flags] TARGET...

Prints the SBOM of each TARGET, catalogued natively (no external scanner): a file (a Go binary:
its modules from the build information; an archive .tar.gz/.tgz/.tar/.zip: every Go binary and
npm manifest inside; any other file: the file alone, with its checksums), an image reference
(registry/repository:tag or @sha256:…; one platform: dpkg, apk, rpm, npm and Go binaries in its
final filesystem), or with --oci-layout an OCI layout DIR:TAG or DIR@sha256:…. Several TARGETs
print one document after another.

  --format spdx-json|cyclonedx-json      the document's format (default spdx-json: SPDX 2.3;
                                         cyclonedx-json: CycloneDX 1.6)
  --output FILE                          write the document to FILE (one TARGET) instead of stdout
  --platform OS/ARCH[/VARIANT]           the platform of an image index (default: its only
                                         platform, else linux/amd64)
  --oci-layout                           targets are OCI layout directories

Registry credentials come from the docker config (docker login, credential helpers).
Exit codes: 0 done, 2 usage or configuration error (a flag, a target that cannot be read or
catalogued), 3 a registry refused or failed, 70 internal error.
`

interface SbomArgs {
  targets: string[]
  format: SbomFormat
  output: string | undefined
  platform: string | undefined
  ociLayout: boolean
}

/** Parses `sign sbom` arguments; throws UsageError. */
function parseSbomArgs(args: string[]): SbomArgs {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        platform: { type: 'string' },
        'oci-layout': { type: 'boolean' }
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const format = values.format ?? 'spdx-json'
  if (!isSbomFormat(format)) {
    throw new UsageError(`--format is ${SBOM_FORMATS.join(' or ')}, not ${JSON.stringify(format)}`)
  }
  if (positionals.length === 0) throw new UsageError('give at least one TARGET')
  if (values.output !== undefined && positionals.length > 1) {
    throw new UsageError(
      `--output writes one document; give one TARGET (${positionals.length} given), or leave --output out to print them all`
    )
  }
  return {
    targets: positionals,
    format,
    output: values.output,
    platform: values.platform,
    ociLayout: values['oci-layout'] === true
  }
}

/** A target that cannot be catalogued (not what it claims, damaged, over a limit): the user's to fix. */
class TargetError extends Error {
  readonly kind = 'configuration'

  constructor(target: string, cause: CatalogError | SbomReadError) {
    super(`cannot catalog ${plainOrQuoted(target)}: ${cause.message}`, { cause })
    this.name = 'TargetError'
  }
}

/** The document of `sbom` in `format`, checked against its schema (a failure is a bug here). */
function documentOf(options: { sbom: Sbom; format: SbomFormat }): string {
  const { sbom, format } = options
  const written = format === 'spdx-json' ? toSpdxJson({ sbom }) : toCycloneDxJson({ sbom })
  const problems = validateSbom({ document: written.document })
  if (problems.length > 0) {
    throw new Error(
      `the ${format} document written for ${sbom.subject.name} is invalid: ${problems
        .slice(0, 3)
        .map(problem => `${problem.path || '/'} ${problem.message}`)
        .join('; ')}`
    )
  }
  return written.json
}

async function run(context: CommandContext): Promise<number> {
  const { args, stdout, stderr } = context
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    stdout.write(USAGE)
    return 0
  }
  try {
    const parsed = parseSbomArgs(args)
    const targets = parsed.targets.map(text => parseTarget({ text, ociLayout: parsed.ociLayout }))
    const client = createRegistryClient({ credentials: dockerConfigCredentials() })
    // Every target is catalogued before anything is written.
    const documents: string[] = []
    for (const target of targets) {
      let result
      try {
        result = await targetSbom({
          target,
          client,
          ...(parsed.platform === undefined ? {} : { platform: parsed.platform })
        })
      } catch (error) {
        if (error instanceof CatalogError || error instanceof SbomReadError) {
          throw new TargetError(target.text, error)
        }
        throw error
      }
      for (const problem of result.problems) {
        stderr.write(
          `sign sbom: warning: ${plainOrQuoted(target.text)}: ${escapeControls({ text: problem, keepLines: false })}\n`
        )
      }
      documents.push(documentOf({ sbom: result.sbom, format: parsed.format }))
    }
    if (parsed.output !== undefined) {
      await writeBytesAtomic({ path: parsed.output, bytes: documents.join('') })
      stderr.write(
        `sign sbom: wrote the ${parsed.format} SBOM to ${plainOrQuoted(parsed.output)}\n`
      )
    } else {
      for (const document of documents) stdout.write(document)
    }
    return EXIT_CODES.ok
  } catch (error) {
    return commandFailure({ command: 'sbom', error, stderr })
  }
}

export const sbomCommand: Command = {
  name: 'sbom',
  summary: 'print or write the SBOM of files, archives, images and OCI layouts (SPDX, CycloneDX)',
  run
}
