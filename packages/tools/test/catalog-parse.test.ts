import { test } from 'node:test'
import assert from 'node:assert/strict'
import { builtinCatalog, parseCatalog, PLATFORM_KEYS, ToolsError } from '../src/index.ts'
import { sampleCatalog } from './catalog-fixture.ts'

/** Asserts that parsing `json` fails with INVALID_CATALOG and a message naming `path`. */
function assertRefused(json: unknown, path: string, reason: RegExp): void {
  assert.throws(
    () => parseCatalog({ json, source: 'test.json' }),
    (error: unknown) => {
      assert.ok(error instanceof ToolsError, String(error))
      assert.equal(error.code, 'INVALID_CATALOG')
      assert.ok(
        error.message.startsWith(`Invalid tool catalog test.json: ${path} `),
        `expected the path ${path} in: ${error.message}`
      )
      assert.match(error.message, reason)
      return true
    }
  )
}

/** One edit of the sample catalog: set the value at a path, or delete it (`value` absent). */
type Edit = [path: string, value?: unknown]

/** The sample catalog with edits applied; paths are dotted (`tools.blob.repository`). */
function mutated(...edits: Edit[]): unknown {
  const catalog = structuredClone(sampleCatalog()) as unknown as Record<string, unknown>
  for (const edit of edits) {
    const keys = edit[0].split('|')
    let node = catalog
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
    const last = keys.at(-1)!
    if (edit.length === 1) delete node[last]
    else node[last] = edit[1]
  }
  return catalog
}

test('parseCatalog: the built-in catalog parses, with the five tools and pinned defaults', () => {
  const catalog = builtinCatalog()
  assert.deepEqual(Object.keys(catalog.tools).sort(), [
    'cosign',
    'notation',
    'notation-azure-kv',
    'oras',
    'syft'
  ])
  for (const [name, tool] of Object.entries(catalog.tools)) {
    const pinned = tool.versions[tool.defaultVersion]
    assert.ok(pinned, `${name} pins its default version`)
    assert.ok(Object.keys(pinned).length >= 4, `${name}@${tool.defaultVersion} pins most platforms`)
    for (const key of Object.keys(pinned)) assert.ok(PLATFORM_KEYS.includes(key as never))
    assert.ok(
      catalog.generated.sources?.[`${name}@${tool.defaultVersion}`],
      `${name}@${tool.defaultVersion} records where its checksums came from`
    )
  }
  assert.equal(catalog.tools['notation-azure-kv']?.notationPlugin?.name, 'azure-kv')
  assert.equal(builtinCatalog(), catalog, 'parsed once')
})

test('parseCatalog: JSON text and parsed values give the same catalog', () => {
  const sample = sampleCatalog()
  assert.deepEqual(parseCatalog({ json: JSON.stringify(sample), source: 'x' }), sample)
  assert.deepEqual(parseCatalog({ json: sample, source: 'x' }), sample)
})

