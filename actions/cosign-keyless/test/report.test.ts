// The report's pieces on their own: the Rekor entry link (public-good's search page, none for
// another instance), the Fulcio claims read from a certificate, and the summary and result lines
// of a public-good run, which the loopback stack cannot produce.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  codeBlockAfter,
  foldBody,
  generateKeyPair,
  issueCertificate,
  tableColumns,
  x509
} from '@sign/testenv'
import { PUBLIC_GOOD, type SigstoreInstance } from '@sign/sigstore'
import { isPublicGood, rekorSearchUrl } from '@sign/subjects/keyless'
import { resultLines } from '../src/report/result-lines.ts'
import type { SignatureRecord } from '../src/report/signature-record.ts'
import { signerClaims } from '@sign/subjects/keyless'
import type { SigningReport } from '../src/report/signing-report.ts'
import { signaturesSummary } from '../src/report/summary.ts'

const IDENTITY =
  'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
const ISSUER = 'https://token.actions.githubusercontent.com'
const COMMIT = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9'
const RUN = 'https://github.com/octo-org/octo-repo/actions/runs/4242424242/attempts/2'
const FULCIO = '1.3.6.1.4.1.57264.1'

/** A DER UTF8String, as Fulcio writes its v2 extensions. */
function utf8String(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8')
  return Buffer.concat([Buffer.from([0x0c, bytes.length]), bytes])
}

/** A certificate with a Fulcio-style SAN and the given extensions (OID suffix → value). */
async function fulcioCertificate(extensions: Record<string, Buffer>): Promise<string> {
  const key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const issued = await issueCertificate({
    subject: 'CN=sigstore',
    key,
    notBefore: new Date('2026-12-07T18:50:00Z'),
    notAfter: new Date('2026-12-07T19:00:00Z'),
    extensions: [
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: IDENTITY }], true),
      ...Object.entries(extensions).map(
        ([suffix, value]) => new x509.Extension(`${FULCIO}.${suffix}`, false, value)
      )
    ]
  })
  return issued.pem
}

/** What Fulcio issues a GitHub Actions token: v2 and deprecated extensions. */
const GITHUB_EXTENSIONS = {
  '1': Buffer.from(ISSUER),
  '8': utf8String(ISSUER),
  '12': utf8String('https://github.com/octo-org/octo-repo'),
  '13': utf8String(COMMIT),
  '14': utf8String('refs/tags/v1.2.3'),
  '20': utf8String('push'),
  '21': utf8String(RUN)
}

const IMAGE_DIGEST = `sha256:${'2'.repeat(56)}0f3c0575`
const RECORDS: SignatureRecord[] = [
  {
    subject: `ghcr.io/octo-org/app@${IMAGE_DIGEST}`,
    digest: IMAGE_DIGEST,
    kind: 'image',
    referrer: `sha256:00f743ce${'0'.repeat(48)}0b80ad87`,
    legacy: [`ghcr.io/octo-org/app:sha256-${IMAGE_DIGEST.slice(7)}.sig`],
    rekorLogIndex: 4319232,
    rekorEntryUrl: 'https://rekor.sigstore.dev/api/v1/log/entries?logIndex=4319232'
  },
  {
    subject: 'dist/app-linux-amd64',
    digest: `sha256:5fe1e9c1${'4'.repeat(48)}46fc0459`,
    kind: 'file',
    bundle: 'dist/app-linux-amd64.sigstore.json',
    rekorLogIndex: 15725,
    rekorEntryUrl: 'https://rekor.sigstore.dev/api/v1/log/entries?logIndex=15725'
  }
]

const LOOPBACK: SigstoreInstance = {
  fulcioUrl: 'http://127.0.0.1:41234',
  rekorUrl: 'http://127.0.0.1:41234',
  rekorVersion: 1,
  tsaUrl: 'http://127.0.0.1:41234/api/v1/timestamp'
}

test('rekorSearchUrl: the search page for public-good Rekor entries, none for another Rekor', () => {
  assert.equal(
    rekorSearchUrl({ rekorUrl: 'https://rekor.sigstore.dev', logIndex: 4319232 }),
    'https://search.sigstore.dev/?logIndex=4319232'
  )
  assert.equal(
    rekorSearchUrl({ rekorUrl: 'https://rekor.sigstore.dev/', logIndex: 0 }),
    'https://search.sigstore.dev/?logIndex=0'
  )
  for (const rekorUrl of [
    'http://127.0.0.1:41234',
    'https://rekor.example.com',
    'https://rekor.sigstore.dev.example.com',
    'http://rekor.sigstore.dev',
    'https://rekor.sigstore.dev/elsewhere',
    undefined
  ]) {
    assert.equal(rekorSearchUrl({ rekorUrl, logIndex: 7 }), undefined, String(rekorUrl))
  }
  assert.equal(rekorSearchUrl({ rekorUrl: 'https://rekor.sigstore.dev', logIndex: -1 }), undefined)
})

test('isPublicGood: only sigstore.dev services need no trusted root of your own', () => {
  assert.equal(isPublicGood({ instance: PUBLIC_GOOD }), true)
  assert.equal(
    isPublicGood({
      instance: { ...PUBLIC_GOOD, tsaUrl: 'https://timestamp.sigstore.dev/api/v1/timestamp' }
    }),
    true
  )
  assert.equal(isPublicGood({ instance: LOOPBACK }), false)
  assert.equal(
    isPublicGood({ instance: { ...PUBLIC_GOOD, tsaUrl: 'https://tsa.example.com' } }),
    false
  )
})

