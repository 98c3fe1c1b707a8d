import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSigstoreStack, type SigningConfigJson } from '@sign/testenv'
import { PUBLIC_GOOD, SigstoreError, resolveInstance } from '../src/index.ts'
import type { ResolveInstanceOptions } from '../src/index.ts'

const DAY = 86_400_000
const at = (offset: number) => ({ start: new Date(Date.now() + offset).toISOString() })
const service = (
  url: string,
  majorApiVersion: number,
  validFor: { start: string; end?: string }
) => ({
  url,
  majorApiVersion,
  validFor,
  operator: 'test'
})

/** A signing config in the public-good shape, with each service list replaceable. */
function signingConfig(overrides: Partial<SigningConfigJson> = {}): SigningConfigJson {
  return {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service('https://fulcio.example.com', 1, at(-DAY))],
    oidcUrls: [],
    rekorTlogUrls: [service('https://rekor.example.com', 1, at(-DAY))],
    rekorTlogConfig: { selector: 'ANY' },
    tsaUrls: [service('https://tsa.example.com/api/v1/timestamp', 1, at(-DAY))],
    tsaConfig: { selector: 'ANY' },
    ...overrides
  }
}

/** Asserts resolveInstance refuses `options` with INVALID_INSTANCE and a message matching `reason`. */
function refuses(options: ResolveInstanceOptions, reason: RegExp) {
  assert.throws(
    () => resolveInstance(options),
    (error: unknown) => {
      assert.ok(error instanceof SigstoreError)
      assert.equal(error.code, 'INVALID_INSTANCE')
      assert.match(error.message, reason)
      return true
    }
  )
}

test('instance: public-good by default; explicit URLs override it, normalized', () => {
  assert.deepEqual(resolveInstance({}), PUBLIC_GOOD)
  assert.deepEqual(
    resolveInstance({ fulcioUrl: '', rekorUrl: '', tsaUrl: '', signingConfig: '' }),
    PUBLIC_GOOD
  )
  assert.deepEqual(
    resolveInstance({
      fulcioUrl: 'https://fulcio.example.com/',
      rekorUrl: 'https://rekor.example.com',
      tsaUrl: 'https://tsa.example.com/api/v1/timestamp'
    }),
    {
      fulcioUrl: 'https://fulcio.example.com',
      rekorUrl: 'https://rekor.example.com',
      rekorVersion: 1,
      tsaUrl: 'https://tsa.example.com/api/v1/timestamp'
    }
  )
  for (const host of ['127.0.0.1:8080', '127.3.4.5', 'localhost:9000', '[::1]:443']) {
    assert.equal(resolveInstance({ rekorUrl: `http://${host}` }).rekorUrl, `http://${host}`)
  }
})

test('instance: the stack signing config file selects its CA, its preferred Rekor and its TSA', async t => {
  for (const version of [1, 2] as const) {
    const stack = await startSigstoreStack({ oidcIssuers: [], signingConfigRekorVersion: version })
    t.after(() => stack.stop())
    assert.deepEqual(resolveInstance({ signingConfig: stack.signingConfigPath }), {
      fulcioUrl: stack.url,
      rekorUrl: stack.url,
      rekorVersion: version,
      tsaUrl: `${stack.url}/api/v1/timestamp`
    })
  }
})

test('instance: services are chosen by API version and validity, newest start first', () => {
  const config = signingConfig({
    caUrls: [
      service('https://fulcio-v2.example.com', 2, at(-1000)),
      service('https://fulcio-next.example.com', 1, at(+DAY)),
      service('https://fulcio-old.example.com', 1, at(-2 * DAY)),
      service('https://fulcio.example.com', 1, at(-DAY))
    ],
    rekorTlogUrls: [
      service('https://rekor-v3.example.com', 3, at(-1000)),
      service('https://rekor-ended.example.com', 2, {
        ...at(-DAY / 2),
        end: new Date(Date.now() - 1000).toISOString()
      }),
      service('https://rekor-v1.example.com', 1, at(-DAY)),
      service('https://rekor-v2.example.com', 2, at(-DAY))
    ]
  })
  assert.deepEqual(resolveInstance({ signingConfig: config }), {
    fulcioUrl: 'https://fulcio.example.com',
    rekorUrl: 'https://rekor-v2.example.com',
    rekorVersion: 2,
    tsaUrl: 'https://tsa.example.com/api/v1/timestamp'
  })
  // An explicit rekor-url is a Rekor v1 log and wins over the config's; tlogUpload false drops it.
  const explicit = resolveInstance({
    signingConfig: config,
    rekorUrl: 'https://rekor.local.example'
  })
  assert.deepEqual([explicit.rekorUrl, explicit.rekorVersion], ['https://rekor.local.example', 1])
  assert.deepEqual(resolveInstance({ signingConfig: config, tlogUpload: false }), {
    fulcioUrl: 'https://fulcio.example.com',
    rekorVersion: 1,
    tsaUrl: 'https://tsa.example.com/api/v1/timestamp'
  })
})

