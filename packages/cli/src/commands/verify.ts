import { homedir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { dockerConfigCredentials } from '@sign/oci'
import {
  loadPolicy,
  loadTrust,
  parseTarget,
  POLICY_FLAG_NAMES,
  policyFlagKey,
  policyFromFlags,
  renderFailedSubjects,
  renderReportText,
  verifyTargets,
  type PolicyFlags,
  type VerificationPolicy
} from '@sign/verify'
import type { Command, CommandContext } from '../command.ts'
import { commandFailure } from '../failure/command-failure.ts'
import { EXIT_CODES } from '../failure/exit-codes.ts'
import { UsageError } from './usage-error.ts'
import { pairSignatures } from './verify-pairs.ts'

const USAGE = `usage: sign verify [flags] TARGET...
       sign verify [flags] FILE --bundle B [FILE2 --bundle B2 ...]

Verifies every TARGET against one policy and exits 0 only when all of them pass.
TARGET is an image reference (registry/repository:tag or @sha256:…), a file (its signatures are
found beside it: FILE.sigstore.json, FILE.sigstore, FILE.intoto.jsonl,
FILE.{spdx,cdx,sbom}.intoto.sigstore.json, FILE.jws.sig, FILE.cose.sig), or with --oci-layout
an OCI layout DIR:TAG or DIR@sha256:….

Who must have signed (each kind given is required):
  --certificate-identity ID              keyless: the certificate's exact SAN
  --certificate-identity-regexp RE       … or a regexp matching the whole SAN (anchored)
  --certificate-oidc-issuer URL          keyless: the exact OIDC issuer
  --certificate-oidc-issuer-regexp RE    … or a regexp matching the whole issuer (anchored)
  --certificate-github-workflow-repository OWNER/REPO   GitHub claims of the certificate,
  --certificate-github-workflow-ref REF                 exact (legacy and v2 extensions)
  --certificate-github-workflow-sha SHA
  --certificate-github-workflow-trigger EVENT
  --certificate-github-workflow-name NAME
  --signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE.yml
                                         keyless: that workflow at any ref, as gh attestation
                                         verify --signer-workflow (instead of --certificate-identity)
  --key FILE                             a Sigstore signature by this PEM public key
  --type TYPE                            require attestations of this predicate type (URI, or
                                         cosign's slsaprovenance, slsaprovenance1, spdxjson,
                                         cyclonedx, vuln, openvex, link, custom) instead of
                                         signatures
  --require-sbom FORMAT                  also require an SBOM (spdx-json or cyclonedx-json) signed
                                         by each signer given: an SBOM attestation of the target,
                                         or an SBOM referrer or file (FILE.spdx.json, FILE.cdx.json,
                                         FILE.sbom.json) with its own signature
SLSA provenance (slsa-verifier's names; any of them requires provenance, v1 unless --type):
  --builder-id ID                        the builder, exactly (e.g. the reusable workflow@ref)
  --builder-id-regexp RE                 … or a regexp matching the whole builder id
  --source-uri github.com/OWNER/REPO     the source repository the provenance names
  --source-ref REF | --source-tag TAG | --source-branch BRANCH | --source-versioned-tag vN[.M]
                                         the source ref (a versioned tag matches any vN.x.y)
  --trust-policy FILE                    notation trust policy (OCI and/or blob; repeatable)
  --trust-store DIR                      notation trust store (holding x509/{ca,signingAuthority,tsa}/)
  --scope SCOPE                          notation trust policy scope for --oci-layout targets
  --policy FILE                          the whole policy as one YAML/JSON file instead

Trust roots (Sigstore; default: the built-in public-good root, offline):
  --trusted-root FILE                    a trusted_root.json (self-hosted Sigstore)
  --tuf-mirror URL --tuf-root FILE       fetch the trusted root from a TUF repository

Targets and output:
  --oci-layout                           targets are OCI layout directories
  --bundle FILE, --signature FILE        signature files of the file target before it,
                                         instead of those beside it (repeatable); with one
                                         target, of that target wherever they stand.
                                         FILE --bundle B FILE2 --bundle B2 … verifies each file
                                         with the bundle after it, all in one process (a FILE
                                         without one uses the signatures beside it)
  --allow-unsigned                       subjects with no signature at all pass (with a warning)
  --output text|json                     report format on stdout (default text)

Registry credentials come from the docker config (docker login, credential helpers).
Exit codes: 0 every target verified, 1 some did not (verification failed), 2 usage or
configuration error, 3 a registry or other remote service refused or failed, 70 internal error.
`

const STRING_FLAGS = [...POLICY_FLAG_NAMES, 'policy', 'output'] as const

interface VerifyArgs {
  targets: string[]
  flags: Partial<Record<(typeof STRING_FLAGS)[number], string>>
  trustPolicy: string[]
  /** Per target, in order: its --bundle and --signature files (undefined: none given). */
  signatures: (string[] | undefined)[]
  ociLayout: boolean
  allowUnsigned: boolean
  output: 'text' | 'json'
}

/** Parses `sign verify` arguments (any order); throws UsageError. */
function parseVerifyArgs(args: string[]): VerifyArgs {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        ...Object.fromEntries(STRING_FLAGS.map(flag => [flag, { type: 'string' as const }])),
        'trust-policy': { type: 'string', multiple: true },
        bundle: { type: 'string', multiple: true },
        signature: { type: 'string', multiple: true },
        'oci-layout': { type: 'boolean' },
        'allow-unsigned': { type: 'boolean' }
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>
  const flags: VerifyArgs['flags'] = {}
  for (const flag of STRING_FLAGS) {
    const value = values[flag]
    if (typeof value === 'string') flags[flag] = value
  }
  const output = flags.output ?? 'text'
  if (output !== 'text' && output !== 'json') {
    throw new UsageError(`--output is text or json, not ${JSON.stringify(output)}`)
  }
  if (parsed.positionals.length === 0) throw new UsageError('give at least one TARGET')
  const list = (name: string): string[] => (values[name] as string[] | undefined) ?? []
  return {
    targets: parsed.positionals,
    flags,
    trustPolicy: list('trust-policy'),
    signatures: pairSignatures(parsed.tokens),
    ociLayout: values['oci-layout'] === true,
    allowUnsigned: values['allow-unsigned'] === true,
    output
  }
}

async function policyOf(args: VerifyArgs): Promise<VerificationPolicy> {
  if (args.flags.policy !== undefined) {
    const extra = [
      ...POLICY_FLAG_NAMES.filter(flag => args.flags[flag] !== undefined),
      ...(args.trustPolicy.length > 0 ? ['trust-policy'] : []),
      ...(args.allowUnsigned ? ['allow-unsigned'] : [])
    ]
    if (extra.length > 0) {
      throw new UsageError(
        `--policy holds the whole policy; move ${extra.map(flag => `--${flag}`).join(', ')} into it`
      )
    }
    return loadPolicy({ path: args.flags.policy })
  }
  const flags: PolicyFlags = Object.fromEntries(
    POLICY_FLAG_NAMES.filter(flag => args.flags[flag] !== undefined).map(flag => [
      policyFlagKey(flag),
      args.flags[flag]
    ])
  )
  if (args.trustPolicy.length > 0) flags.trustPolicy = args.trustPolicy
  if (args.allowUnsigned) flags.allowUnsigned = true
  return policyFromFlags({
    flags,
    source: 'flags',
    spell: flag => `--${flag}`,
    baseDir: process.cwd()
  })
}

async function run(context: CommandContext): Promise<number> {
  const { args, stdout, stderr } = context
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    stdout.write(USAGE)
    return 0
  }
  try {
    const parsed = parseVerifyArgs(args)
    const targets = parsed.targets.map(text => parseTarget({ text, ociLayout: parsed.ociLayout }))
    const policy = await policyOf(parsed)
    for (const [index, target] of targets.entries()) {
      if (parsed.signatures[index] !== undefined && target.kind !== 'file') {
        throw new UsageError(
          `--bundle and --signature name the signatures of the file target before them; ${target.text} is not a file`
        )
      }
    }
    const trust = await loadTrust({
      policy,
      tufCachePath: join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'sign', 'tuf')
    })
    const report = await verifyTargets({
      targets,
      policy,
      trust,
      credentials: dockerConfigCredentials(),
      targetSignatures: parsed.signatures
    })
    stdout.write(
      parsed.output === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : renderReportText({ report })
    )
    if (report.verified) return EXIT_CODES.ok
    stderr.write(`sign verify: verification failed: ${renderFailedSubjects({ report })}\n`)
    return EXIT_CODES.verification
  } catch (error) {
    return commandFailure({ command: 'verify', error, stderr })
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'verify images, files and OCI layouts against one policy (Sigstore and notation)',
  run
}
