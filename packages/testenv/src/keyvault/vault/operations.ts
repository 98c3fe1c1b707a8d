import {
  certificateBundle,
  certificatePolicy,
  identifiers,
  keyBundle,
  secretBundle
} from './bundles.ts'
import { VaultError, badParameter, notFound } from './errors.ts'
import type { VaultRoute } from './routes.ts'
import { signRequest } from './sign.ts'
import type { StoredVersion, VaultStore } from './store.ts'

export interface ExecuteOptions {
  route: VaultRoute
  store: VaultStore
  /** The vault's URL, the base of every identifier. */
  url: string
  /** The caller's access-token claims (named in a 403 as Key Vault does). */
  claims: Record<string, unknown>
  /** Reads the request body as JSON (only sign has one). */
  readJson(): Promise<unknown>
}

function lookup(options: ExecuteOptions, kind: 'key' | 'certificate' | 'secret'): StoredVersion {
  const { name, version } = options.route
  const entry = options.store.find(name, version)
  const present =
    kind === 'key' ? entry : kind === 'certificate' ? entry?.certificate : entry?.secret
  if (!entry || !present) throw notFound({ kind, id: version ? `${name}/${version}` : name })
  return entry
}

function forbidden(options: ExecuteOptions): VaultError {
  const { appid, oid, iss } = options.claims
  const principal = `appid=${String(appid)};oid=${String(oid)};iss=${String(iss)}`
  return new VaultError({
    status: 403,
    code: 'Forbidden',
    message: `The user, group or application '${principal}' does not have keys get permission on key vault '${new URL(options.url).host};location=loopback'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
    innerCode: 'AccessDenied'
  })
}

/** Runs one authenticated Key Vault operation; returns the JSON body or throws a VaultError. */
export async function executeOperation(options: ExecuteOptions): Promise<object> {
  const { route, url } = options
  switch (route.operation) {
    case 'getKey': {
      const entry = lookup(options, 'key')
      if (entry.forbidKeyGet) throw forbidden(options)
      return keyBundle({ url, entry })
    }
    case 'sign': {
      const entry = lookup(options, 'key')
      const signature = signRequest({ body: await options.readJson(), key: entry.key })
      return { kid: identifiers({ url, entry }).keyId, value: signature.toString('base64url') }
    }
    case 'getCertificate':
      return certificateBundle({
        url,
        entry: lookup(options, 'certificate'),
        withPolicy: !route.version
      })
    case 'getCertificatePolicy':
      return certificatePolicy({ url, entry: lookup(options, 'certificate') })
    case 'getSecret':
      return secretBundle({ url, entry: lookup(options, 'secret') })
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
