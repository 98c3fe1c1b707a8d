// `sign verify --require-sbom FORMAT`: a release file passes only with an SBOM of that format
// signed by the keyless signer (here an SBOM attestation beside it, signed on the loopback
// Sigstore stack); the text and JSON reports list the SBOM with its format, spec version and
// package count; a file without one fails with the reason on stderr; a bad format is a usage error.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toSpdxJson } from '@sign/sbom'
import { attest, createBundleSigner } from '@sign/sigstore'
import type { VerificationReport } from '@sign/verify'
import {
  GITHUB_ACTIONS_ISSUER,
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type SigstoreStack
} from '@sign/testenv'
import { run } from './run-cli.ts'

let dir: string
let oidc: OidcIssuer
let stack: SigstoreStack
let identity: string

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sign-cli-verify-sbom-'))
  oidc = await startOidcIssuer()
  stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  const { repository, workflowPath, ref } = oidc.workflow
  identity = `https://github.com/${repository}/${workflowPath}@${ref}`
})
after(async () => {
  await stack.stop()
  await oidc.stop()
  await rm(dir, { recursive: true, force: true })
})

const flags = (): string[] => [
  '--certificate-identity',
  identity,
  '--certificate-oidc-issuer',
  GITHUB_ACTIONS_ISSUER,
  '--trusted-root',
  stack.trustedRootPath
]

test('--require-sbom: an SBOM attestation of the file passes and is listed; none fails', async () => {
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) }
  })
  const file = join(dir, 'app.bin')
  await writeFile(file, 'app\n')
  const hex = createHash('sha256').update('app\n').digest('hex')
  const { document } = toSpdxJson({
    sbom: {
      subject: { kind: 'file', name: 'app.bin', checksums: [{ algorithm: 'SHA256', value: hex }] },
      packages: ['left-pad', 'right-pad'].map((name, index) => ({
        id: `00000000000000a${index}`,
        name,
        version: '1.0.0',
        type: 'npm' as const,
        purl: `pkg:npm/${name}@1.0.0`,
        cpes: [],
        checksums: [],
        licenses: [],
        locations: [{ path: `/node_modules/${name}/package.json` }],
        foundBy: 'javascript-package-cataloger'
      })),
      relationships: [],
      tool: { name: 'sign', version: '0.0.0' }
    }
  })
  await attest({
    signer,
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.bin', digest: { sha256: hex } }],
      predicateType: 'https://spdx.dev/Document/v2.3',
      predicate: document
    },
    file: `${file}.intoto.jsonl`
  })
  // The flags require a signature by each signer given, too: the file's own, as sign-blob writes it.
  const signature = await signer.signDigest({
    algorithm: 'sha256',
    digest: Buffer.from(hex, 'hex')
  })
  await writeFile(`${file}.sigstore.json`, JSON.stringify(signature.bundle))

  const text = await run(['verify', ...flags(), '--require-sbom', 'spdx-json', file])
  assert.equal(text.code, 0, text.err)
  assert.match(text.out, /\n {2}met {5}signature by keyless — /u)
  assert.match(
    text.out,
    /\n {2}met {5}sbom spdx-json by keyless — .*app\.bin\.intoto\.jsonl line 1\n/u
  )
  assert.match(
    text.out,
    /\n {2}verified {3}sigstore-bundle https:\/\/spdx\.dev\/Document\/v2\.3 \[SBOM spdx-json SPDX-2\.3, 2 packages\] by /u
  )

  const json = await run([
    'verify',
    ...flags(),
    '--require-sbom',
    'spdx-json',
    '--output',
    'json',
    file
  ])
  assert.equal(json.code, 0, json.err)
  const report = JSON.parse(json.out) as VerificationReport
  const attestation = report.subjects[0]?.signatures.find(s => s.category === 'attestation')
  assert.equal(attestation?.predicateType, 'https://spdx.dev/Document/v2.3')
  assert.deepEqual(attestation?.sbom, {
    format: 'spdx-json',
    specVersion: 'SPDX-2.3',
    packages: 2
  })

  const cdx = await run(['verify', ...flags(), '--require-sbom', 'cyclonedx-json', file])
  assert.equal(cdx.code, 1)
  assert.match(
    cdx.err,
    /^sign verify: verification failed: 1 of 1 subject\(s\) did not pass the policy:\n- .*app\.bin: sbom cyclonedx-json by keyless: not met \(2 found, 0 failed verification; SBOMs found: spdx-json verified for keyless\)\n$/u
  )

  const bad = await run(['verify', ...flags(), '--require-sbom', 'spdx', file])
  assert.equal(bad.code, 2)
  assert.equal(
    bad.err,
    'sign verify: --require-sbom must be spdx-json or cyclonedx-json, not "spdx"\n'
  )
})
