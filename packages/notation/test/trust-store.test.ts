// Trust stores in notation's layout, with notation-go's fixtures
// (verifier/testdata/truststore/x509, vendored in test/vectors, see SOURCES.md) and notation-go's
// expected messages (verifier/truststore/truststore_test.go), plus the in-memory store.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotationError } from '../src/errors.ts'
import { directoryTrustStore } from '../src/trust-store/directory-trust-store.ts'
import { memoryTrustStore } from '../src/trust-store/memory-trust-store.ts'
import type { TrustStoreType } from '../src/trust-policy/types.ts'

const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
const ROOT = join(VECTORS, 'notation-go/verifier/testdata/truststore')
const X509 = join(ROOT, 'x509')

const store = directoryTrustStore({ root: ROOT })

async function refused(load: Promise<unknown>, check: (message: string) => void): Promise<void> {
  await assert.rejects(load, (error: unknown) => {
    assert.ok(error instanceof NotationError)
    assert.equal(error.code, 'TRUST_STORE')
    check(error.message)
    return true
  })
}

const startsWith = (prefix: string) => (message: string) =>
  assert.ok(message.startsWith(prefix), `expected "${message}" to start with "${prefix}"`)

/** A temporary folder, removed after `run`. */
async function withTemp(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'trust-store-'))
  try {
    await run(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const subjects = (certificates: X509Certificate[]) =>
  certificates.map(
    certificate =>
      certificate.subject.split('\n').find(line => line.startsWith('CN=')) ??
      certificate.subject.replace(/\n/g, ',')
  )

test('ca/valid-trust-store loads every certificate of every file, PEM or DER, files in name order', async () => {
  const certificates = await store.load({ type: 'ca', name: 'valid-trust-store' })
  // GlobalSign.der, GlobalSignRootCA.crt, NotationTestRoot.pem, TestTimestamp.crt,
  // TestTimestampNotYetValid.crt, wabbit-networks.io.crt
  assert.equal(certificates.length, 6)
  assert.equal(
    certificates[0]?.fingerprint256,
    new X509Certificate(readFileSync(join(X509, 'ca/valid-trust-store/GlobalSign.der')))
      .fingerprint256
  )
  assert.deepEqual(subjects(certificates).slice(2), [
    'CN=Notation Test Root',
    'CN=alpine',
    'CN=testTSA',
    'CN=wabbit-networks.io'
  ])
})

test('valid stores of each type load: valid-trust-store-2, self-signed, signingAuthority, tsa roots', async () => {
  const counts: [TrustStoreType, string, number][] = [
    ['ca', 'valid-trust-store-2', 2],
    ['ca', 'valid-trust-store-self-signed', 1],
    ['signingAuthority', 'valid-trust-store', 3],
    ['signingAuthority', 'valid-trust-store-2', 2],
    ['tsa', 'test-timestamp', 1],
    // a valid root; the mismatch shows only when a timestamp is verified against it
    ['tsa', 'test-mismatch', 1]
  ]
  for (const [type, name, count] of counts) {
    assert.equal((await store.load({ type, name })).length, count, `${type}:${name}`)
  }
})

test('trust-store-with-invalid-certs: a file that is not a certificate', async () => {
  await refused(store.load({ type: 'ca', name: 'trust-store-with-invalid-certs' }), message => {
    startsWith(
      'failed to read the trusted certificate invalid in trust store trust-store-with-invalid-certs of type ca: not a PEM or DER certificate'
    )(message)
    assert.match(message, /trust-store-with-invalid-certs\/invalid\)$/)
  })
})

test('trust-store-with-leaf-certs[-in-single-file]: a CA-signed leaf is refused', async () => {
  const leaf =
    'certificate with subject "CN=wabbit-networks.io,O=Notary,L=Seattle,ST=WA,C=US" is not a CA certificate or self-signed signing certificate'
  await refused(
    store.load({ type: 'ca', name: 'trust-store-with-leaf-certs' }),
    startsWith(
      `failed to validate the trusted certificate non-ca.crt in trust store trust-store-with-leaf-certs of type ca: ${leaf}`
    )
  )
  await refused(
    store.load({ type: 'ca', name: 'trust-store-with-leaf-certs-in-single-file' }),
    startsWith(
      `failed to validate the trusted certificate RootAndLeafCerts.crt in trust store trust-store-with-leaf-certs-in-single-file of type ca: ${leaf}`
    )
  )
})

test('tsa stores hold self-issued, self-signed roots only (test-nonCA, test-nonSelfIssued)', async () => {
  await refused(
    store.load({ type: 'tsa', name: 'test-nonCA' }),
    startsWith(
      'trusted certificate wabbit-networks.io.crt in trust store test-nonCA of type tsa is invalid: certificate with subject "CN=wabbit-networks.io,O=Notary,L=Seattle,ST=WA,C=US" is not a root CA certificate: x509: invalid signature: parent certificate cannot sign this kind of certificate'
    )
  )
  await refused(
    store.load({ type: 'tsa', name: 'test-nonSelfIssued' }),
    startsWith(
      'trusted certificate nonSelfIssued.crt in trust store test-nonSelfIssued of type tsa is invalid: certificate with subject "CN=Notation Test Revokable RSA Chain Cert 2,O=Notary,L=Seattle,ST=WA,C=US" is not a root CA certificate: issuer (CN=Notation Test Revokable RSA Chain Cert Root,O=Notary,L=Seattle,ST=WA,C=US) and subject (CN=Notation Test Revokable RSA Chain Cert 2,O=Notary,L=Seattle,ST=WA,C=US) are not the same'
    )
  )
  // the same leaf is fine in a ca store: it is self-signed
  await withTemp(async dir => {
    await mkdir(join(dir, 'x509/ca/self'), { recursive: true })
    await writeFile(
      join(dir, 'x509/ca/self/leaf.crt'),
      await readFile(join(X509, 'tsa/test-nonCA/wabbit-networks.io.crt'))
    )
    assert.equal(
      (await directoryTrustStore({ root: dir }).load({ type: 'ca', name: 'self' })).length,
      1
    )
  })
})

test('the *_SYMLINK fixtures are stored as link files here: in place they are unreadable files', async () => {
  const linkFile = join(X509, 'ca/valid-trust-store_SYMLINK/valid-trust-store_SYMLINK')
  const certLink = join(X509, 'trust-store-with-cert-symlinks/GlobalSignRootCA_SYMLINK.crt')
  if (lstatSync(linkFile).isSymbolicLink()) {
    await refused(
      store.load({ type: 'ca', name: 'valid-trust-store_SYMLINK' }),
      startsWith(
        'trusted certificate valid-trust-store_SYMLINK in trust store valid-trust-store_SYMLINK of type ca is not a regular file (directories or symlinks are not supported)'
      )
    )
    return
  }
  // git stored the links as files holding the target path
  assert.equal(readFileSync(linkFile, 'utf8'), 'ca/valid-trust-store')
  assert.equal(readFileSync(certLink, 'utf8'), 'GlobalSignRootCA.crt')
  await refused(
    store.load({ type: 'ca', name: 'valid-trust-store_SYMLINK' }),
    startsWith(
      'failed to read the trusted certificate valid-trust-store_SYMLINK in trust store valid-trust-store_SYMLINK of type ca: not a PEM or DER certificate'
    )
  )
})

test('a named store that is a symlink, and a symlinked certificate inside a store, are refused', async () => {
  await withTemp(async dir => {
    await mkdir(join(dir, 'x509/ca/with-link'), { recursive: true })
    // real symlinks to the fixtures, as notation-go's *_SYMLINK entries are in git
    await symlink(join(X509, 'ca/valid-trust-store'), join(dir, 'x509/ca/linked-store'))
    await symlink(
      join(X509, 'ca/valid-trust-store/GlobalSignRootCA.crt'),
      join(dir, 'x509/ca/with-link/GlobalSignRootCA_SYMLINK.crt')
    )
    const linked = directoryTrustStore({ root: dir })
    await refused(
      linked.load({ type: 'ca', name: 'linked-store' }),
      startsWith(
        `the trust store linked-store of type ca with path ${join(dir, 'x509/ca/linked-store')} is not a regular directory (symlinks are not supported)`
      )
    )
    await refused(
      linked.load({ type: 'ca', name: 'with-link' }),
      startsWith(
        'trusted certificate GlobalSignRootCA_SYMLINK.crt in trust store with-link of type ca is not a regular file (directories or symlinks are not supported)'
      )
    )
  })
})

test('trust-store-with-directories and trust-store-with-cert-symlinks, read in place', async () => {
  // these two fixtures sit right under x509/; a symlinked type folder reaches them in place
  // (only the named store itself must be a real directory)
  await withTemp(async dir => {
    await mkdir(join(dir, 'x509'))
    await symlink(X509, join(dir, 'x509/ca'))
    const inPlace = directoryTrustStore({ root: dir })
    await refused(
      inPlace.load({ type: 'ca', name: 'trust-store-with-directories' }),
      startsWith(
        'trusted certificate sub-dir in trust store trust-store-with-directories of type ca is not a regular file (directories or symlinks are not supported)'
      )
    )
    const certLink = join(X509, 'trust-store-with-cert-symlinks/GlobalSignRootCA_SYMLINK.crt')
    await refused(
      inPlace.load({ type: 'ca', name: 'trust-store-with-cert-symlinks' }),
      startsWith(
        lstatSync(certLink).isSymbolicLink()
          ? 'trusted certificate GlobalSignRootCA_SYMLINK.crt in trust store trust-store-with-cert-symlinks of type ca is not a regular file'
          : 'failed to read the trusted certificate GlobalSignRootCA_SYMLINK.crt in trust store trust-store-with-cert-symlinks of type ca: not a PEM or DER certificate'
      )
    )
  })
})

test('missing, misnamed and empty stores', async () => {
  await refused(store.load({ type: 'ca', name: 'invalid_store' }), message => {
    startsWith('the trust store "invalid_store" of type "ca" does not exist')(message)
    assert.ok(message.includes(`"${join(X509, 'ca/invalid_store')}" does not exist`))
  })
  await refused(
    store.load({ type: 'ca', name: '../ca' }),
    startsWith('trust store name needs to follow [a-zA-Z0-9_.-]+ format, ../ca is invalid')
  )
  await refused(
    store.load({ type: 'x' as TrustStoreType, name: 'a' }),
    startsWith('unsupported trust store type: x')
  )
  await withTemp(async dir => {
    await mkdir(join(dir, 'x509/tsa/empty'), { recursive: true })
    await writeFile(join(dir, 'x509/tsa/file-not-dir'), 'x')
    const local = directoryTrustStore({ root: dir })
    await refused(
      local.load({ type: 'tsa', name: 'empty' }),
      startsWith('no x509 certificates were found in trust store "empty" of type "tsa"')
    )
    await refused(
      local.load({ type: 'tsa', name: 'file-not-dir' }),
      startsWith('the trust store file-not-dir of type tsa with path')
    )
  })
})

test('files: several PEM blocks, concatenated DER, empty files and non-certificate PEM blocks', async () => {
  const der = readFileSync(join(X509, 'ca/valid-trust-store/GlobalSign.der'))
  const pem = readFileSync(join(X509, 'ca/valid-trust-store/NotationTestRoot.pem'), 'utf8')
  const selfSigned = readFileSync(
    join(X509, 'ca/valid-trust-store-self-signed/openssl-minimum-self-signed.pem'),
    'utf8'
  )
  await withTemp(async dir => {
    const put = async (name: string, file: string, data: string | Buffer) => {
      await mkdir(join(dir, 'x509/ca', name), { recursive: true })
      await writeFile(join(dir, 'x509/ca', name, file), data)
    }
    await put('pem-bundle', 'bundle.txt', `${pem}\n${selfSigned}`)
    await put('der-pair', 'pair.bin', Buffer.concat([der, der]))
    await put('empty-file', 'empty.crt', '')
    await put(
      'key-block',
      'key.pem',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'
    )
    const local = directoryTrustStore({ root: dir })
    assert.equal((await local.load({ type: 'ca', name: 'pem-bundle' })).length, 2)
    assert.equal((await local.load({ type: 'ca', name: 'der-pair' })).length, 2)
    await refused(
      local.load({ type: 'ca', name: 'empty-file' }),
      startsWith(
        'failed to read the trusted certificate empty.crt in trust store empty-file of type ca: the file is empty'
      )
    )
    await refused(
      local.load({ type: 'ca', name: 'key-block' }),
      startsWith(
        'failed to read the trusted certificate key.pem in trust store key-block of type ca: holds a PEM block of type "PRIVATE KEY", not CERTIFICATE'
      )
    )
  })
})

test('each store is read once; a failed read is retried', async () => {
  await withTemp(async dir => {
    const cert = readFileSync(join(X509, 'ca/valid-trust-store/NotationTestRoot.pem'))
    const local = directoryTrustStore({ root: dir })
    await refused(
      local.load({ type: 'ca', name: 'later' }),
      startsWith('the trust store "later" of type "ca" does not exist')
    )
    await mkdir(join(dir, 'x509/ca/later'), { recursive: true })
    await writeFile(join(dir, 'x509/ca/later/one.pem'), cert)
    assert.equal((await local.load({ type: 'ca', name: 'later' })).length, 1)
    await writeFile(join(dir, 'x509/ca/later/two.pem'), cert)
    const cached = await local.load({ type: 'ca', name: 'later' })
    assert.equal(cached.length, 1)
    // callers get their own array
    cached.pop()
    assert.equal((await local.load({ type: 'ca', name: 'later' })).length, 1)
    assert.equal(
      (await directoryTrustStore({ root: dir }).load({ type: 'ca', name: 'later' })).length,
      2
    )
  })
})

test('memoryTrustStore applies the same rules', async () => {
  const read = (path: string) => new X509Certificate(readFileSync(join(X509, path)))
  const root = read('ca/valid-trust-store/NotationTestRoot.pem')
  const leaf = read('ca/trust-store-with-leaf-certs/non-ca.crt')
  const selfSignedLeaf = read('tsa/test-nonCA/wabbit-networks.io.crt')
  const memory = memoryTrustStore({
    stores: [
      { type: 'ca', name: 'roots', certificates: [root] },
      { type: 'ca', name: 'roots', certificates: [selfSignedLeaf] },
      { type: 'signingAuthority', name: 'none', certificates: [] },
      { type: 'ca', name: 'leaf', certificates: [leaf] },
      { type: 'tsa', name: 'tsa-leaf', certificates: [selfSignedLeaf] }
    ]
  })
  const roots = await memory.load({ type: 'ca', name: 'roots' })
  assert.deepEqual(
    roots.map(c => c.fingerprint256),
    [root.fingerprint256, selfSignedLeaf.fingerprint256]
  )
  await refused(
    memory.load({ type: 'tsa', name: 'roots' }),
    startsWith(
      'the trust store "roots" of type "tsa" does not exist; the stores given are: ca:roots, signingAuthority:none, ca:leaf, tsa:tsa-leaf'
    )
  )
  await refused(
    memory.load({ type: 'signingAuthority', name: 'none' }),
    startsWith('no x509 certificates were found in trust store "none" of type "signingAuthority"')
  )
  await refused(
    memory.load({ type: 'ca', name: 'leaf' }),
    startsWith(
      'a trusted certificate in trust store leaf of type ca is invalid: certificate with subject "CN=wabbit-networks.io,O=Notary,L=Seattle,ST=WA,C=US" is not a CA certificate or self-signed signing certificate'
    )
  )
  await refused(
    memory.load({ type: 'tsa', name: 'tsa-leaf' }),
    startsWith(
      'a trusted certificate in trust store tsa-leaf of type tsa is invalid: certificate with subject "CN=wabbit-networks.io,O=Notary,L=Seattle,ST=WA,C=US" is not a root CA certificate: x509: invalid signature'
    )
  )
  assert.throws(
    () => memoryTrustStore({ stores: [{ type: 'ca', name: 'a b', certificates: [root] }] }),
    {
      code: 'TRUST_STORE',
      message: 'trust store name needs to follow [a-zA-Z0-9_.-]+ format, a b is invalid'
    }
  )
})
