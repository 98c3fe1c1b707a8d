// What a person sees of a run through dist/: the job summary (a headline, who signed and from
// which run, one narrow row per subject, a "how to verify" fold whose commands do verify, the
// full digests in a fold) and the log (a group per phase that shows something, then the result
// lines outside any group); and the summary of a run that failed while storing. The image runs
// are on distribution (token auth, the tag schema) and on olareg (the referrers API, no auth).
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  codeBlockAfter,
  emptyGroups,
  foldBody,
  linesAfterGroups,
  listFiles,
  makeWorkspace,
  tableColumns
} from '@sign/testenv'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { pushImage } from './fixtures/images.ts'
import { actionRegistryKinds, type ActionRegistryKind } from './fixtures/registries.ts'
import { runCopied } from './fixtures/run-copied.ts'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import { GITHUB_ISSUER, WORKFLOW_IDENTITY, imageBundles } from './fixtures/verify.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
})
after(() => env.stop())

const KINDS = actionRegistryKinds({ auth: 'token' })

/** `sha256:285e8fb6…0f3c0575` with the whole digest as its title, as the summary shows it. */
const short = (digest: string): string =>
  `<code title="${digest}">${digest.slice(0, 15)}…${digest.slice(-8)}</code>`

for (const kind of KINDS) {
  test(`the summary names the signer and the run, a narrow row per subject, and how to verify — which verifies, on ${kind.name}`, async t => {
    await summaryScenario(t, kind)
  })
}

