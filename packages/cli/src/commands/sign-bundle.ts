import { readFile, writeFile } from 'node:fs/promises'
import {
  createBundleSigner,
  hashFile,
  loadTrustedRoot,
  resolveInstance,
  staticIdentityProvider,
  type InTotoStatement,
  type SignedBundle
} from '@sign/sigstore'
import type { Command } from '../command.ts'
import { orderedArgs } from './ordered-args.ts'
import { runProtocol, type ProtocolCommand } from './protocol-command.ts'

export interface SignBundleOptions {
  staging: boolean
  inToto: boolean
  identityToken: string
  bundle: string
  trustedRoot?: string
  signingConfig?: string
  file: string
}

const USAGE = `usage: sign sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE [--trusted-root FILE] [--signing-config FILE] FILE

Signs FILE with a Fulcio certificate for TOKEN (an OIDC ID token, audience "sigstore") and writes
a Sigstore bundle v0.3 to --bundle: a message signature over FILE's SHA-256, or with --in-toto a
DSSE envelope over FILE, an in-toto statement. Arguments come in exactly this order.

  --staging              sign with Sigstore staging: needs --signing-config (only the
                         public-good services are built in)
  --signing-config FILE  the services to use (signing config v0.2); default public good
  --trusted-root FILE    a trusted root, checked to load (signing does not need it)
`

const FLAGS = [
  '--staging',
  '--in-toto',
  '--identity-token',
  '--bundle',
  '--trusted-root',
  '--signing-config'
]

/** Parses the protocol's sign-bundle arguments, in order; throws UsageError. */
export function parseSignBundleArgs(args: string[]): SignBundleOptions {
  const reader = orderedArgs(args, FLAGS)
  const staging = reader.flag('--staging')
  const inToto = reader.flag('--in-toto')
  const identityToken = reader.required('--identity-token', 'TOKEN')
  const bundle = reader.required('--bundle', 'FILE')
  const trustedRoot = reader.option('--trusted-root', 'FILE')
  const signingConfig = reader.option('--signing-config', 'FILE')
  const file = reader.last('FILE', ['--trusted-root FILE', '--signing-config FILE'])
  return {
    staging,
    inToto,
    identityToken,
    bundle,
    file,
    ...(trustedRoot !== undefined && { trustedRoot }),
    ...(signingConfig !== undefined && { signingConfig })
  }
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new Error(`cannot read ${what} ${path} (${code})`, { cause: error })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new Error(`${what} ${path} is not JSON (${(error as Error).message})`, { cause: error })
  }
}

/** The in-toto statement in `path`: JSON with a _type, a subject list and a predicateType. */
async function readStatement(path: string): Promise<InTotoStatement> {
  const value = await readJson(path, 'the in-toto statement')
  const statement = value as Partial<Record<keyof InTotoStatement, unknown>> | null
  if (
    typeof statement !== 'object' ||
    statement === null ||
    typeof statement._type !== 'string' ||
    !statement._type.startsWith('https://in-toto.io/Statement/') ||
    !Array.isArray(statement.subject) ||
    statement.subject.length === 0 ||
    typeof statement.predicateType !== 'string'
  ) {
    throw new Error(
      `${path} is not an in-toto statement: --in-toto needs JSON with _type ` +
        '"https://in-toto.io/Statement/v1", a non-empty subject list and a predicateType'
    )
  }
  return statement as InTotoStatement
}

const command: ProtocolCommand<SignBundleOptions> = {
  name: 'sign-bundle',
  usage: USAGE,
  parse: parseSignBundleArgs,
  secrets: options => [options.identityToken],
  execute: async (options, { stdout }) => {
    if (options.staging && options.signingConfig === undefined) {
      throw new Error(
        '--staging needs --signing-config FILE: sign builds in only the public-good services; ' +
          "pass staging's signing_config.v0.2.json"
      )
    }
    if (options.trustedRoot !== undefined) {
      await loadTrustedRoot({ path: options.trustedRoot })
    }
    const instance = resolveInstance(
      options.signingConfig === undefined ? {} : { signingConfig: options.signingConfig }
    )
    const signer = createBundleSigner({
      instance,
      identityProvider: staticIdentityProvider(options.identityToken)
    })
    let signed: SignedBundle
    if (options.inToto) {
      signed = await signer.signStatement(await readStatement(options.file))
    } else {
      const { digest } = await hashFile(options.file)
      signed = await signer.signDigest({ algorithm: 'sha256', digest })
    }
    try {
      await writeFile(options.bundle, JSON.stringify(signed.bundle))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      throw new Error(`cannot write the bundle to ${options.bundle} (${code})`, { cause: error })
    }
    stdout.write(`signed ${options.file}: bundle written to ${options.bundle}\n`)
    return 0
  }
}

export const signBundle: Command = {
  name: 'sign-bundle',
  summary: 'sign a file into a Sigstore bundle (conformance protocol)',
  run: context => runProtocol(command, context)
}
