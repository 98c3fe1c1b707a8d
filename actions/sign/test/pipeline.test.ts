// The root action through its bundle: keyless signatures, SBOMs and provenance of release files,
// an image and an image index, in one process under one Fulcio certificate, then verification
// of all of it against the run's own identity — on both registries; a policy file the run does
// not satisfy fails the step as a verification failure naming why; parts switched off are not
// made or required; a self-hosted Sigstore without its trusted root cannot be verified.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { OCI_INDEX, pushImage, putManifest, type Descriptor } from '@sign/oci'
import { listFiles, makeWorkspace, sampleImageWithFiles } from '@sign/testenv'
import {
  startKeylessEnvironment,
  type KeylessEnvironment
} from '../../cosign-keyless/test/fixtures/environment.ts'
import { actionRegistryKinds } from '../../cosign-keyless/test/fixtures/registries.ts'
import {
  errorMessages,
  runKeylessAction
} from '../../cosign-keyless/test/fixtures/run-keyless-action.ts'
import { WORKFLOW_IDENTITY } from '../../cosign-keyless/test/fixtures/verify.ts'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'token', referrersRegistry: true })
})
after(() => env.stop())

interface Result {
  identity: { identity: string; issuer: string }
  signatures: { subject: string }[]
  sboms: { subject: string; format: string }[]
  provenance: { path?: string; image?: string }[]
  verification: {
    subject: string
    verified: boolean
    requirements: { requirement: string; satisfied: boolean }[]
  }[]
}

const imageFiles = (architecture: string) =>
  sampleImageWithFiles({
    files: {
      'etc/os-release': 'ID=debian\nVERSION_ID="13"\n',
      'app/node_modules/left-pad/package.json': '{"name":"left-pad","version":"1.3.0"}',
      [`srv/${architecture}`]: architecture
    },
    platform: { os: 'linux', architecture }
  })

for (const kind of actionRegistryKinds({ auth: 'token' })) {
  test(`on ${kind.name}: files, an image and an index signed, described, attested and verified under one certificate`, async t => {
    const { registry, client } = env.on(kind)
    const repo = { registry: registry.host, repository: 'octo/app' }
    const single = await pushImage({ client, repo, reference: 'v1', ...imageFiles('amd64') })
    const platforms: Descriptor[] = []
    for (const architecture of ['amd64', 'arm64']) {
      const image = imageFiles(architecture)
      const pushed = await pushImage({
        client,
        repo: { ...repo, repository: 'octo/multi' },
        reference: image.digest,
        ...image
      })
      platforms.push({ ...pushed, platform: { os: 'linux', architecture } })
    }
    await putManifest({
      client,
      repo: { ...repo, repository: 'octo/multi' },
      reference: 'v1',
      bytes: Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: platforms })
      ),
      mediaType: OCI_INDEX
    })
    const workspace = await makeWorkspace(t, {
      'dist/app-linux-amd64': 'app\n',
      'dist/app-darwin-arm64': 'app mac\n'
    })
    const fulcioBefore = env.stack.requests.fulcio
    const result = await runKeylessAction(env, 'sign', {
      workspace,
      registry,
      keepTemp: true,
      inputs: {
        images: `${registry.host}/octo/app:v1\n${registry.host}/octo/multi:v1`,
        files: 'dist/*',
        'trusted-root': env.stack.trustedRootPath
      }
    })
    assert.equal(result.exitCode, 0, errorMessages(result))
    assert.equal(
      env.stack.requests.fulcio - fulcioBefore,
      1,
      'one Fulcio certificate for the whole run'
    )
    const output = JSON.parse(result.outputs['result'] ?? '{}') as Result
    assert.equal(output.identity.identity, WORKFLOW_IDENTITY)
    assert.equal(output.signatures.length, 4, 'two images and two files')
    assert.deepEqual(
      output.sboms.map(s => s.subject).sort(),
      [
        'dist/app-darwin-arm64',
        'dist/app-linux-amd64',
        `${registry.host}/octo/app@${single.digest}`,
        ...platforms.map(p => `${registry.host}/octo/multi@${p.digest}`)
      ].sort()
    )
    assert.deepEqual(
      output.provenance.map(p => p.path ?? p.image?.replace(/@.*$/u, '')).sort(),
      [
        'dist/multiple.intoto.jsonl',
        `${registry.host}/octo/app`,
        `${registry.host}/octo/multi`
      ].sort()
    )
    assert.equal(result.outputs['verified'], 'true')
    assert.equal(
      output.verification.length,
      2 + 2 + 2,
      'two images, two platform manifests, two files'
    )
    for (const subject of output.verification) {
      assert.equal(subject.verified, true, JSON.stringify(subject))
    }
    const file = output.verification.find(s => s.subject.endsWith('dist/app-linux-amd64'))
    assert.deepEqual(
      file?.requirements.map(r => r.requirement),
      [
        `signature by run`,
        `sbom spdx-json by run`,
        `provenance https://slsa.dev/provenance/v1 by run, builder ${WORKFLOW_IDENTITY}`
      ]
    )
    const pem = await readFile(result.outputs['certificate'] ?? '', 'utf8')
    assert.equal(pem.match(/BEGIN CERTIFICATE/gu)?.length, 1)
    assert.deepEqual(await listFiles(workspace), [
      'dist/app-darwin-arm64',
      'dist/app-darwin-arm64.sigstore.json',
      'dist/app-darwin-arm64.spdx.intoto.sigstore.json',
      'dist/app-darwin-arm64.spdx.json',
      'dist/app-linux-amd64',
      'dist/app-linux-amd64.sigstore.json',
      'dist/app-linux-amd64.spdx.intoto.sigstore.json',
      'dist/app-linux-amd64.spdx.json',
      'dist/multiple.intoto.jsonl'
    ])
    for (const section of ['Sigstore keyless signatures', 'SBOMs', 'SLSA provenance']) {
      assert.ok(result.summary.includes(section), section)
    }
  })
}

