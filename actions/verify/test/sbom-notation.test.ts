// An SBOM referrer with a Notary Project signature, across three steps through their bundles, as
// Ratify's plan has it: sbom-attach attaches an image's SBOM unsigned and names the referrer in
// its `referrers` output; verify, requiring an SPDX SBOM signed by the Key Vault signer, fails
// the image because that SBOM is not signed; notation-sign-akv signs the referrers the output
// named (the Key Vault key, workload identity); verify then passes, the SBOM verified for the
// signer with its package count.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pushImage } from '@sign/oci'
import { makeWorkspace, sampleImageWithFiles } from '@sign/testenv'
import {
  startVerifyEnvironment,
  writeNotationTrust,
  type VerifyEnvironment
} from './fixtures/environment.ts'
import {
  errorMessages,
  readReport,
  runNotationSignAkv,
  runSbomAttach,
  runVerify
} from './fixtures/run-actions.ts'

let env: VerifyEnvironment
before(async () => {
  env = await startVerifyEnvironment()
})
after(() => env.stop())

test('sbom-attach referrers → notation-sign-akv: verify requires the SBOM signed by the Key Vault signer', async t => {
  const { registry, client } = env
  const repo = { registry: registry.host, repository: 'octo/app' }
  const image = sampleImageWithFiles({
    files: {
      'etc/os-release': 'ID=debian\nVERSION_ID="13"\n',
      'app/node_modules/left-pad/package.json': '{"name":"left-pad","version":"1.3.0"}'
    }
  })
  await pushImage({ client, repo, reference: 'v1', ...image })
  const reference = `${registry.host}/octo/app@${image.digest}`
  const workspace = await makeWorkspace(t, {})

  const attached = await runSbomAttach({
    env,
    workspace,
    inputs: { images: reference, attest: 'false' }
  })
  assert.equal(attached.exitCode, 0, errorMessages(attached))
  const referrers = (attached.outputs['referrers'] ?? '').split('\n').filter(Boolean)
  assert.equal(referrers.length, 1)
  assert.match(referrers[0] ?? '', new RegExp(`^${registry.host}/octo/app@sha256:[0-9a-f]{64}$`))

  const trust = await writeNotationTrust({
    env,
    dir: workspace,
    scope: `${registry.host}/octo/app`
  })
  const policy = join(workspace, 'policy.yml')
  await writeFile(
    policy,
    `version: 1
trust:
  notation:
    trust-policy: ${trust.ociPolicy}
    trust-store: ${trust.trustStore}
signers:
  akv:
    notation: true
require:
  - sbom: akv
    format: spdx-json
`
  )
  const verify = () =>
    runVerify({
      env,
      workspace,
      inputs: { images: reference, policy, report: join(workspace, 'report.json') }
    })

  const unsigned = await verify()
  assert.equal(unsigned.exitCode, 1)
  const before = readReport(unsigned).subjects[0]
  const sbomBefore = before?.signatures.find(item => item.kind === 'sbom')
  assert.equal(sbomBefore?.verdict, 'unsigned')
  assert.match(sbomBefore?.reason ?? '', /^not signed: no signature of the SBOM itself was found/)

  const signed = await runNotationSignAkv({
    env,
    workspace,
    inputs: { images: attached.outputs['referrers'] ?? '' }
  })
  assert.equal(signed.exitCode, 0, errorMessages(signed))

  const passed = await verify()
  assert.equal(passed.exitCode, 0, errorMessages(passed))
  const [subject] = readReport(passed).subjects
  assert.deepEqual(
    subject?.requirements.map(item => [item.requirement, item.satisfied]),
    [['sbom spdx-json by akv', true]]
  )
  const sbom = subject?.signatures.find(item => item.kind === 'sbom')
  assert.equal(sbom?.verdict, 'verified')
  assert.deepEqual(sbom?.signers, ['akv'])
  assert.equal(sbom?.location, referrers[0]?.split('@')[1])
  assert.equal(sbom?.sbom?.format, 'spdx-json')
  const [record] = JSON.parse(attached.outputs['sboms'] ?? '[]') as { packages: number }[]
  assert.equal(sbom?.sbom?.packages, record?.packages)
})
