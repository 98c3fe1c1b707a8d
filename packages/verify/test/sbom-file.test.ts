// SBOM requirements on release files: an SBOM attestation of the file (`<file>.sigstore.json`, or
// `<file>.spdx.intoto.sigstore.json` as the sbom-attach action names it),
// or an SBOM file beside it (`<file>.spdx.json`, `<file>.cdx.json`, goreleaser's
// `<file>.sbom.json`) with its own Sigstore signature (`<sbom>.sigstore.json`, as cosign
// sign-blob writes it). Each SBOM is listed with its format, spec version and package count; a
// missing SBOM, an SBOM attestation of another file and an SBOM file altered after signing fail
// for their own reasons.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attest } from '@sign/sigstore'
import { verifyFile } from '../src/engine/verify-file.ts'
import type { TrustMaterial } from '../src/engine/trust.ts'
import { policyFromText } from '../src/policy/load-policy.ts'
import type { SubjectReport } from '../src/report/types.ts'
import { startSigningEnv } from './discover-env.ts'
import { sampleSbom, sbomDocument, sbomStatement } from './sbom-fixtures.ts'

const SPDX = 'https://spdx.dev/Document'
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest()

const rows = (report: SubjectReport): string[] =>
  report.signatures
    .map(s =>
      [
        s.kind,
        s.location.replace(/^.*\//u, ''),
        s.verdict,
        s.signers.join(',') || '-',
        s.sbom === undefined
          ? '-'
          : `${s.sbom.format}/${s.sbom.specVersion ?? '?'}/${s.sbom.packages ?? '?'}`
      ].join(' ')
    )
    .sort()

test('SBOM files and SBOM attestations beside release files: signed ones count, the rest fail for their reason', async t => {
  const signing = await startSigningEnv(t)
  const dir = await mkdtemp(join(tmpdir(), 'sign-verify-sbom-files-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const trust: TrustMaterial = { trustedRoot: signing.trustedRoot }
  const policy = (format: string) =>
    policyFromText({
      source: 'p',
      baseDir: '/',
      text: `version: 1\nsigners:\n  release:\n    certificate-identity: ${signing.policy.certificateIdentity}\n    certificate-oidc-issuer: ${signing.policy.certificateOidcIssuer}\nrequire:\n  - sbom: release\n    format: ${format}\n`
    })
  const release = async (name: string): Promise<{ path: string; hex: string }> => {
    const path = join(dir, name)
    const content = Buffer.from(`release file ${name}\n`)
    await writeFile(path, content)
    return { path, hex: sha256(content).toString('hex') }
  }

  // (b) app.bin.spdx.json signed as cosign sign-blob signs a file; an unsigned .cdx.json too.
  const app = await release('app.bin')
  const spdxBytes = Buffer.from(
    JSON.stringify(
      sbomDocument({
        sbom: sampleSbom({ name: 'app.bin', hex: app.hex, packages: 2 }),
        format: 'spdx-json'
      })
    )
  )
  await writeFile(`${app.path}.spdx.json`, spdxBytes)
  const sbomSignature = await signing.signer.signDigest({
    algorithm: 'sha256',
    digest: sha256(spdxBytes)
  })
  await writeFile(`${app.path}.spdx.json.sigstore.json`, JSON.stringify(sbomSignature.bundle))
  const cdx = sbomDocument({
    sbom: sampleSbom({ name: 'app.bin', hex: app.hex, packages: 5 }),
    format: 'cyclonedx-json'
  })
  await writeFile(`${app.path}.cdx.json`, JSON.stringify(cdx))
  const signedFile = await verifyFile({ path: app.path, policy: await policy('spdx-json'), trust })
  assert.equal(signedFile.verified, true, signedFile.reason)
  assert.deepEqual(rows(signedFile), [
    'sbom app.bin.cdx.json unsigned - cyclonedx-json/1.6/5',
    'sbom app.bin.spdx.json verified release spdx-json/SPDX-2.3/2'
  ])
  assert.equal(signedFile.requirements[0]?.by, `${app.path}.spdx.json`)
  assert.equal(
    signedFile.signatures.find(s => s.verdict === 'unsigned')?.reason,
    'not signed: no signature of the SBOM itself was found (looked in: its .sigstore.json, .sigstore, .intoto.jsonl, .jws.sig and .cose.sig)'
  )
  // The unsigned CycloneDX document counts for no one.
  const cdxRequired = await verifyFile({
    path: app.path,
    policy: await policy('cyclonedx-json'),
    trust
  })
  assert.equal(cdxRequired.verified, false)
  assert.equal(
    cdxRequired.reason,
    'sbom cyclonedx-json by release: not met (0 found, 0 failed verification; SBOMs found: spdx-json verified for release, cyclonedx-json not signed)'
  )

  // (a) an SBOM attestation of the file, named as the sbom-attach action names it.
  const tool = await release('tool.bin')
  const toolSbom = sbomDocument({
    sbom: sampleSbom({ name: 'tool.bin', hex: tool.hex, packages: 3 }),
    format: 'spdx-json'
  })
  await attest({
    signer: signing.signer,
    statement: sbomStatement({ hex: tool.hex, predicateType: SPDX, document: toolSbom }),
    file: `${tool.path}.spdx.intoto.sigstore.json`
  })
  const attested = await verifyFile({ path: tool.path, policy: await policy('spdx-json'), trust })
  assert.equal(attested.verified, true, attested.reason)
  assert.deepEqual(rows(attested), [
    'sigstore-bundle tool.bin.spdx.intoto.sigstore.json verified release spdx-json/SPDX-2.3/3'
  ])
  assert.equal(attested.signatures[0]?.predicateType, SPDX)

  // Missing: a file with only a signature.
  const bare = await release('bare.bin')
  const bareSignature = await signing.signer.signDigest({
    algorithm: 'sha256',
    digest: Buffer.from(bare.hex, 'hex')
  })
  await writeFile(`${bare.path}.sigstore.json`, JSON.stringify(bareSignature.bundle))
  const missing = await verifyFile({ path: bare.path, policy: await policy('spdx-json'), trust })
  assert.equal(missing.verified, false)
  assert.equal(
    missing.reason,
    'sbom spdx-json by release: not met (1 found, 0 failed verification; no SBOM was found)'
  )

  // Another file's SBOM attestation beside this one (as cosign attest-blob names a bundle): not
  // about it.
  const other = await release('other.bin')
  await attest({
    signer: signing.signer,
    statement: sbomStatement({ hex: tool.hex, predicateType: SPDX, document: toolSbom }),
    file: `${other.path}.sigstore.json`
  })
  const foreign = await verifyFile({ path: other.path, policy: await policy('spdx-json'), trust })
  assert.equal(foreign.verified, false)
  assert.equal(
    foreign.signatures[0]?.reason,
    `release: the artifact sha256:${other.hex} is not a subject of the in-toto statement`
  )
  assert.match(foreign.reason ?? '', /SBOMs found: spdx-json failed\)$/u)

  // app.bin.spdx.json altered after it was signed: its signature no longer covers it.
  const altered = Buffer.from(spdxBytes.toString().replace('pkg-0', 'evil-0'))
  await writeFile(`${app.path}.spdx.json`, altered)
  const tampered = await verifyFile({ path: app.path, policy: await policy('spdx-json'), trust })
  assert.equal(tampered.verified, false)
  const sbom = tampered.signatures.find(s => s.location.endsWith('.spdx.json'))
  assert.equal(sbom?.verdict, 'failed')
  assert.equal(
    sbom?.reason,
    `sigstore-bundle at ${app.path}.spdx.json.sigstore.json: release: the artifact sha256:${sha256(altered).toString('hex')} does not match the bundle's message digest sha256:${sha256(spdxBytes).toString('hex')}`
  )
  assert.deepEqual(sbom?.sbom, { format: 'spdx-json', specVersion: 'SPDX-2.3', packages: 2 })

  // goreleaser's <file>.sbom.json: the content says which format it is.
  const archive = await release('app.tar.gz')
  await writeFile(`${archive.path}.sbom.json`, JSON.stringify(cdx))
  await writeFile(
    `${archive.path}.sbom.json.sigstore.json`,
    JSON.stringify(
      (
        await signing.signer.signDigest({
          algorithm: 'sha256',
          digest: sha256(Buffer.from(JSON.stringify(cdx)))
        })
      ).bundle
    )
  )
  const goreleaser = await verifyFile({
    path: archive.path,
    policy: await policy('cyclonedx-json'),
    trust
  })
  assert.equal(goreleaser.verified, true, goreleaser.reason)
  assert.deepEqual(rows(goreleaser), [
    'sbom app.tar.gz.sbom.json verified release cyclonedx-json/1.6/5'
  ])

  // Not JSON at all: listed as unreadable with the reader's reason.
  const broken = await release('broken.bin')
  await writeFile(`${broken.path}.spdx.json`, 'not json')
  const unreadable = await verifyFile({
    path: broken.path,
    policy: await policy('spdx-json'),
    trust
  })
  assert.equal(unreadable.verified, false)
  assert.match(unreadable.signatures[0]?.sbom?.problem ?? '', /^the SBOM is not UTF-8 JSON: /u)
  assert.match(unreadable.reason ?? '', /SBOMs found: spdx-json unreadable\)$/u)
})