test('a policy file the run does not satisfy fails the step as a verification failure naming why', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': 'app\n' })
  await writeFile(
    join(workspace, 'policy.yml'),
    `version: 1
trust:
  trusted-root: ${env.stack.trustedRootPath}
signers:
  other:
    certificate-identity: https://github.com/octo-org/other/.github/workflows/release.yml@refs/heads/main
    certificate-oidc-issuer: https://token.actions.githubusercontent.com
`
  )
  const result = await runKeylessAction(env, 'sign', {
    workspace,
    inputs: { files: 'dist/app', policy: 'policy.yml', 'trusted-root': env.stack.trustedRootPath }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(message, /^Verification failed: /u)
  assert.match(message, /dist\/app: signature by other: not met/u)
  assert.equal(result.outputs['verified'], 'false')
})

test('parts switched off are neither made nor required', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': 'app\n' })
  const result = await runKeylessAction(env, 'sign', {
    workspace,
    inputs: {
      files: 'dist/app',
      sboms: 'false',
      provenance: 'false',
      'trusted-root': env.stack.trustedRootPath
    }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(await listFiles(workspace), ['dist/app', 'dist/app.sigstore.json'])
  const output = JSON.parse(result.outputs['result'] ?? '{}') as Result
  assert.deepEqual(
    output.verification[0]?.requirements.map(r => r.requirement),
    ['signature by run']
  )
})

test('a self-hosted Sigstore without its trusted root cannot be verified: a configuration error before anything is signed', async t => {
  const workspace = await makeWorkspace(t, { 'dist/app': 'app\n' })
  const fulcioBefore = env.stack.requests.fulcio
  const result = await runKeylessAction(env, 'sign', { workspace, inputs: { files: 'dist/app' } })
  assert.equal(result.exitCode, 1)
  assert.match(
    errorMessages(result),
    /^Input 'verify' checks what the step made, but it signs with a Sigstore instance other than public-good/u
  )
  assert.equal(env.stack.requests.fulcio, fulcioBefore)
  assert.deepEqual(await listFiles(workspace), ['dist/app'])
})
