// The Go build-information reader and syft's mapping rules on hand-made input: module text and Go
// string literals, main-module version rules, replacements, both header forms, and files that lie.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { referenceTool } from '@sign/testenv'
import {
  catalogGoBinary,
  goBuildPackages,
  readGoBuildInfo,
  type GoBuildInfo
} from '../src/catalog/go/index.ts'
import { unquoteGo } from '../src/catalog/go/go-quote.ts'
import { develMainVersion, versionFromLdflags } from '../src/catalog/go/main-version.ts'
import { parseModuleInfo } from '../src/catalog/go/modinfo.ts'
import { GoBinaryProblem } from '../src/catalog/go/problem.ts'
import { framed, inlineBlob, legacyBlob, syntheticElf } from './fixtures/go-synthetic.ts'

const MODINFO = [
  'path\texample.com/hello/cmd/hello',
  'mod\texample.com/hello\t(devel)\t',
  'dep\tgithub.com/spf13/cobra\tv1.8.0\th1:7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=',
  'dep\texample.com/forked\tv1.0.0',
  '=>\tgithub.com/someone/forked\tv1.0.1\th1:Zog+i5UMtVoCU8oKka5P7i9q9HgrJeGzI9SA1Xbatp0=',
  '',
  'dep\texample.com/local\tv0.1.0',
  '=>\t./local\t(devel)\t',
  '',
  'something new\tthat a later Go may write',
  'build\t-buildmode=exe',
  'build\t-ldflags="-s -w -X \\"main.version=v2.3.4\\""',
  'build\tGOARCH=arm64',
  'build\tvcs.revision=0123456789abcdef0123456789abcdef01234567',
  'build\tvcs.time=2026-12-07T17:45:25Z',
  ''
].join('\n')

describe('module text', () => {
  test('path, mod, dep, => (with its blank line) and build lines; unknown lines skipped', () => {
    const info = parseModuleInfo(MODINFO)
    assert.equal(info.path, 'example.com/hello/cmd/hello')
    assert.deepEqual(info.main, { path: 'example.com/hello', version: '(devel)', sum: '' })
    assert.equal(info.deps.length, 3)
    assert.deepEqual(info.deps[1]?.replace, {
      path: 'github.com/someone/forked',
      version: 'v1.0.1',
      sum: 'h1:Zog+i5UMtVoCU8oKka5P7i9q9HgrJeGzI9SA1Xbatp0='
    })
    assert.deepEqual(info.deps[2]?.replace, { path: './local', version: '(devel)', sum: '' })
    // The quoted -ldflags value is unquoted with Go's rules (escaped quotes inside).
    assert.deepEqual(info.settings[1], { key: '-ldflags', value: '-s -w -X "main.version=v2.3.4"' })
    assert.equal(info.settings.length, 5)
  })

  test('malformed lines are refused with their line number, as Go refuses them', () => {
    const cases: [string, RegExp][] = [
      ['dep\ta\tb\tc\td\n', /line 1: expected 2 or 3 columns, got 4/],
      ['path\tx\n=>\t./y\t(devel)\t\n', /line 2: replacement with no module/],
      ['build\t-ldflags=-s -w\n', /must be quoted/],
      ['build\t=x\n', /missing key/],
      ['build\t-ldflags="unterminated\n', /invalid quoted value/],
      ['build\tnoequals\n', /missing '='/]
    ]
    for (const [text, message] of cases) {
      assert.throws(
        () => parseModuleInfo(text),
        (error: unknown) =>
          error instanceof GoBinaryProblem &&
          error.reason === 'bad-modinfo' &&
          message.test(error.message)
      )
    }
  })

  test('Go string literals: escapes produce bytes; raw strings drop carriage returns; invalid ones are refused', () => {
    assert.equal(unquoteGo('"a\\tb\\n\\x41\\101\\u00e9\\U0001F600\\\\\\""'), 'a\tb\nAAé😀\\"')
    assert.equal(unquoteGo('`raw \\n\r`'), 'raw \\n')
    for (const bad of [
      '"\\q"',
      '"abc',
      '"a"b"',
      '"\\x4"',
      '"\\400"',
      '`a`b`',
      '"\\ud800"',
      "'a'"
    ]) {
      assert.equal(unquoteGo(bad), undefined, bad)
    }
  })
})

