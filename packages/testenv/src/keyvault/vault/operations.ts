import {
  certificateBundle,
  certificatePolicy,
  identifiers,
  keyBundle,
  secretBundle
} from './bundles.ts'
import { VaultError, badParameter, notFound } from './errors.ts'
import { forbidden, type ForbiddableOperation } from './forbidden.ts'
import type { VaultRoute } from './routes.ts'
import { signRequest } from './sign.ts'
import type { StoredVersion, VaultStore } from './store.ts'

export interface ExecuteOptions {
  route: VaultRoute
  store: VaultStore
  /** The vault's URL, the base of every identifier. */
  url: string
  /** The vault's name, as Key Vault writes it in a 403. */
  vaultName: string
  /** The caller's access-token claims (named in a 403 as Key Vault does). */
  claims: Record<string, unknown>
  /** Reads the request body as JSON (only sign has one). */
  readJson(): Promise<unknown>
}

/** The version asked for, after the permission check a 403 for it would fail. */
function lookup(
  options: ExecuteOptions,
  kind: 'key' | 'certificate' | 'secret',
  operation: ForbiddableOperation
): StoredVersion {
  const { name, version } = options.route
  const entry = options.store.find(name, version)
  const present =
    kind === 'key' ? entry : kind === 'certificate' ? entry?.certificate : entry?.secret
  if (!entry || !present) throw notFound({ kind, id: version ? `${name}/${version}` : name })
  const wording = entry.forbid[operation]
  if (wording) {
    const vault = options.vaultName
    throw forbidden({ operation, wording, name, vault, claims: options.claims })
  }
  return entry
}

/** Runs one authenticated Key Vault operation; returns the JSON body or throws a VaultError. */
export async function executeOperation(options: ExecuteOptions): Promise<object> {
  const { route, url } = options
  switch (route.operation) {
    case 'getKey':
      return keyBundle({ url, entry: lookup(options, 'key', 'getKey') })
    case 'sign': {
      const entry = lookup(options, 'key', 'sign')
      const signature = signRequest({ body: await options.readJson(), key: entry.signingKey })
      return { kid: identifiers({ url, entry }).keyId, value: signature.toString('base64url') }
    }
    case 'getCertificate':
      return certificateBundle({
        url,
        entry: lookup(options, 'certificate', 'getCertificate'),
        withPolicy: !route.version
      })
    case 'getCertificatePolicy':
      return certificatePolicy({ url, entry: lookup(options, 'certificate', 'getCertificate') })
    case 'getSecret':
      return secretBundle({ url, entry: lookup(options, 'secret', 'getSecret') })
    case 'unknown':
      throw new VaultError({
        status: 404,
        code: 'NotFound',
        message:
          'The Key Vault emulator serves only keys (get, sign), certificates (get, policy) and secrets (get).'
      })
  }
}

/** Parses a JSON request body, refusing a malformed one as Key Vault does. */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw badParameter('The request body is not valid JSON.')
  }
}