async function summaryScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { stack } = env
  const { client, registry } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo-org/octo-repo' }
  await pushImage({ client, repo, tag: 'v1.2.3' })
  const workspace = await makeWorkspace(t, {
    'dist/app-linux-amd64': 'app',
    'README.txt': 'readme'
  })
  const started = Math.floor(Date.now() / 1000)
  const result = await runKeyless(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo-org/octo-repo:v1.2.3`, files: 'dist/*\nREADME.txt' }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const records = signaturesOutput(result)
  const [image, ...files] = records
  assert.ok(image?.kind === 'image' && files.length === 2)
  const { summary } = result

  // The headline, then who signed — identity and issuer — and the run the certificate names.
  assert.ok(summary.startsWith('<h2>✅ Sigstore keyless signatures: 3 subjects signed</h2>\n\n'))
  assert.ok(
    summary.includes(
      `<p><strong>Signed as</strong> <code>${WORKFLOW_IDENTITY}</code><br>` +
        `<strong>Issuer</strong> <code>${GITHUB_ISSUER}</code></p>`
    )
  )
  const commit = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9'
  const run = /<p>(<strong>Repository<\/strong>.*?)<\/p>/.exec(summary)?.[1] ?? ''
  const [claims = '', signedAt = ''] = run.split(' · signed ')
  assert.equal(
    claims,
    [
      '<strong>Repository</strong> <a href="https://github.com/octo-org/octo-repo"><code>octo-org/octo-repo</code></a>',
      '<strong>Ref</strong> <code>refs/tags/v1.2.3</code>',
      `<strong>Commit</strong> <a href="https://github.com/octo-org/octo-repo/commit/${commit}"><code title="${commit}">a0b1c2d</code></a>`,
      '<strong>Trigger</strong> <code>push</code>',
      '<strong>Run</strong> <a href="https://github.com/octo-org/octo-repo/actions/runs/4242424242/attempts/1">4242424242 (attempt 1)</a>'
    ].join(' · ')
  )
  // The signing time (Rekor's integrated time), not the certificate's ten-minute expiry.
  assert.match(signedAt, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/)
  const signed = Date.parse(signedAt.replace(' UTC', 'Z').replace(' ', 'T')) / 1000
  assert.ok(signed >= started - 1 && signed <= Date.now() / 1000 + 1, signedAt)

  // One row per subject: where its signature went, its short digest, its log entry — no link
  // for the loopback Rekor, which has no search page.
  assert.match(
    summary,
    /<tr><th>Subject<\/th><th>Digest<\/th><th>Signature<\/th><th>Transparency log<\/th><\/tr>/
  )
  assert.ok(
    summary.includes(
      `<tr><td><code title="${image.subject}">${registry.host}/octo-org/octo-repo</code></td>` +
        `<td>${short(image.digest)}</td><td>referrer ${short(image.referrer ?? '')}</td>` +
        `<td>Rekor #${image.rekorLogIndex}</td></tr>`
    ),
    summary
  )
  for (const file of files) {
    assert.ok(
      summary.includes(
        `<tr><td><code>${file.subject}</code></td><td>${short(file.digest)}</td>` +
          `<td><code>${file.subject}.sigstore.json</code></td><td>Rekor #${file.rekorLogIndex}</td></tr>`
      ),
      file.subject
    )
  }
  assert.doesNotMatch(summary, /search\.sigstore\.dev|<a href="http:\/\/127\.0\.0\.1/)
  // Narrow: no table has more than 5 columns, no table cell shows a whole digest.
  assert.ok(
    tableColumns(summary).every(columns => columns <= 5),
    String(tableColumns(summary))
  )
  const tables = summary.match(/<table>.*?<\/table>/gs)?.join('') ?? ''
  assert.doesNotMatch(tables.replace(/ title="[^"]*"/g, ''), /[0-9a-f]{64}/)
  // The full digests are in their own fold.
  const digests = foldBody(summary, 'Full digests (3)')
  for (const record of records) assert.ok(digests.includes(record.digest), record.subject)

  // How to verify: the verify action's step with the real identity, issuer and subjects…
  const howTo = foldBody(summary, 'How to verify these signatures')
  assert.equal(
    codeBlockAfter(howTo, 'In a workflow, with the verify action:'),
    [
      '- uses: org/sign/actions/verify@v1',
      '  with:',
      '    images: |',
      `      ${image.subject}`,
      '    files: |',
      ...files.map(file => `      ${file.subject}`),
      `    certificate-identity: ${WORKFLOW_IDENTITY}`,
      `    certificate-oidc-issuer: ${GITHUB_ISSUER}`,
      "    trusted-root: trusted_root.json  # your instance's trusted root"
    ].join('\n')
  )
  // …cosign's commands…
  const cosign = codeBlockAfter(howTo, 'With cosign:')
  const signer =
    `  --certificate-identity ${WORKFLOW_IDENTITY} \\\n` +
    `  --certificate-oidc-issuer ${GITHUB_ISSUER} \\\n` +
    '  --trusted-root trusted_root.json \\\n'
  assert.ok(cosign.includes(`cosign verify \\\n${signer}  ${image.subject}`), cosign)
  assert.ok(
    cosign.includes(
      'cosign verify-blob \\\n  --bundle dist/app-linux-amd64.sigstore.json \\\n' +
        `${signer}  dist/app-linux-amd64`
    ),
    cosign
  )
  // …and `sign verify`, which, pasted into a shell with the instance's trusted root beside it,
  // verifies every subject; with another identity it fails.
  const command = codeBlockAfter(howTo, 'With the sign CLI:')
  await copyFile(stack.trustedRootPath, join(workspace, 'trusted_root.json'))
  const dockerConfig = join(workspace, '.docker')
  await mkdir(dockerConfig)
  await writeFile(join(dockerConfig, 'config.json'), JSON.stringify(registry.dockerConfig()))
  const verified = await runCopied({
    script: command,
    cwd: workspace,
    env: { DOCKER_CONFIG: dockerConfig }
  })
  assert.equal(verified.exitCode, 0, `${command}\n${verified.output}`)
  const wrong = await runCopied({
    script: command.replace('@refs/tags/v1.2.3', '@refs/tags/v9.9.9'),
    cwd: workspace,
    env: { DOCKER_CONFIG: dockerConfig }
  })
  assert.equal(wrong.exitCode, 1, wrong.output)

  // The log: a group per phase, none that shows nothing, then the result lines outside any.
  assert.deepEqual(result.groups, [
    'Validate the inputs',
    'Resolve images to digests',
    'Hash the files',
    'Sign with one certificate',
    'Store the signatures'
  ])
  assert.deepEqual(emptyGroups(result.log), [])
  const entry = (index: number | undefined) =>
    `Rekor ${stack.rekorUrl}/api/v1/log/entries?logIndex=${index}`
  assert.deepEqual(linesAfterGroups(result.log), [
    `✅ Signed 3 subjects as ${WORKFLOW_IDENTITY} (issuer ${GITHUB_ISSUER})`,
    `  ${image.subject} → referrer ${image.referrer}; ${entry(image.rekorLogIndex)}`,
    ...files.map(
      file => `  ${file.subject} → ${file.subject}.sigstore.json; ${entry(file.rekorLogIndex)}`
    )
  ])
}

test('files only: no image group, and without a transparency log no log column', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runKeyless(env, {
    workspace,
    inputs: { files: 'dist/*', 'tlog-upload': 'false' }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  assert.deepEqual(result.groups, [
    'Validate the inputs',
    'Hash the files',
    'Sign with one certificate',
    'Store the signatures'
  ])
  assert.deepEqual(emptyGroups(result.log), [])
  assert.match(result.summary, /<tr><th>Subject<\/th><th>Digest<\/th><th>Signature<\/th><\/tr>/)
  // Without a Rekor entry the time shown is the certificate's issuance.
  assert.match(result.summary, / · certificate issued \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC<\/p>/)
  assert.deepEqual(linesAfterGroups(result.log), [
    `✅ Signed 1 subject as ${WORKFLOW_IDENTITY} (issuer ${GITHUB_ISSUER})`,
    '  dist/app.bin → dist/app.bin.sigstore.json'
  ])
})

for (const kind of KINDS) {
  test(`a failure while storing: the ❌ summary says every subject was signed and where to find what was stored, on ${kind.name}`, async t => {
    await storeFailsScenario(t, kind)
  })
}

async function storeFailsScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { client, registry } = env.on(kind)
  const repo = { registry: registry.host, repository: 'octo-org/store-fails' }
  const image = await pushImage({ client, repo, tag: 'v1' })
  // Where dist/app.bin's bundle would go is a directory: writing it fails, after signing.
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'dist/app.bin.sigstore.json/keep': ''
  })
  const result = await runKeyless(env, {
    workspace,
    registry,
    inputs: { images: `${registry.host}/octo-org/store-fails:v1`, files: 'dist/app.bin' }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(result.summary.startsWith('<h2>❌ Sigstore keyless signatures: failed</h2>'))
  // A file the step cannot write is the workspace's doing, not a remote service's.
  assert.match(
    result.summary,
    /<p><strong>Configuration error:<\/strong> writing the signature files of .*dist\/app\.bin/
  )
  assert.ok(
    result.summary.includes(
      '<p>Every subject was signed and logged in Rekor; the signatures stored before the ' +
        'failure are listed in the log above (&quot;Store the signatures&quot;), and nothing ' +
        'else was pushed or written.</p>'
    ),
    result.summary
  )
  // What the log lists as stored is what was stored, and no result line claims success.
  const stored = result.log.includes(
    `Stored the signature of ${registry.host}/octo-org/store-fails@`
  )
  const bundles = await imageBundles({ client, repo, digest: image.digest })
  assert.equal(bundles.length, stored ? 1 : 0)
  assert.doesNotMatch(result.log, /✅/)
  assert.deepEqual(result.outputs, {})
}

test('a failure while signing: the ❌ summary says nothing was pushed or written, and what Rekor may hold', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  // A well-formed token for another audience: Fulcio refuses it when the certificate is asked.
  const token = env.oidc.mint({ audience: 'not-sigstore' })
  const result = await runKeyless(env, {
    workspace,
    idToken: false,
    inputs: { files: 'dist/app.bin', 'identity-token': token }
  })
  assert.equal(result.exitCode, 1, result.log)
  assert.ok(env.stack.requests.fulcio > 0, 'Fulcio was asked')
  assert.ok(result.summary.startsWith('<h2>❌ Sigstore keyless signatures: failed</h2>'))
  assert.ok(
    result.summary.endsWith(
      '<p>Nothing was pushed or written (signatures made before the failure may already be ' +
        'entries in the Rekor transparency log).</p>\n\n'
    ),
    result.summary
  )
  assert.deepEqual(await listFiles(workspace), ['dist/app.bin'])
  assert.deepEqual(result.outputs, {})
})
