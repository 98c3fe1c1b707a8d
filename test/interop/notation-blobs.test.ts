// notation and this suite on Notary Project signatures of files (`<file>.jws.sig`,
// `<file>.cose.sig`). notation 1.3.2, the pinned reference tool, has no blob commands: they came
// with notation v2.0.0-alpha.1 (`blob sign` #1128, `blob verify` #1137, `blob inspect` #1133), so
// the first test pins that. sign verify and the verify action read the blob signatures notation
// v2.0.0-alpha.1 wrote (JWS with RSA 3072, COSE with EC P-256, vendored in
// fixtures/notation-blob-vectors.ts) with their root in our trust store, and refuse them with
// another root or once the file changed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { caIssuedCodeSigningChain, makeWorkspace } from '@sign/testenv'
import { blobTrustPolicy, notationHome } from './fixtures/notation-config.ts'
import { FILES, ROOT, SIGNATURES, SIGNERS } from './fixtures/notation-blob-vectors.ts'
import { signVerify, verifyWithAction, writeOurTrust } from './fixtures/notation-sign-verify.ts'

const UNTRUSTED =
  /authenticity validation failed: the signature's certificate chain does not contain any trusted certificate/

test('notation 1.3.2 has no blob commands (they arrived in notation v2.0.0-alpha.1)', async t => {
  const home = await notationHome(t)
  t.diagnostic(`notation ${home.tool.version}`)
  const workspace = await makeWorkspace(t, { 'app.bin': 'app\n' })
  for (const command of ['sign', 'verify']) {
    const result = await home.notation(['blob', command, join(workspace, 'app.bin')])
    assert.notEqual(result.code, 0, result.output)
    assert.match(result.output, /unknown command "blob" for "notation"/)
  }
})

/** A workspace holding the vendored files and the signatures notation wrote beside them. */
async function vectorWorkspace(t: Parameters<typeof makeWorkspace>[0]): Promise<string> {
  return makeWorkspace(t, {
    ...FILES,
    ...Object.fromEntries(
      Object.entries(SIGNATURES).map(([name, base64]) => [name, Buffer.from(base64, 'base64')])
    )
  })
}

test("sign verify and the verify action read notation blob sign's JWS and COSE signatures", async t => {
  const workspace = await vectorWorkspace(t)
  const names = Object.keys(FILES)
  const policy = blobTrustPolicy({
    name: 'notation-blobs',
    trustStore: 'notation',
    trustedIdentities: Object.values(SIGNERS).map(subject => `x509.subject: ${subject}`)
  })
  const trusting = await writeOurTrust({
    t,
    policy,
    policyFile: 'trustpolicy.blob.json',
    storeName: 'notation',
    certificates: [ROOT]
  })
  const [, , otherRoot] = await caIssuedCodeSigningChain()
  const other = await writeOurTrust({
    t,
    policy,
    policyFile: 'trustpolicy.blob.json',
    storeName: 'notation',
    certificates: [otherRoot!.pem]
  })
  const signatureOf = (name: string) =>
    join(workspace, Object.keys(SIGNATURES).find(file => file.startsWith(`${name}.`)) ?? '')

  for (const name of names) {
    const accepted = await signVerify({ trust: trusting, targets: [join(workspace, name)] })
    assert.equal(accepted.code, 0, `${name}: ${accepted.output}`)
    assert.deepEqual(
      accepted.signatures.map(s => [s.kind, s.via, s.location, s.verdict, s.identity]),
      [['notation', 'file', signatureOf(name), 'verified', SIGNERS[name]]]
    )
    const refused = await signVerify({ trust: other, targets: [join(workspace, name)] })
    assert.equal(refused.code, 1, `${name}: ${refused.output}`)
    assert.match(refused.signatures[0]?.reason ?? '', UNTRUSTED, refused.output)
  }

  const passed = await verifyWithAction({ trust: trusting, workspace, files: names })
  assert.equal(passed.result.exitCode, 0, passed.result.log)
  assert.deepEqual(
    Object.fromEntries(
      passed.report.subjects.map(subject => [
        basename(subject.subject),
        [subject.verified, subject.signatures.map(s => s.identity)]
      ])
    ),
    Object.fromEntries(names.map(name => [name, [true, [SIGNERS[name]]]]))
  )
  const failed = await verifyWithAction({ trust: other, workspace, files: names })
  assert.equal(failed.result.exitCode, 1, failed.result.log)
  for (const subject of failed.report.subjects) {
    assert.equal(subject.verified, false)
    assert.match(subject.signatures[0]?.reason ?? '', UNTRUSTED)
  }

  // A file changed after signing (same size) no longer matches the signed payload; notation's
  // words for it are the same.
  for (const [name, content] of Object.entries(FILES)) {
    await writeFile(join(workspace, name), content.toUpperCase())
    const changed = await signVerify({ trust: trusting, targets: [join(workspace, name)] })
    assert.equal(changed.code, 1, `${name}: ${changed.output}`)
    assert.match(
      changed.signatures[0]?.reason ?? '',
      /integrity check failed\. signature does not match the given blob/,
      changed.output
    )
  }
})