test('signerClaims reads the identity, issuer and run claims, v2 first, the deprecated ones else', async () => {
  const claims = signerClaims({ certificatePem: await fulcioCertificate(GITHUB_EXTENSIONS) })
  assert.deepEqual(claims, {
    identity: IDENTITY,
    issuer: ISSUER,
    repositoryUrl: 'https://github.com/octo-org/octo-repo',
    repository: 'octo-org/octo-repo',
    commit: COMMIT,
    ref: 'refs/tags/v1.2.3',
    trigger: 'push',
    runUrl: RUN,
    issuedAt: new Date('2026-12-07T18:50:00Z'),
    validUntil: new Date('2026-12-07T19:00:00Z')
  })
  // Only the deprecated extensions (raw UTF-8), as older Fulcio certificates carry them.
  const legacy = signerClaims({
    certificatePem: await fulcioCertificate({
      '1': Buffer.from(ISSUER),
      '2': Buffer.from('release'),
      '3': Buffer.from(COMMIT),
      '5': Buffer.from('octo-org/octo-repo'),
      '6': Buffer.from('refs/heads/main')
    })
  })
  assert.equal(legacy?.issuer, ISSUER)
  assert.equal(legacy?.trigger, 'release')
  assert.equal(legacy?.repository, 'octo-org/octo-repo')
  assert.equal(legacy?.ref, 'refs/heads/main')
  assert.equal(legacy?.runUrl, undefined)
  assert.equal(signerClaims({ certificatePem: 'not a certificate' }), undefined)
})

test('a public-good run: Rekor entries link to search.sigstore.dev, no trusted root to pass', async () => {
  const report: SigningReport = {
    records: RECORDS,
    certificatePem: await fulcioCertificate(GITHUB_EXTENSIONS),
    instance: PUBLIC_GOOD,
    signedAt: new Date('2026-12-07T18:50:12Z')
  }
  const summary = signaturesSummary(report).toString()
  assert.ok(summary.startsWith('<h2>✅ Sigstore keyless signatures: 2 subjects signed</h2>'))
  assert.ok(
    summary.includes(
      `<strong>Run</strong> <a href="${RUN}">4242424242 (attempt 2)</a> · signed 2026-12-07 18:50:12 UTC</p>`
    )
  )
  assert.ok(
    summary.includes(
      '<td><a href="https://search.sigstore.dev/?logIndex=4319232">Rekor #4319232</a></td>'
    )
  )
  assert.ok(
    summary.includes(
      '<td><a href="https://search.sigstore.dev/?logIndex=15725">Rekor #15725</a></td>'
    )
  )
  // The legacy .sig tag under the referrer, shortened, the whole reference as its title.
  assert.ok(
    summary.includes(
      `<td>referrer <code title="${RECORDS[0]?.referrer}">sha256:00f743ce…0b80ad87</code><br>tag ` +
        `<code title="${RECORDS[0]?.legacy?.[0]}">sha256-22222222…0f3c0575.sig</code></td>`
    ),
    summary
  )
  assert.deepEqual(tableColumns(summary), [4])
  const howTo = foldBody(summary, 'How to verify these signatures')
  assert.doesNotMatch(howTo, /trusted.root/)
  assert.equal(
    codeBlockAfter(howTo, 'In a workflow, with the verify action:'),
    [
      '- uses: org/sign/actions/verify@v1',
      '  with:',
      '    images: |',
      `      ${RECORDS[0]?.subject}`,
      '    files: |',
      '      dist/app-linux-amd64',
      `    certificate-identity: ${IDENTITY}`,
      `    certificate-oidc-issuer: ${ISSUER}`
    ].join('\n')
  )
  assert.deepEqual(resultLines(report), [
    `✅ Signed 2 subjects as ${IDENTITY} (issuer ${ISSUER})`,
    `  ${RECORDS[0]?.subject} → referrer ${RECORDS[0]?.referrer}, tag ${RECORDS[0]?.legacy?.[0]}; ` +
      'Rekor https://search.sigstore.dev/?logIndex=4319232',
    '  dist/app-linux-amd64 → dist/app-linux-amd64.sigstore.json; ' +
      'Rekor https://search.sigstore.dev/?logIndex=15725'
  ])
})

test('a self-hosted run: log indexes without a link, the trusted root in every verify command', async () => {
  const records = RECORDS.map(record => ({
    ...record,
    rekorEntryUrl: `${LOOPBACK.rekorUrl}/api/v1/log/entries?logIndex=${record.rekorLogIndex}`
  }))
  const report: SigningReport = {
    records,
    certificatePem: await fulcioCertificate(GITHUB_EXTENSIONS),
    instance: LOOPBACK,
    signedAt: undefined
  }
  const summary = signaturesSummary(report).toString()
  assert.ok(
    summary.includes('<td>Rekor #4319232</td>') && summary.includes('<td>Rekor #15725</td>')
  )
  assert.doesNotMatch(summary, /search\.sigstore\.dev/)
  assert.ok(summary.includes(' · certificate issued 2026-12-07 18:50:00 UTC</p>'))
  const howTo = foldBody(summary, 'How to verify these signatures')
  for (const label of ['With the sign CLI:', 'With cosign:']) {
    const commands = codeBlockAfter(howTo, label)
    const count = (commands.match(/^(?:sign|cosign) verify/gm) ?? []).length
    assert.equal((commands.match(/--trusted-root trusted_root\.json/g) ?? []).length, count)
  }
  assert.ok(resultLines(report)[1]?.endsWith(`; Rekor ${records[0]?.rekorEntryUrl}`))
})
