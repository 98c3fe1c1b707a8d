// The verify action through its bundle with `require-sbom`: release files pass only with an SBOM
// of that format signed by the keyless signer — an SBOM file beside the file with its own bundle,
// or an SBOM attestation — and the summary lists each SBOM with its format, spec version and
// package count; an unsigned SBOM is shown as not signed and the step fails, naming why. An SBOM
// file a glob matches beside its release file is checked with it, never as a subject.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toSpdxJson } from '@sign/sbom'
import { createBundleSigner, type BundleSigner } from '@sign/sigstore'
import { makeWorkspace, summaryTables } from '@sign/testenv'
import { startVerifyEnvironment, type VerifyEnvironment } from './fixtures/environment.ts'
import { errorMessages, readReport, runVerify } from './fixtures/run-actions.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const sha256 = (data: string | Buffer): Buffer => createHash('sha256').update(data).digest()

let env: VerifyEnvironment
let signer: BundleSigner

before(async () => {
  env = await startVerifyEnvironment()
  signer = createBundleSigner({
    instance: { fulcioUrl: env.stack.fulcioUrl, rekorUrl: env.stack.rekorUrl, rekorVersion: 1 },
    identityProvider: { getToken: () => Promise.resolve(env.oidc.mint({ audience: 'sigstore' })) }
  })
})
after(() => env.stop())

test('require-sbom: a signed SBOM file passes and is listed; an unsigned one is not signed and fails', async t => {
  const workspace = await makeWorkspace(t, {})
  const file = join(workspace, 'app.bin')
  await writeFile(file, 'app\n')
  const hex = sha256('app\n').toString('hex')
  // The file's own keyless signature (the inputs require one) and its SBOM beside it.
  const fileSignature = await signer.signDigest({ algorithm: 'sha256', digest: sha256('app\n') })
  await writeFile(`${file}.sigstore.json`, JSON.stringify(fileSignature.bundle))
  const { json } = toSpdxJson({
    sbom: {
      subject: { kind: 'file', name: 'app.bin', checksums: [{ algorithm: 'SHA256', value: hex }] },
      packages: ['left-pad', 'right-pad', 'center-pad'].map((name, index) => ({
        id: `00000000000000b${index}`,
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
  await writeFile(`${file}.spdx.json`, json)
  const inputs = {
    // The glob matches the SBOM too: beside its release file, it is checked with it, not as a subject.
    files: `${file}*`,
    'certificate-identity': env.workflowIdentity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': env.stack.trustedRootPath,
    'require-sbom': 'spdx-json',
    report: join(workspace, 'report.json')
  }

  const unsigned = await runVerify({ env, workspace, inputs })
  assert.equal(unsigned.exitCode, 1)
  assert.match(
    errorMessages(unsigned),
    /app\.bin did not pass the policy: sbom spdx-json by keyless: not met \(1 found, 0 failed verification; SBOMs found: spdx-json not signed\)\n {2}sbom at .*app\.bin\.spdx\.json \(file\): unsigned — not signed: no signature of the SBOM itself was found/u
  )
  const [, unsignedRows] = summaryTables(unsigned.summary)
  const sbomRow = (rows: string[][] | undefined) =>
    rows?.find(([, kind]) => kind?.startsWith('SBOM') === true)
  assert.deepEqual(sbomRow(unsignedRows?.rows)?.slice(1, 2), [
    'SBOM (spdx-json SPDX-2.3, 3 packages)'
  ])
  assert.equal(sbomRow(unsignedRows?.rows)?.at(-1), '➖ not signed')

  // The SBOM file signed as cosign sign-blob signs a file: now it counts.
  const sbomSignature = await signer.signDigest({ algorithm: 'sha256', digest: sha256(json) })
  await writeFile(`${file}.spdx.json.sigstore.json`, JSON.stringify(sbomSignature.bundle))
  const signed = await runVerify({ env, workspace, inputs })
  assert.equal(signed.exitCode, 0, errorMessages(signed))
  const [subjects, signedRows] = summaryTables(signed.summary)
  assert.equal(subjects?.rows[0]?.[3], '✅ signature by keyless\n✅ sbom spdx-json by keyless')
  assert.equal(sbomRow(signedRows?.rows)?.at(-1), '✅ keyless')
  const report = readReport(signed)
  assert.deepEqual(
    report.subjects.map(subject => subject.subject),
    [file]
  )
  assert.deepEqual(report.subjects[0]?.signatures.find(s => s.kind === 'sbom')?.sbom, {
    format: 'spdx-json',
    specVersion: 'SPDX-2.3',
    packages: 3
  })
})
