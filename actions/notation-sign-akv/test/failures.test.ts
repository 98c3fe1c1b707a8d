// Refusals through dist/: each fails the step with exit code 1 and the rule it broke in the error
// annotation, before anything is signed, pushed or written.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import {
  caExtensions,
  caIssuedCodeSigningChain,
  codeSigningExtensions,
  findSecretLeaks,
  generateKeyPair,
  issueCertificate,
  selfSignedCodeSigningChain,
  x509,
  type ActionResult,
  type IssuedCertificate
} from '@sign/testenv'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { pushImage } from './fixtures/images.ts'
import { listTags } from '@sign/oci'
import { errorMessages, runNotation } from './fixtures/run-notation.ts'
import { listFiles, makeWorkspace } from '@sign/testenv'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment()
})
after(() => env.stop())

/**
 * Runs the action with a fresh Key Vault key of `chain` (a good RSA 2048 one by default) on
 * dist/app.bin and an image tagged v1, and checks that it failed with nothing signed by Key
 * Vault, nothing pushed and nothing written; returns the result.
 */
async function runRefused(
  t: TestContext,
  options: {
    repository: string
    chain?: IssuedCertificate[]
    inputs?: Record<string, string>
    idToken?: boolean
    /** More workspace files (e.g. a ca-certs bundle), besides dist/app.bin. */
    files?: Record<string, string>
  }
): Promise<ActionResult> {
  const { client, registry, vault } = env
  const repo = { registry: registry.host, repository: options.repository }
  await pushImage({ client, repo, tag: 'v1' })
  const chain = options.chain ?? (await selfSignedCodeSigningChain())
  const key = await vault.addKey({
    name: options.repository.replace(/\W/g, '-'),
    certificateChain: chain
  })
  const files = { 'dist/app.bin': 'app', ...options.files }
  const workspace = await makeWorkspace(t, files)
  const historyBefore = vault.history.length
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'key-id': key.keyId,
      images: `${registry.host}/${options.repository}:v1`,
      files: 'dist/*.bin',
      ...options.inputs
    },
    ...(options.idToken === false && { idToken: false })
  })
  assert.equal(result.exitCode, 1, result.log)
  const signs = vault.history.slice(historyBefore).filter(entry => entry.operation === 'sign')
  assert.deepEqual(signs, [], 'Key Vault signed nothing')
  assert.deepEqual(await listFiles(workspace), Object.keys(files).sort(), 'no file written')
  assert.deepEqual(await listTags({ client, repo }), ['v1'], 'no referrer pushed')
  assert.deepEqual(result.outputs, {})
  assert.deepEqual(findSecretLeaks(result, registry.credentials.password), [])
  const errors = result.annotations.filter(annotation => annotation.level === 'error')
  assert.equal(errors.length, 1, 'one error annotation')
  assert.doesNotMatch(
    errorMessages(result),
    /internal error/,
    'a user mistake, not an internal error'
  )
  // The short ❌ summary: the error's first line, and that nothing was done.
  const [firstLine = ''] = errorMessages(result).split('\n')
  assert.ok(result.summary.startsWith('<h2>❌ Notary Project signatures: failed</h2>\n\n'))
  assert.ok(
    result.summary.includes(`<p><strong>Configuration error:</strong> ${escapeHtml(firstLine)}`),
    result.summary
  )
  assert.ok(result.summary.endsWith('<p>Nothing was signed, pushed or written.</p>\n\n'))
  return result
}

