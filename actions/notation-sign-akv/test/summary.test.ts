// What a person sees of a run through dist/: the job summary (a headline, the key and the
// certificate as a trust policy names it, one narrow row per subject, a "how to verify" fold
// whose trust policies and commands do verify, the full digests in a fold) and the log (a group
// per phase that shows something, then the result lines outside any group); and the summary of
// a run that failed while storing. The image runs are on distribution (basic auth, the tag
// schema) and on olareg (the referrers API, no auth).
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  caIssuedCodeSigningChain,
  codeBlockAfter,
  digestHex,
  emptyGroups,
  foldBody,
  linesAfterGroups,
  makeWorkspace,
  selfSignedCodeSigningChain,
  tableColumns
} from '@sign/testenv'
import { runCopied } from '../../cosign-keyless/test/fixtures/run-copied.ts'
import {
  actionRegistryKinds,
  type ActionRegistryKind
} from '../../cosign-keyless/test/fixtures/registries.ts'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { notarySignatures, pushImage } from './fixtures/images.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment({ referrersRegistry: true })
})
after(() => env.stop())

const KINDS = actionRegistryKinds({ auth: 'basic' })

/** `sha256:285e8fb6…0f3c0575` with the whole digest as its title, as the summary shows it. */
const short = (digest: string): string => {
  const [algorithm = '', hex = ''] = digest.split(':')
  return `<code title="${digest}">${algorithm}:${hex.slice(0, 8)}…${hex.slice(-8)}</code>`
}

// One RSA 3072 chain for both registries: generating it is most of a run's time.
let rsa3072: ReturnType<typeof caIssuedCodeSigningChain> | undefined

for (const kind of KINDS) {
  test(`the summary names the key and the certificate as a trust policy does, and how to verify — which verifies, on ${kind.name}`, async t => {
    await summaryScenario(t, kind)
  })
}