test('parseCatalog: malformed JSON and wrong top-level fields are refused', () => {
  assert.throws(
    () => parseCatalog({ json: '{"version": 1,', source: 'broken.json' }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'INVALID_CATALOG' &&
      error.message.startsWith('Invalid tool catalog broken.json: not JSON')
  )
  assertRefused([], '$', /must be an object, not an array/)
  assertRefused(mutated(['version', 2]), '$.version', /must be 1/)
  assertRefused(mutated(['extra', true]), '$.extra', /is not a known field/)
  assertRefused(mutated(['generated|at', 'yesterday']), '$.generated.at', /ISO 8601/)
  assertRefused(mutated(['generated|by']), '$.generated.by', /must be a string, not missing/)
  assertRefused(
    mutated(['generated|sources', { 'x@1': 3 }]),
    '$.generated.sources["x@1"]',
    /string/
  )
  assertRefused(mutated(['tools', {}]), '$.tools', /at least one tool/)
  assertRefused(
    mutated(['tools|Bad_Name', sampleCatalog().tools.blob]),
    '$.tools.Bad_Name',
    /tool name/
  )
})

test('parseCatalog: each bad tool field is refused naming its JSON path', () => {
  const blob = 'tools|blob|'
  const arc = 'tools|arc|'
  const bundle = `${blob}checksumsBundle|`
  const pinned = `${blob}versions|1.0.0|`
  const cases: [Edit[], string, RegExp][] = [
    [[[`${blob}repository`, 'blob']], '$.tools.blob.repository', /owner\/name/],
    [[[`${blob}repository`, 42]], '$.tools.blob.repository', /not number 42/],
    [[[`${blob}tag`, 'v{semver}']], '$.tools.blob.tag', /\{semver\}.*\{version\}/],
    [[[`${blob}tag`, 'v{version']], '$.tools.blob.tag', /unmatched/],
    [[[`${blob}tag`, 'refs/{version}']], '$.tools.blob.tag', /file name/],
    [[[`${blob}defaultVersion`, 'v1.0.0']], '$.tools.blob.defaultVersion', /leading v/],
    [[[`${blob}defaultVersion`, '9.9.9']], '$.tools.blob.defaultVersion', /not in/],
    [[[`${blob}assets`, {}]], '$.tools.blob.assets', /at least one asset/],
    [[[`${blob}assets|rpm`, 'x']], '$.tools.blob.assets.rpm', /not a known field/],
    [[[`${blob}assets|binary`, 'blob-{os}-{tag}']], '$.tools.blob.assets.binary', /\{tag\}/],
    [[[`${blob}formats|windows`, 'zip']], '$.tools.blob.formats.windows', /no such template/],
    [[[`${blob}formats|windows`, 'msi']], '$.tools.blob.formats.windows', /one of binary/],
    [[[`${blob}formats|darwin`]], '$.tools.blob.formats.darwin', /not missing/],
    [[[`${arc}platforms`, ['linux-x64']]], '$.tools.arc.platforms[0]', /linux-amd64/],
    [[[`${arc}platforms`, []]], '$.tools.arc.platforms', /non-empty array/],
    [[[`${arc}platforms`, ['linux-amd64', 'linux-amd64']]], '$.tools.arc.platforms', /twice/],
    [[[`${arc}osNames|plan9`, 'p9']], '$.tools.arc.osNames.plan9', /not a known field/],
    [[[`${arc}archNames|arm64`, 'arm 64']], '$.tools.arc.archNames.arm64', /letters/],
    [[[`${arc}executable`, '../arc']], '$.tools.arc.executable', /relative path/],
    [[[`${arc}executable`, '/usr/bin/arc']], '$.tools.arc.executable', /relative path/],
    [[[`${blob}checksums`, '{os}.txt']], '$.tools.blob.checksums', /\{os\}/],
    [[[`${arc}notationPlugin`, { name: 'Arc!' }]], '$.tools.arc.notationPlugin.name', /lowercase/],
    [
      [[`${bundle}certificateOidcIssuer`, 'http://issuer']],
      '$.tools.blob.checksumsBundle.certificateOidcIssuer',
      /https URL/
    ],
    [
      [[`${bundle}certificateIdentityRegexp`, '^x$']],
      '$.tools.blob.checksumsBundle',
      /exactly one of certificateIdentity and certificateIdentityRegexp/
    ],
    [[[`${bundle}certificateIdentity`]], '$.tools.blob.checksumsBundle', /exactly one/],
    [
      [
        [`${bundle}certificateIdentity`],
        [`${bundle}certificateIdentityRegexp`, 'https://github.com/.*']
      ],
      '$.tools.blob.checksumsBundle.certificateIdentityRegexp',
      /anchored/
    ],
    [
      [[`${bundle}certificateIdentity`], [`${bundle}certificateIdentityRegexp`, '^(unclosed$']],
      '$.tools.blob.checksumsBundle.certificateIdentityRegexp',
      /not a valid regular expression/
    ],
    [
      [[`${pinned}linux-amd64`, 'A'.repeat(64)]],
      '$.tools.blob.versions["1.0.0"]["linux-amd64"]',
      /64 lowercase hex/
    ],
    [
      [[`${pinned}linux-amd64`, 'a'.repeat(63)]],
      '$.tools.blob.versions["1.0.0"]["linux-amd64"]',
      /64 lowercase hex/
    ],
    [
      [[`${pinned}linux-x64`, 'a'.repeat(64)]],
      '$.tools.blob.versions["1.0.0"]["linux-x64"]',
      /not a known field/
    ],
    [[[`${blob}versions|v1.1.0`, {}]], '$.tools.blob.versions["v1.1.0"]', /without a leading v/],
    [
      [[`${arc}versions|2.0.0|darwin-amd64`, 'b'.repeat(64)]],
      '$.tools.arc.versions["2.0.0"]["darwin-amd64"]',
      /missing from \$\.tools\.arc\.platforms/
    ],
    [[[`${blob}unknown`, 1]], '$.tools.blob.unknown', /not a known field/]
  ]
  for (const [edits, path, reason] of cases) assertRefused(mutated(...edits), path, reason)
})