/** `text` as the summary escapes it. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

test('a self-signed leaf with CA:true is refused (Notary Project leaf rule)', async t => {
  const key = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  const leaf = await issueCertificate({
    subject: 'CN=CA Leaf,O=notation,ST=WA,C=US',
    key,
    extensions: await caExtensions(key)
  })
  const result = await runRefused(t, { repository: 'octo-org/ca-leaf', chain: [leaf] })
  assert.match(
    errorMessages(result),
    /^Input 'key-id': certificate "CN=CA Leaf.*\nCreate a new version of the Key Vault certificate whose policy gives basicConstraints CA:false/
  )
  assert.match(
    errorMessages(result),
    /the ca field must be false for a signing \(leaf\) certificate/
  )
})

test('a leaf whose keyUsage is not critical is refused (Notary Project leaf rule)', async t => {
  const key = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  const leaf = await issueCertificate({
    subject: 'CN=Non-critical KU,O=notation,ST=WA,C=US',
    key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, false),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning])
    ]
  })
  const result = await runRefused(t, { repository: 'octo-org/ku-not-critical', chain: [leaf] })
  assert.match(errorMessages(result), /^Input 'key-id': /)
  assert.match(
    errorMessages(result),
    /certificate "CN=Non-critical KU.*": the key usage extension must be marked critical/
  )
})

test('a leaf without digitalSignature is refused (Notary Project leaf rule)', async t => {
  const key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const leaf = await issueCertificate({
    subject: 'CN=No digitalSignature,O=notation,ST=WA,C=US',
    key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning])
    ]
  })
  const result = await runRefused(t, { repository: 'octo-org/no-digital-signature', chain: [leaf] })
  assert.match(errorMessages(result), /^Input 'key-id': /)
  assert.match(
    errorMessages(result),
    /certificate "CN=No digitalSignature.*": the key usage must have the "Digital Signature" bit set/
  )
})

test('ca-certs with the intermediate but not the root is refused (the root is missing)', async t => {
  const chain = await caIssuedCodeSigningChain()
  const result = await runRefused(t, {
    repository: 'octo-org/no-root',
    chain,
    files: { 'certs/ca.pem': chain[1]!.pem },
    inputs: { 'ca-certs': 'certs/ca.pem' }
  })
  assert.match(
    errorMessages(result),
    /^Input 'ca-certs': .*\nAppend the intermediates and the root to ca-certs/
  )
  assert.match(
    errorMessages(result),
    /certificate "CN=Test Intermediate CA.*": the issuer of this certificate is missing from the certificate bundle/
  )
})

test('a CA-issued Key Vault leaf without ca-certs is refused (not self-signed)', async t => {
  const [leaf] = await caIssuedCodeSigningChain()
  const result = await runRefused(t, { repository: 'octo-org/leaf-alone', chain: [leaf!] })
  assert.match(
    errorMessages(result),
    /^Input 'key-id': the Key Vault certificate "octo-org-leaf-alone" is not self-signed.*\nwith:\n {2}ca-certs: /
  )
})

test('certificate-file ending in an intermediate is refused (the root is missing)', async t => {
  const chain = await caIssuedCodeSigningChain()
  const result = await runRefused(t, {
    repository: 'octo-org/pem-no-root',
    files: {
      'signing-key.pem': chain[0]!.key.privateKeyPem,
      'signing-chain.pem': `${chain[0]!.pem}${chain[1]!.pem}`
    },
    inputs: {
      'key-id': '',
      'client-id': '',
      'tenant-id': '',
      'key-file': 'signing-key.pem',
      'certificate-file': 'signing-chain.pem'
    },
    idToken: false
  })
  assert.match(
    errorMessages(result),
    /^Input 'certificate-file': .*\nAppend the intermediates and the root to certificate-file/
  )
  assert.match(
    errorMessages(result),
    /certificate "CN=Test Intermediate CA.*": the issuer of this certificate is missing from the certificate bundle/
  )
})

test('an RSA 1024 key is refused as an unsupported key size', async t => {
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'rsa', bits: 1024 } })
  const result = await runRefused(t, { repository: 'octo-org/rsa-1024', chain })
  assert.match(
    errorMessages(result),
    /^Input 'key-id': .* has a RSA 1024 bits key.*\nCreate the Key Vault certificate with a RSA 2048, 3072 or 4096/
  )
})

test('an expired certificate is refused', async t => {
  const key = await generateKeyPair({ kind: 'rsa', bits: 2048 })
  const leaf = await issueCertificate({
    subject: 'CN=Expired,O=notation,ST=WA,C=US',
    key,
    notBefore: new Date(Date.now() - 48 * 3600_000),
    notAfter: new Date(Date.now() - 24 * 3600_000),
    extensions: await codeSigningExtensions(key)
  })
  const result = await runRefused(t, { repository: 'octo-org/expired', chain: [leaf] })
  assert.match(errorMessages(result), /must be valid at the signing time .*\(expired\)/)
})

test('client-id without id-token permission fails first, with the YAML to add', async t => {
  const result = await runRefused(t, { repository: 'octo-org/no-permission', idToken: false })
  assert.match(errorMessages(result), /needs an OIDC ID token/)
  assert.match(errorMessages(result), /\npermissions:\n {2}id-token: write$/)
  assert.deepEqual(result.groups, [], 'before anything else')
})

test('a user-metadata key with the reserved io.cncf.notary. prefix is refused', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/reserved',
    inputs: { 'user-metadata': 'buildId=1\nio.cncf.notary.signingTime=now' }
  })
  assert.match(
    errorMessages(result),
    /^Input 'user-metadata', line 2: the key "io\.cncf\.notary\.signingTime" uses the prefix io\.cncf\.notary\./
  )
})

test('a glob that matches no file fails naming the glob', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/glob',
    inputs: { files: 'dist/*.bin\ndist/*.zip' }
  })
  assert.match(errorMessages(result), /^Input 'files': the glob 'dist\/\*\.zip' matches no file/)
})

test('key-id and key-file together are refused', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/both-keys',
    inputs: { 'key-file': 'dist/app.bin', 'certificate-file': 'dist/app.bin' }
  })
  assert.match(errorMessages(result), /^Inputs 'key-id' and 'key-file' are both set/)
})

test('a certificate-id of another certificate is refused', async t => {
  const result = await runRefused(t, {
    repository: 'octo-org/other-cert',
    inputs: { 'certificate-id': `${env.vault.url}/certificates/some-other-name` }
  })
  assert.match(
    errorMessages(result),
    /^Input 'certificate-id': .* is not the certificate of key-id/
  )
})