async function summaryScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { vault } = env
  const { client, registry } = env.on(kind)
  const chain = await (rsa3072 ??= caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 3072 } }))
  // Each run adds a version of the key: its key-id names that version.
  const key = await vault.addKey({ name: 'release-signing', certificateChain: chain })
  const repo = { registry: registry.host, repository: 'octo-org/summary' }
  await pushImage({ client, repo, tag: 'v1.2.3' })
  const workspace = await makeWorkspace(t, {
    'dist/tool.zip': 'tool bytes',
    'certs/ca.pem': `${chain[1]!.pem}${chain[2]!.pem}`
  })
  const result = await runNotation(env, {
    workspace,
    registry,
    inputs: {
      'key-id': key.keyId,
      'ca-certs': 'certs/ca.pem',
      images: `${registry.host}/octo-org/summary:v1.2.3`,
      files: 'dist/*',
      expiry: '24h'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const records = signaturesOutput(result)
  const image = records.find(record => record.kind === 'image')
  const file = records.find(record => record.kind === 'file')
  assert.ok(image && file)
  const { summary } = result
  const leaf = new X509Certificate(chain[0]!.der)
  const thumbprint = digestHex('sha256', chain[0]!.der)
  const subject = 'CN=Test-Signer,O=notation,ST=WA,C=US'

  // The headline, the key, and the certificate in the trust policy's words.
  assert.ok(summary.startsWith('<h2>✅ Notary Project signatures: 2 subjects signed</h2>\n\n'))
  assert.ok(
    summary.includes(
      `<p><strong>Key</strong> <code>${key.keyId}</code> · <strong>Algorithm</strong> ` +
        '<code>PS384</code> · <strong>Format</strong> <code>JWS</code></p>'
    ),
    summary
  )
  const validUntil = `${leaf.validToDate.toISOString().slice(0, 19).replace('T', ' ')} UTC`
  assert.ok(
    summary.includes(
      `<p><strong>Certificate</strong> <code>x509.subject: ${subject}</code><br>` +
        '<strong>Issuer</strong> <code>CN=Test Intermediate CA,O=notation,ST=WA,C=US</code> · ' +
        `chain of 3 certificates · valid until ${validUntil}<br>` +
        `<strong>SHA-256 thumbprint</strong> <code>${thumbprint}</code></p>`
    ),
    summary
  )
  const times =
    /<p><strong>Signed<\/strong> (.*?) UTC · <strong>Expires<\/strong> (.*?) UTC<\/p>/.exec(summary)
  const [signedAt = 0, expires = 0] = (times?.slice(1) ?? []).map(time =>
    Date.parse(`${time.replace(' ', 'T')}Z`)
  )
  assert.equal(expires - signedAt, 24 * 3600_000, 'the expiry input, from the signing time')

  // One narrow row per subject: short digests, where each signature went.
  assert.match(summary, /<tr><th>Subject<\/th><th>Digest<\/th><th>Signature<\/th><\/tr>/)
  assert.ok(
    summary.includes(
      `<tr><td><code title="${image.subject}">${registry.host}/octo-org/summary</code></td>` +
        `<td>${short(image.digest)}</td><td>referrer ${short(image.referrer ?? '')}</td></tr>`
    ),
    summary
  )
  assert.ok(
    summary.includes(
      `<tr><td><code>dist/tool.zip</code></td><td>${short(file.digest)}</td>` +
        '<td><code>dist/tool.zip.jws.sig</code></td></tr>'
    ),
    summary
  )
  assert.ok(
    tableColumns(summary).every(columns => columns <= 5),
    String(tableColumns(summary))
  )
  const tables = summary.match(/<table>.*?<\/table>/gs)?.join('') ?? ''
  assert.doesNotMatch(tables.replace(/ title="[^"]*"/g, ''), /[0-9a-f]{64}/)
  const digests = foldBody(summary, 'Full digests (2)')
  for (const record of records) assert.ok(digests.includes(record.digest), record.subject)

  // How to verify: the trust policies name the subject and the trust store of the root…
  const howTo = foldBody(summary, 'How to verify these signatures')
  const common = {
    signatureVerification: { level: 'strict' },
    trustStores: ['ca:release-signing'],
    trustedIdentities: [`x509.subject: ${subject}`]
  }
  const ociPolicy = codeBlockAfter(
    howTo,
    '<code>trustpolicy.oci.json</code>, the trust policy for the images:'
  )
  assert.deepEqual(JSON.parse(ociPolicy), {
    version: '1.0',
    trustPolicies: [
      {
        name: 'release-signing-images',
        registryScopes: [`${registry.host}/octo-org/summary`],
        ...common
      }
    ]
  })
  const blobPolicy = codeBlockAfter(
    howTo,
    '<code>trustpolicy.blob.json</code>, the trust policy for the files:'
  )
  assert.deepEqual(JSON.parse(blobPolicy), {
    version: '1.0',
    trustPolicies: [{ name: 'release-signing-files', ...common, globalPolicy: true }]
  })
  const rootLabel =
    '<code>root.pem</code>, the root of the signing certificate&#39;s chain: what the trust ' +
    'store holds (the step&#39;s certificate output is the whole chain, leaf first).'
  const rootPem = codeBlockAfter(howTo, rootLabel)
  assert.equal(rootPem, chain[2]!.pem.trim())
  // …the verify action's step…
  assert.equal(
    codeBlockAfter(howTo, 'In a workflow, with the verify action:'),
    [
      '# trustpolicy.oci.json and trustpolicy.blob.json as above; the trust store holds root.pem as truststore/x509/ca/release-signing/root.pem.',
      '- uses: org/sign/actions/verify@v1',
      '  with:',
      '    images: |',
      `      ${image.subject}`,
      '    files: |',
      '      dist/tool.zip',
      '    trust-policy: |',
      '      trustpolicy.oci.json',
      '      trustpolicy.blob.json',
      '    trust-store: truststore'
    ].join('\n')
  )
  // …notation's commands…
  assert.equal(
    codeBlockAfter(howTo, 'With notation:'),
    [
      'notation cert add --type ca --store release-signing root.pem',
      'notation policy import trustpolicy.oci.json',
      `notation verify ${image.subject}`,
      'notation blob policy import trustpolicy.blob.json',
      'notation blob verify --signature dist/tool.zip.jws.sig dist/tool.zip'
    ].join('\n')
  )
  // …and `sign verify`, which, pasted into a shell beside the policies and root.pem as the
  // summary shows them, verifies both subjects; with another subject in the policies it fails.
  const command = codeBlockAfter(howTo, 'With the sign CLI:')
  const dockerConfig = join(workspace, '.docker')
  await mkdir(dockerConfig)
  await writeFile(join(dockerConfig, 'config.json'), JSON.stringify(registry.dockerConfig()))
  await writeFile(join(workspace, 'root.pem'), `${rootPem}\n`)
  const verify = async (policies: { oci: string; blob: string }) => {
    await writeFile(join(workspace, 'trustpolicy.oci.json'), policies.oci)
    await writeFile(join(workspace, 'trustpolicy.blob.json'), policies.blob)
    return runCopied({ script: command, cwd: workspace, env: { DOCKER_CONFIG: dockerConfig } })
  }
  const verified = await verify({ oci: ociPolicy, blob: blobPolicy })
  assert.equal(verified.exitCode, 0, `${command}\n${verified.output}`)
  const other = (policy: string) => policy.replace('CN=Test-Signer', 'CN=Someone-Else')
  const refused = await verify({ oci: other(ociPolicy), blob: other(blobPolicy) })
  assert.equal(refused.exitCode, 1, refused.output)

  // The log: a group per phase, none that shows nothing, then the result lines outside any.
  assert.deepEqual(result.groups, [
    'Validate the inputs',
    'Check the signing key and certificate chain',
    'Resolve images to digests',
    'Hash the files',
    'Sign',
    'Store the signatures'
  ])
  assert.deepEqual(emptyGroups(result.log), [])
  assert.deepEqual(linesAfterGroups(result.log), [
    `✅ Signed 2 subjects with ${key.keyId} (certificate ${subject}, SHA-256 ${thumbprint})`,
    `  ${image.subject} → referrer ${image.referrer}`,
    '  dist/tool.zip → dist/tool.zip.jws.sig'
  ])
}

test('a self-signed local key signing files only: no image group, the certificate trusted as its own root', async t => {
  const [leaf] = await selfSignedCodeSigningChain()
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'keys/key.pem': leaf!.key.privateKeyPem,
    'keys/chain.pem': leaf!.pem
  })
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'client-id': '',
      'tenant-id': '',
      'key-file': 'keys/key.pem',
      'certificate-file': 'keys/chain.pem',
      files: 'dist/*.bin'
    },
    idToken: false
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.ok(result.summary.includes('<strong>Key</strong> local key (key-file) · '))
  assert.ok(result.summary.includes('<br>self-signed · chain of 1 certificate · valid until'))
  assert.ok(result.summary.includes(' · <strong>Expires</strong> never</p>'))
  const howTo = foldBody(result.summary, 'How to verify these signatures')
  assert.doesNotMatch(howTo, /trustpolicy\.oci\.json|images:/)
  assert.ok(howTo.includes('"trustStores": [\n        "ca:signing"\n      ]'))
  assert.equal(
    codeBlockAfter(
      howTo,
      '<code>root.pem</code>, the signing certificate (self-signed): what the trust store holds.'
    ),
    leaf!.pem.trim()
  )
  assert.deepEqual(result.groups, [
    'Validate the inputs',
    'Check the signing key and certificate chain',
    'Hash the files',
    'Sign',
    'Store the signatures'
  ])
  assert.deepEqual(emptyGroups(result.log), [])
  assert.match(
    linesAfterGroups(result.log)[0] ?? '',
    /^✅ Signed 1 subject with a local key \(certificate /
  )
})

for (const kind of KINDS) {
  test(`a failure while storing: the ❌ summary says every subject was signed and where to find what was stored, on ${kind.name}`, async t => {
    await storeFailsScenario(t, kind)
  })
}

async function storeFailsScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { vault } = env
  const { client, registry } = env.on(kind)
  const chain = await selfSignedCodeSigningChain()
  const key = await vault.addKey({ name: 'store-fails', certificateChain: chain })
  const repo = { registry: registry.host, repository: 'octo-org/store-fails' }
  const image = await pushImage({ client, repo, tag: 'v1' })
  // Where dist/app.bin's signature would go is a directory: writing it fails, after signing.
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'dist/app.bin.jws.sig/keep': ''
  })
  const result = await runNotation(env, {
    workspace,
    registry,
    inputs: {
      'key-id': key.keyId,
      images: `${registry.host}/octo-org/store-fails:v1`,
      files: 'dist/app.bin'
    }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(result.summary.startsWith('<h2>❌ Notary Project signatures: failed</h2>'))
  assert.ok(
    result.summary.includes(
      '<p>Every subject was signed; the signatures stored before the failure are listed in the ' +
        'log above (&quot;Store the signatures&quot;), and nothing else was pushed or written.</p>'
    ),
    result.summary
  )
  // What the log lists as stored is what was stored, and no result line claims success.
  const stored = result.log.includes(
    `Stored the signature of ${registry.host}/octo-org/store-fails@`
  )
  const signatures = await notarySignatures({ client, repo, digest: image.digest })
  assert.equal(signatures.length, stored ? 1 : 0)
  assert.doesNotMatch(result.log, /✅/)
  assert.deepEqual(result.outputs, {})
}
