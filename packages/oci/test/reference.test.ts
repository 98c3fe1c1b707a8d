import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { OciError } from '../src/errors.ts'
import { formatReference, parseDigest, parseReference } from '../src/reference/index.ts'

const HEX = `${'a'.repeat(60)}0f9e`
const DIGEST = `sha256:${HEX}`

test('normalises Docker Hub names as docker does', () => {
  assert.deepEqual(parseReference('alpine'), {
    registry: 'docker.io',
    repository: 'library/alpine'
  })
  assert.deepEqual(parseReference('alpine:3.20'), {
    registry: 'docker.io',
    repository: 'library/alpine',
    tag: '3.20'
  })
  assert.deepEqual(parseReference('octo/app'), { registry: 'docker.io', repository: 'octo/app' })
  assert.equal(formatReference(parseReference('index.docker.io/octo/app')), 'docker.io/octo/app')
  assert.equal(formatReference(parseReference('docker.io/nginx')), 'docker.io/library/nginx')
})

test('keeps host:port, localhost, tag, digest, and tag+digest', () => {
  assert.deepEqual(parseReference('localhost/app'), { registry: 'localhost', repository: 'app' })
  assert.deepEqual(parseReference('127.0.0.1:5000/a/b/c:v1'), {
    registry: '127.0.0.1:5000',
    repository: 'a/b/c',
    tag: 'v1'
  })
  assert.deepEqual(parseReference(`ghcr.io/org/app@${DIGEST}`), {
    registry: 'ghcr.io',
    repository: 'org/app',
    digest: DIGEST
  })
  assert.deepEqual(parseReference(`ghcr.io/org/app:v2@${DIGEST}`), {
    registry: 'ghcr.io',
    repository: 'org/app',
    tag: 'v2',
    digest: DIGEST
  })
  assert.deepEqual(parseReference('[::1]:5000/app'), { registry: '[::1]:5000', repository: 'app' })
  // An uppercase first component can only be a host, as in distribution.
  assert.equal(parseReference('Registry/app').registry, 'Registry')
})

test('rejects malformed references, quoting the input and saying what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['', /is empty or has spaces/],
    [' ghcr.io/a', /is empty or has spaces/],
    ['ghcr.io/Org/app', /repository names must be lowercase/],
    ['ghcr.io/org/app:', /"" is not a valid tag/],
    ['ghcr.io/org/app:-x', /"-x" is not a valid tag/],
    [`ghcr.io/org/app:${'t'.repeat(129)}`, /is not a valid tag/],
    ['ghcr.io/org/app@sha256:abc', /wrong length/],
    [`ghcr.io/org/app@md5:${'a'.repeat(32)}`, /unsupported algorithm md5/],
    ['ghcr.io/org/app@latest', /"latest" is not a digest/],
    ['ghcr.io/org//app', /is not a repository path/],
    ['ghcr.io/org/app_', /is not a repository path/],
    ['-bad.io/app', /is not a registry host/],
    [`ghcr.io/${'a'.repeat(260)}`, /longer than 255/]
  ]
  for (const [input, why] of cases) {
    assert.throws(
      () => parseReference(input),
      (error: unknown) => {
        assert.ok(error instanceof OciError)
        assert.ok(['INVALID_REFERENCE', 'INVALID_DIGEST'].includes(error.code), error.code)
        assert.match(error.message, why)
        if (error.code === 'INVALID_REFERENCE') {
          assert.ok(error.message.includes(JSON.stringify(input)), 'the message quotes the input')
        }
        return true
      },
      input
    )
  }
})

const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, { maxLength: 12 })
const domain = fc.oneof(
  fc.constantFrom('ghcr.io', 'localhost', 'registry.example.com', '127.0.0.1'),
  fc
    .tuple(fc.constantFrom('localhost', 'host.io'), fc.integer({ min: 1, max: 65535 }))
    .map(([h, p]) => `${h}:${p}`)
)
const tag = fc.stringMatching(/^[\w][\w.-]{0,20}$/)
const digest = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map(bytes => `sha256:${Buffer.from(bytes).toString('hex')}`)

test('property: format(parse(x)) round-trips for every well-formed reference', () => {
  fc.assert(
    fc.property(
      domain,
      fc.array(component, { minLength: 1, maxLength: 4 }),
      fc.option(tag, { nil: undefined }),
      fc.option(digest, { nil: undefined }),
      (registry, path, t, d) => {
        const input = `${registry}/${path.join('/')}${t === undefined ? '' : `:${t}`}${d === undefined ? '' : `@${d}`}`
        if (input.split('@')[0]!.length > 255 + (t ? t.length + 1 : 0)) return
        const parsed = parseReference(input)
        assert.equal(formatReference(parsed), input)
        assert.deepEqual(parseReference(formatReference(parsed)), parsed)
      }
    )
  )
})

test('property: an uppercase letter anywhere in the repository is refused for that reason', () => {
  fc.assert(
    fc.property(component, fc.nat(), fc.constantFrom('A', 'Z', 'Q'), (path, at, upper) => {
      const i = at % path.length
      const input = `ghcr.io/org/${path.slice(0, i)}${upper}${path.slice(i + 1)}`
      assert.throws(() => parseReference(input), /repository names must be lowercase/)
    })
  )
})

test('property: a path component that starts or ends with a separator is refused', () => {
  fc.assert(
    fc.property(
      component,
      fc.constantFrom('.', '_', '__', '-', '---'),
      fc.boolean(),
      (c, sep, lead) => {
        const input = `ghcr.io/org/${lead ? sep + c : c + sep}`
        assert.throws(() => parseReference(input), /is not a repository path/)
      }
    )
  )
})

test('digests: algorithm and length are checked', () => {
  assert.deepEqual(parseDigest(DIGEST), { algorithm: 'sha256', hex: HEX })
  assert.equal(parseDigest(`sha512:${'0'.repeat(128)}`).algorithm, 'sha512')
  assert.throws(() => parseDigest(`sha256:${HEX.toUpperCase()}`), /wrong length or characters/)
  assert.throws(() => parseDigest('sha256'), /not of the form algorithm:encoded/)
})
