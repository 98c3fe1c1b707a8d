import { readFile } from 'node:fs/promises'
import {
  loadTrustedRoot,
  parseBundleJSON,
  publicGoodTrustedRoot,
  verifyBundle
} from '@sign/sigstore'
import type { Command } from '../command.ts'
import { artifactInput } from './artifact-input.ts'
import { orderedArgs, type OrderedArgs } from './ordered-args.ts'
import { runProtocol, type ProtocolCommand } from './protocol-command.ts'

export type VerifyBundleOptions = {
  staging: boolean
  bundle: string
  trustedRoot?: string
  /** A path, or `sha256:<hex>` (see artifactInput). */
  artifact: string
} & ({ identity: string; issuer: string } | { key: string })

const USAGE = `usage: sign verify-bundle [--staging] --bundle FILE --certificate-identity ID --certificate-oidc-issuer URL [--trusted-root FILE] FILE_OR_DIGEST
       sign verify-bundle [--staging] --bundle FILE --key PATH [--trusted-root FILE] FILE_OR_DIGEST

Verifies a Sigstore bundle for FILE_OR_DIGEST (a path, or sha256:<64 hex> naming no file) signed
by the identity ID, as issued by the OIDC issuer URL (both exact), or by the public key in PATH
(PEM). Exit 0 when it verifies, 1 with the reason when not. Arguments come in exactly this order.

  --trusted-root FILE  the trusted root to verify with; default the built-in public-good root
  --staging            Sigstore staging: needs --trusted-root (only the public-good root is
                       built in)
`

const FLAGS = [
  '--staging',
  '--bundle',
  '--certificate-identity',
  '--certificate-oidc-issuer',
  '--key',
  '--trusted-root'
]

/** Parses the protocol's verify-bundle arguments, in order; throws UsageError. */
export function parseVerifyBundleArgs(args: string[]): VerifyBundleOptions {
  const reader: OrderedArgs = orderedArgs(args, FLAGS)
  const staging = reader.flag('--staging')
  const bundle = reader.required('--bundle', 'FILE')
  let signer: { identity: string; issuer: string } | { key: string }
  if (reader.next('--key')) {
    signer = { key: reader.required('--key', 'PATH') }
  } else if (reader.next('--certificate-identity')) {
    const identity = reader.required('--certificate-identity', 'ID')
    signer = { identity, issuer: reader.required('--certificate-oidc-issuer', 'URL') }
  } else {
    reader.misplaced(['--certificate-identity ID --certificate-oidc-issuer URL', '--key PATH'])
  }
  const trustedRoot = reader.option('--trusted-root', 'FILE')
  const artifact = reader.last('FILE_OR_DIGEST', ['--trusted-root FILE'])
  return {
    staging,
    bundle,
    ...signer,
    artifact,
    ...(trustedRoot !== undefined && { trustedRoot })
  }
}

async function read(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new Error(`cannot read ${what} ${path} (${code})`, { cause: error })
  }
}

const command: ProtocolCommand<VerifyBundleOptions> = {
  name: 'verify-bundle',
  usage: USAGE,
  parse: parseVerifyBundleArgs,
  execute: async (options, { stdout }) => {
    if (options.staging && options.trustedRoot === undefined) {
      throw new Error(
        '--staging needs --trusted-root FILE: sign builds in only the public-good trusted ' +
          "root; pass staging's trusted_root.json"
      )
    }
    const bundle = parseBundleJSON({
      text: (await read(options.bundle, 'the bundle')).toString('utf8'),
      source: options.bundle
    })
    const input = artifactInput(options.artifact)
    const artifact = 'digest' in input ? input : { data: await read(input.path, 'the artifact') }
    const trustedRoot =
      options.trustedRoot === undefined
        ? publicGoodTrustedRoot()
        : await loadTrustedRoot({ path: options.trustedRoot })
    const policy =
      'key' in options
        ? { key: (await read(options.key, 'the public key')).toString('utf8') }
        : { certificateIdentity: options.identity, certificateOidcIssuer: options.issuer }
    const verified = verifyBundle({ bundle, artifact, policy, trustedRoot })
    const by = 'key' in options ? `the key ${options.key}` : verified.identity
    stdout.write(`verified ${options.artifact}: signed by ${by}\n`)
    return 0
  }
}

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify a Sigstore bundle (conformance protocol)',
  run: context => runProtocol(command, context)
}