describe('main module version', () => {
  test('-X versions syft recognises: main.* or a package of the main module, Version/Ver/Tag', () => {
    const cases: [string, string | undefined][] = [
      ['-X main.version=v1.2.3', 'v1.2.3'],
      ['-s -w -X main.Version=1.4.0', 'v1.4.0'],
      // syft's version pattern ends at a dot after the patch number's suffix: `-rc.1` → `-rc`.
      ['-X example.com/app/internal/build.GitVersion=2.0.0-rc.1', 'v2.0.0-rc'],
      ['-X main.gitTag=v3.1.0', 'v3.1.0'],
      ['-X main.version=release/v1.2.3', 'v1.2.3'],
      ['-X other.com/lib.Version=v9.9.9', undefined],
      ['-X main.commit=abcdef', undefined],
      ['', undefined]
    ]
    for (const [ldflags, expected] of cases) {
      assert.equal(
        versionFromLdflags({ ldflags, mainModule: 'example.com/app' }),
        expected,
        ldflags
      )
    }
  })

  test('(devel) without an -X version: a pseudo-version from vcs.revision and vcs.time, else empty', () => {
    const vcs = [
      { key: 'vcs.revision', value: '0123456789abcdef0123456789abcdef01234567' },
      { key: 'vcs.time', value: '2026-12-07T19:45:25+02:00' }
    ]
    assert.equal(
      develMainVersion({ settings: vcs, mainModule: 'm' }),
      'v0.0.0-20261207174525-0123456789ab'
    )
    assert.equal(
      develMainVersion({
        settings: [vcs[0]!, { key: 'vcs.time', value: 'yesterday' }],
        mainModule: 'm'
      }),
      'v0.0.0-00010101000000-0123456789ab'
    )
    assert.equal(develMainVersion({ settings: [vcs[0]!], mainModule: 'm' }), '')
  })
})

describe('mapping to packages', () => {
  const build = (text: string, goVersion = 'go1.22.3'): GoBuildInfo => ({
    ...parseModuleInfo(text),
    goVersion,
    format: 'elf',
    architecture: 'arm64',
    legacyHeader: false
  })

  test('replacements, the -X main version, h1 checksums, CPEs and stdlib', () => {
    const { packages } = goBuildPackages({
      builds: [build(MODINFO)],
      location: { path: '/bin/hello' }
    })
    const summary = packages.map(pkg => [pkg.name, pkg.version, pkg.purl])
    assert.deepEqual(summary, [
      ['example.com/hello', 'v2.3.4', 'pkg:golang/example.com/hello@v2.3.4'],
      ['github.com/spf13/cobra', 'v1.8.0', 'pkg:golang/github.com/spf13/cobra@v1.8.0'],
      // A module replacement: the name becomes the replacement's path, version and sum are its.
      ['github.com/someone/forked', 'v1.0.1', 'pkg:golang/github.com/someone/forked@v1.0.1'],
      // A directory replacement: the name stays, the version is unknown.
      ['example.com/local', undefined, 'pkg:golang/example.com/local'],
      ['stdlib', 'go1.22.3', 'pkg:golang/stdlib@1.22.3']
    ])
    const cobra = packages[1]
    assert.deepEqual(cobra?.checksums, [
      {
        algorithm: 'SHA256',
        value: Buffer.from('7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0=', 'base64').toString('hex')
      }
    ])
    assert.deepEqual(cobra?.cpes, ['cpe:2.3:a:spf13:cobra:v1.8.0:*:*:*:*:*:*:*'])
    assert.equal(
      packages[2]?.metadata?.['h1Digest'],
      'h1:Zog+i5UMtVoCU8oKka5P7i9q9HgrJeGzI9SA1Xbatp0='
    )
    assert.deepEqual(packages[4]?.cpes, ['cpe:2.3:a:golang:go:1.22.3:-:*:*:*:*:*:*'])
    assert.ok(Array.isArray(packages[0]?.metadata?.['goBuildSettings']))
    assert.equal(packages[1]?.metadata?.['goBuildSettings'], undefined)
  })

  test('a dependency equal to the main module is skipped; go build file.go takes the one (devel) dep as main', () => {
    const same = goBuildPackages({
      builds: [build('mod\tm\tv1.0.0\t\ndep\tm\tv1.0.0\t\ndep\tx.org/y\tv0.1.0\t\n')],
      location: { path: 'f' }
    })
    assert.deepEqual(
      same.packages.map(pkg => pkg.name),
      ['m', 'x.org/y', 'stdlib']
    )
    const partial = goBuildPackages({
      builds: [
        build(
          'path\tcommand-line-arguments\nmod\tcommand-line-arguments\t(devel)\t\ndep\tgithub.com/a/b\t(devel)\t\ndep\tx.org/y\tv0.1.0\t\n',
          'go1.21rc2'
        )
      ],
      location: { path: 'f' }
    })
    assert.deepEqual(
      partial.packages.map(pkg => pkg.name),
      ['github.com/a/b', 'x.org/y', 'stdlib']
    )
    assert.deepEqual(partial.packages[2]?.cpes, ['cpe:2.3:a:golang:go:1.21:rc2:*:*:*:*:*:*'])
  })
})

