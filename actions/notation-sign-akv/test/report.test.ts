// The report's pieces on their own, for what the test vault does not sign with: a certificate
// subject notation cannot name in a trust policy, signatures written to output-directory, a
// local key.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  codeBlockAfter,
  codeSigningExtensions,
  foldBody,
  generateKeyPair,
  issueCertificate,
  tableColumns
} from '@sign/testenv'
import { resultLines } from '../src/report/result-lines.ts'
import type { SignatureRecord } from '../src/report/signature-record.ts'
import type { SigningReport } from '../src/report/signing-report.ts'
import { signaturesSummary } from '../src/report/summary.ts'

/** A self-signed code-signing certificate with `subject`, DER. */
async function certificate(subject: string): Promise<Buffer> {
  const key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  return (await issueCertificate({ subject, key, extensions: await codeSigningExtensions(key) }))
    .der
}

const FILE: SignatureRecord = {
  subject: 'dist/app.bin',
  digest: `sha256:${'1'.repeat(64)}`,
  kind: 'file',
  format: 'cose',
  signature: 'signatures/app.bin.cose.sig',
  certificate: '0'.repeat(64)
}

test('a subject without O: the policies trust "*", and the summary says why', async () => {
  const report: SigningReport = {
    records: [FILE],
    chain: [await certificate('CN=No Organization')],
    algorithm: 'ES256',
    format: 'cose',
    keyId: 'https://my-vault.vault.azure.net/keys/release-signing',
    signingTime: new Date('2026-12-07T18:50:12Z'),
    expiry: undefined
  }
  const summary = signaturesSummary(report).toString()
  // Shown as notation prints it, without the x509.subject: form it cannot be matched by.
  assert.ok(summary.includes('<strong>Certificate</strong> <code>CN=No Organization</code>'))
  assert.ok(summary.includes('<strong>Signed</strong> 2026-12-07 18:50:12 UTC'))
  assert.deepEqual(tableColumns(summary), [3])
  const howTo = foldBody(summary, 'How to verify these signatures')
  assert.match(
    howTo,
    /notation cannot name this certificate in trustedIdentities \(distinguished name/
  )
  const policy = JSON.parse(
    codeBlockAfter(howTo, '<code>trustpolicy.blob.json</code>, the trust policy for the files:')
  ) as { trustPolicies: { trustedIdentities: string[]; trustStores: string[] }[] }
  assert.deepEqual(policy.trustPolicies[0]?.trustedIdentities, ['*'])
  assert.deepEqual(policy.trustPolicies[0]?.trustStores, ['ca:release-signing'])
  // The signature is in output-directory: the commands name it, the verify step says to move it.
  assert.match(
    codeBlockAfter(howTo, 'With the sign CLI:'),
    / {2}dist\/app\.bin --signature signatures\/app\.bin\.cose\.sig$/
  )
  assert.match(
    codeBlockAfter(howTo, 'With notation:'),
    /^notation blob verify --signature signatures\/app\.bin\.cose\.sig dist\/app\.bin$/m
  )
  assert.match(
    codeBlockAfter(howTo, 'In a workflow, with the verify action:'),
    /^# The verify action reads <file>\.jws\.sig or \.cose\.sig beside each file/m
  )
})

test('result lines: the key, the certificate and its thumbprint, then where each signature went', async () => {
  const der = await certificate('CN=Signer,O=Octo,ST=WA,C=US')
  const report: SigningReport = {
    records: [FILE],
    chain: [der],
    algorithm: 'ES256',
    format: 'cose',
    keyId: undefined,
    signingTime: new Date(),
    expiry: undefined
  }
  const thumbprint = createHash('sha256').update(der).digest('hex')
  assert.deepEqual(resultLines(report), [
    `✅ Signed 1 subject with a local key (certificate CN=Signer,O=Octo,ST=WA,C=US, SHA-256 ${thumbprint})`,
    '  dist/app.bin → signatures/app.bin.cose.sig'
  ])
})
