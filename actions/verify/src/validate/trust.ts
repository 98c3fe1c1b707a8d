// The trust material the policy names, checked before anything is fetched: the trusted root
// file, the TUF mirror URL and root, the notation trust policies, the trust store they name and
// the notation scope.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigurationError, serviceUrlInput } from '@sign/action-kit'
import { parseTrustPolicyDocument, type TrustPolicyDocument } from '@sign/notation'
import { quote } from '@sign/safe-text'
import { loadTrustedRoot } from '@sign/sigstore'
import type { VerificationPolicy } from '@sign/verify'
import { inputFix } from './input-examples.ts'

/** How a message names a policy field: the input of that name, or its place in the policy file. */
export type FieldName = (field: string) => string

const REPOSITORY_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const SCOPE = new RegExp(
  `^[A-Za-z0-9.-]+(?::[0-9]+)?/${REPOSITORY_COMPONENT}(?:/${REPOSITORY_COMPONENT})*$`,
  'u'
)

/** Checks the policy's trust material; a mistake names the field through `name`. */
export async function checkTrust(options: {
  policy: VerificationPolicy
  name: FieldName
}): Promise<void> {
  const { policy, name } = options
  const { sigstore } = policy
  if (sigstore.source === 'file') {
    await readJsonFile({ field: 'trusted-root', path: sigstore.path, name })
    try {
      await loadTrustedRoot({ path: sigstore.path })
    } catch (cause) {
      fail({ field: 'trusted-root', name, why: (cause as Error).message, cause })
    }
  }
  if (sigstore.source === 'tuf') {
    try {
      serviceUrlInput({ input: 'tuf-mirror', value: sigstore.mirror, example: '' })
    } catch (cause) {
      const why = ((cause as Error).message.split("Input 'tuf-mirror' ")[1] ?? '').replace(
        /\. Write for example:$/u,
        ''
      )
      fail({ field: 'tuf-mirror', name, why: `${quote(sigstore.mirror)} ${why}`, cause })
    }
    const root = await readJsonFile({ field: 'tuf-root', path: sigstore.root, name })
    const signed = (root as { signed?: { _type?: unknown } } | null)?.signed
    if (signed?._type !== 'root') {
      fail({ field: 'tuf-root', name, why: `${quote(sigstore.root)} is not a TUF root.json` })
    }
  }
  for (const signer of policy.signers) {
    if (signer.kind !== 'notation' || signer.scope === undefined) continue
    if (signer.scope !== '*' && !SCOPE.test(signer.scope)) {
      fail({
        field: 'scope',
        name,
        why: `${quote(signer.scope)} is not a registry scope: write registry/repository (or *)`
      })
    }
  }
  if (policy.notation === undefined) return
  const documents: TrustPolicyDocument[] = []
  for (const path of policy.notation.trustPolicies) {
    documents.push(await readTrustPolicy({ path, name }))
  }
  await checkTrustStore({ root: policy.notation.trustStore, documents, name })
}

async function readTrustPolicy(options: {
  path: string
  name: FieldName
}): Promise<TrustPolicyDocument> {
  const { path, name } = options
  const json = await readJsonFile({ field: 'trust-policy', path, name })
  const statements = (json as { trustPolicies?: unknown } | null)?.trustPolicies
  const oci =
    Array.isArray(statements) &&
    statements.some(item => typeof item === 'object' && item !== null && 'registryScopes' in item)
  try {
    return parseTrustPolicyDocument({ json, kind: oci ? 'oci' : 'blob', source: path })
  } catch (cause) {
    fail({ field: 'trust-policy', name, why: (cause as Error).message, cause })
  }
}

/** The trust store is a directory, and holds every store a trust policy statement names. */
async function checkTrustStore(options: {
  root: string | undefined
  documents: TrustPolicyDocument[]
  name: FieldName
}): Promise<void> {
  const { root, documents, name } = options
  if (root === undefined) return
  if ((await stat(root).catch(() => undefined))?.isDirectory() !== true) {
    fail({ field: 'trust-store', name, why: `${quote(root)} is not a directory` })
  }
  const named = new Set(
    documents.flatMap(document =>
      document.statements.flatMap(statement =>
        statement.trustStores.map(store => `${store.type}:${store.name}`)
      )
    )
  )
  for (const store of named) {
    const [type = '', storeName = ''] = store.split(':')
    const path = join(root, 'x509', type, storeName)
    if ((await stat(path).catch(() => undefined))?.isDirectory() === true) continue
    fail({
      field: 'trust-store',
      name,
      why:
        `${quote(root)} is not a notation trust store holding ${store}, which the trust ` +
        `policy names: it needs the directory x509/${type}/${storeName}/ with the certificates`
    })
  }
}

async function readJsonFile(options: {
  field: string
  path: string
  name: FieldName
}): Promise<unknown> {
  const { field, path, name } = options
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unreadable'
    fail({ field, name, why: `cannot read ${quote(path)} (${code})`, cause })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    fail({ field, name, why: `${quote(path)} is not JSON (${(cause as Error).message})`, cause })
  }
}

function fail(options: { field: string; name: FieldName; why: string; cause?: unknown }): never {
  const { field, name, why, cause } = options
  throw new ConfigurationError(`${name(field)}: ${why}. For example:`, {
    fix: inputFix(field),
    ...(cause === undefined ? {} : { cause })
  })
}