describe('reading executables', () => {
  let dir: string
  const write = async (name: string, bytes: Buffer | string): Promise<string> => {
    const path = join(dir, name)
    await writeFile(path, bytes)
    return path
  }
  const problem = async (path: string): Promise<{ reason: string; detail: string }> => {
    const result = await readGoBuildInfo({ path })
    assert.equal(result.found, false, 'no build information is reported')
    if (result.found) throw new Error('unreachable')
    assert.equal(await catalogGoBinary({ path }), undefined)
    return { reason: result.reason, detail: result.detail }
  }
  const modinfo = framed('path\tp\nmod\tp\tv1.0.0\t\ndep\tx.org/y\tv0.1.0\t\n')

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sbom-go-hostile-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('the Go ≥ 1.18 inline form, at a 16-byte-aligned offset of the data segment', async () => {
    const path = await write(
      'inline',
      syntheticElf(inlineBlob({ version: 'go1.22.3', modinfo, at: 32 }))
    )
    const result = await readGoBuildInfo({ path })
    assert.ok(result.found)
    assert.equal(result.builds[0]?.goVersion, 'go1.22.3')
    assert.equal(result.builds[0]?.legacyHeader, false)
    assert.equal(result.builds[0]?.main?.version, 'v1.0.0')
    assert.equal(
      result.builds[0]?.architecture,
      'x86_64',
      'no GOARCH setting: the ELF machine, as syft names it'
    )
  })

  test('the Go 1.13–1.17 pointer form: string headers dereferenced through the segment map', async () => {
    const path = await write('legacy', syntheticElf(legacyBlob({ version: 'go1.16.15', modinfo })))
    const result = await readGoBuildInfo({ path })
    assert.ok(result.found)
    assert.equal(result.builds[0]?.goVersion, 'go1.16.15')
    assert.equal(result.builds[0]?.legacyHeader, true)
    assert.deepEqual(
      result.builds[0]?.deps.map(dep => dep.path),
      ['x.org/y']
    )
  })

  test('module text without its sentinels counts as none (a binary built without modules)', async () => {
    const path = await write(
      'bare',
      syntheticElf(inlineBlob({ version: 'go1.22.3', modinfo: Buffer.from('path\tp\n') }))
    )
    const result = await readGoBuildInfo({ path })
    assert.ok(result.found)
    assert.equal(result.builds[0]?.main, undefined)
    assert.equal(result.builds[0]?.path, '')
  })

  test('the magic at an unaligned offset is not build information (Go requires 16-byte alignment)', async () => {
    const path = await write(
      'unaligned',
      syntheticElf(inlineBlob({ version: 'go1.22.3', modinfo, at: 8 }))
    )
    const { reason, detail } = await problem(path)
    assert.equal(reason, 'no-build-info')
    assert.match(detail, /16-byte-aligned/)
  })

  test('a 0-byte file and a text file are not executables', async () => {
    assert.equal((await problem(await write('empty', ''))).reason, 'not-executable')
    const text = await problem(
      await write('text', '#!/bin/sh\necho this is not a Go binary at all\n')
    )
    assert.equal(text.reason, 'not-executable')
    assert.match(text.detail, /not an ELF, Mach-O or PE file/)
  })

  test('a truncated release binary: the segment with the build information lies past the end', async () => {
    const tool = referenceTool({ name: 'oras' })
    const handle = await open(tool.path, 'r')
    const head = Buffer.alloc(1024 * 1024)
    try {
      await handle.read(head, 0, head.length, 0)
    } finally {
      await handle.close()
    }
    const { reason, detail } = await problem(await write('truncated', head))
    assert.equal(reason, 'truncated')
    assert.match(detail, /ends past the end of the file/)
  })

  test('headers that lie about counts, offsets and sizes are refused for what they claim', async () => {
    const good = syntheticElf(inlineBlob({ version: 'go1.22.3', modinfo }))
    const lying = (edit: (bytes: Buffer) => void): Buffer => {
      const copy = Buffer.from(good)
      edit(copy)
      return copy
    }
    const cases: [string, Buffer, string, RegExp][] = [
      [
        'phoff past the end',
        lying(b => b.writeBigUInt64LE(0xffffffffffffn, 32)),
        'truncated',
        /program header table/
      ],
      [
        'phoff beyond 2^53',
        lying(b => b.writeBigUInt64LE(1n << 60n, 32)),
        'malformed',
        /out of range/
      ],
      [
        '60000 program headers',
        lying(b => b.writeUInt16LE(60000, 56)),
        'truncated',
        /program header table/
      ],
      [
        'program header entries too small',
        lying(b => b.writeUInt16LE(8, 54)),
        'malformed',
        /too small/
      ],
      [
        'segment size far past the end',
        lying(b => b.writeBigUInt64LE(1n << 40n, 64 + 32)),
        'truncated',
        /search window/
      ],
      [
        'segment offset past the end',
        lying(b => b.writeBigUInt64LE(1n << 40n, 64 + 8)),
        'truncated',
        /search window/
      ],
      [
        'version length past the data',
        lying(b => b.writeUInt8(0x7f, 0x1000 + 32)),
        'no-build-info',
        /version string is empty or does not fit/
      ],
      [
        'pointer size 3 in the pointer form',
        lying(b => {
          b[0x1000 + 14] = 3
          b[0x1000 + 15] = 0
        }),
        'malformed',
        /pointer size 3/
      ],
      [
        'section headers too small',
        lying(b => {
          b.writeBigUInt64LE(64n, 40)
          b.writeUInt16LE(4, 58)
          b.writeUInt16LE(1, 60)
        }),
        'malformed',
        /section header size/
      ],
      [
        'name table index past the sections',
        lying(b => {
          b.writeBigUInt64LE(64n, 40)
          b.writeUInt16LE(64, 58)
          b.writeUInt16LE(1, 60)
          b.writeUInt16LE(9, 62)
        }),
        'malformed',
        /name table index/
      ]
    ]
    for (const [name, bytes, reason, message] of cases) {
      const found = await problem(await write(name.replaceAll(' ', '-'), bytes))
      assert.equal(found.reason, reason, name)
      assert.match(found.detail, message, name)
    }
  })

  test('a legacy string header claiming 1 TiB is refused before any read', async () => {
    const blob = legacyBlob({ version: 'go1.16.15', modinfo })
    blob.writeBigUInt64LE(1n << 40n, 32 + 8)
    const found = await problem(await write('legacy-lying', syntheticElf(blob)))
    assert.equal(found.reason, 'malformed')
    assert.match(found.detail, /claims 1099511627776 bytes/)
  })

  test('bad module text inside a valid blob is reported as bad-modinfo', async () => {
    const path = await write(
      'bad-modinfo',
      syntheticElf(inlineBlob({ version: 'go1.22.3', modinfo: framed('path\tp\ndep\ta\n') }))
    )
    const found = await problem(path)
    assert.equal(found.reason, 'bad-modinfo')
    assert.match(found.detail, /line 2: expected 2 or 3 columns, got 1/)
  })

  test('Mach-O, universal Mach-O and PE headers that lie', async () => {
    const thin = Buffer.alloc(64)
    thin.writeUInt32LE(0xfeedfacf, 0)
    thin.writeUInt32LE(0x0100000c, 4)
    thin.writeUInt32LE(1, 16)
    thin.writeUInt32LE(0x7fffffff, 20)
    const machO = await problem(await write('macho', thin))
    assert.equal(machO.reason, 'malformed')
    assert.match(machO.detail, /load commands take 2147483647 bytes/)

    // A Java class file shares cafebabe; its version reads as 52 slices.
    const java = Buffer.from('cafebabe0000003400', 'hex')
    const javaClass = await problem(
      await write('Main.class', Buffer.concat([java, Buffer.alloc(32)]))
    )
    assert.equal(javaClass.reason, 'not-executable')
    assert.match(javaClass.detail, /announces 52 slices/)

    const fat = Buffer.alloc(64)
    fat.writeUInt32BE(0xcafebabe, 0)
    fat.writeUInt32BE(1, 4)
    fat.writeUInt32BE(0x4000, 16)
    fat.writeUInt32BE(0x100000, 20)
    const universal = await problem(await write('fat', fat))
    assert.equal(universal.reason, 'truncated')
    assert.match(universal.detail, /universal Mach-O slice 0/)

    const pe = Buffer.alloc(256)
    pe.write('MZ', 0, 'latin1')
    pe.writeUInt32LE(64, 0x3c)
    pe.writeUInt32LE(0x00004550, 64)
    pe.writeUInt16LE(5000, 64 + 6)
    const portable = await problem(await write('pe', pe))
    assert.equal(portable.reason, 'malformed')
    assert.match(portable.detail, /PE section count 5000/)
  })
})