test('instance: Rekor v2 or no log without a TSA is refused, saying what to add', () => {
  const v2 = [service('https://rekor.example.com', 2, at(-DAY))]
  refuses(
    { signingConfig: signingConfig({ rekorTlogUrls: v2, tsaUrls: [] }) },
    /^Rekor v2 \(https:\/\/rekor\.example\.com, from signing-config\) needs a timestamp authority: .*Pass tsa-url/
  )
  assert.equal(
    resolveInstance({
      signingConfig: signingConfig({ rekorTlogUrls: v2, tsaUrls: [] }),
      tsaUrl: 'https://tsa.example.com'
    }).tsaUrl,
    'https://tsa.example.com'
  )
  refuses({ tlogUpload: false }, /^tlog-upload: false needs a tsa-url: .*Pass tsa-url/)
  refuses(
    { signingConfig: signingConfig({ rekorTlogUrls: [], tsaUrls: [] }) },
    /^signing-config names no usable transparency log .* and no TSA: pass rekor-url or tsa-url\.$/
  )
})

test('instance: URLs must be https://, except http:// on loopback hosts', () => {
  refuses(
    { rekorUrl: 'http://rekor.example.com' },
    /^rekor-url "http:\/\/rekor\.example\.com" uses http:\/\/: Sigstore services must be reached over https:\/\/ \(plain http:\/\/ is accepted only for loopback hosts: 127\.0\.0\.0\/8, localhost, \[::1\]\)/
  )
  refuses({ fulcioUrl: 'http://128.0.0.1' }, /^fulcio-url "http:\/\/128\.0\.0\.1" uses http:/)
  refuses({ tsaUrl: 'ftp://127.0.0.1' }, /^tsa-url "ftp:\/\/127\.0\.0\.1" uses ftp:/)
  refuses(
    { tsaUrl: 'tsa.example.com' },
    /^tsa-url "tsa\.example\.com" is not a URL: write an absolute https:\/\/ URL\.$/
  )
  refuses(
    {
      signingConfig: signingConfig({ caUrls: [service('http://fulcio.example.com', 1, at(-DAY))] })
    },
    /^signing-config caUrls entry "http:\/\/fulcio\.example\.com" uses http:/
  )
})

test('instance: a signing config that cannot be used says why', async t => {
  const directory = await mkdtemp(join(tmpdir(), 'signing-config-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const missing = join(directory, 'missing.json')
  refuses(
    { signingConfig: missing },
    new RegExp(
      `^signing-config ${missing} cannot be read \\(ENOENT\\): pass the path of a Sigstore signing config`
    )
  )
  const notJson = join(directory, 'not.json')
  await writeFile(notJson, '{ "mediaType": ')
  refuses(
    { signingConfig: notJson },
    new RegExp(`^signing-config ${notJson} is not valid JSON \\(`)
  )
  refuses(
    {
      signingConfig: {
        ...signingConfig(),
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json'
      }
    },
    /^signing-config has media type "application\/vnd\.dev\.sigstore\.signingconfig\.v0\.1\+json", not application\/vnd\.dev\.sigstore\.signingconfig\.v0\.2\+json/
  )
  const expiredCa = service('https://fulcio.example.com', 1, {
    ...at(-2 * DAY),
    end: new Date(Date.now() - DAY).toISOString()
  })
  const path = join(directory, 'signing_config.v0.2.json')
  await writeFile(path, JSON.stringify(signingConfig({ caUrls: [expiredCa] })))
  refuses(
    { signingConfig: path },
    new RegExp(
      `^signing-config ${path} names no usable certificate authority .*: add one, or pass fulcio-url\\.$`
    )
  )
  assert.equal(
    resolveInstance({ signingConfig: path, fulcioUrl: 'https://fulcio.example.com' }).fulcioUrl,
    'https://fulcio.example.com'
  )
  refuses(
    { signingConfig: { ...signingConfig(), tsaConfig: { selector: 'ALL' } } },
    /^signing-config sets tsaConfig\.selector to something other than ANY/
  )
})
