// Our Go binary cataloger against the pinned syft on the same files: Go programs built here with
// this machine's Go (two local modules through replace directives, -ldflags -X, VCS stamping on and
// off, linux/darwin/windows × amd64/arm64, a universal Mach-O glued here), and the real release
// binaries of the reference tools. The package sets (name, version, purl) must be equal, apart from
// the one listed difference.
import { execFile } from 'node:child_process'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { catalogGoBinary, readGoBuildInfo } from '../src/catalog/go/index.ts'
import type { SbomPackage } from '../src/model/types.ts'
import { referenceTool } from '@sign/testenv'
import {
  DEP_A,
  DEP_B,
  MAIN_MODULE,
  createGoProject,
  writeUniversalMachO,
  type GoProject
} from './fixtures/go-projects.ts'
import { rows, syftPackages, type SyftPackage } from './fixtures/go-syft.ts'

/**
 * The one difference: for a module whose version is unknown (a local replacement's `(devel)`, a
 * main module built without VCS information or -X version), syft 1.57 writes the placeholder
 * `UNKNOWN` as the version; our model leaves the version absent (SPDX writers emit NOASSERTION).
 * The purls agree (no `@`). Every other field compared is equal.
 */
function syftRows(packages: SyftPackage[]): string[] {
  return rows(
    packages.map(pkg => ({ ...pkg, version: pkg.version === 'UNKNOWN' ? '' : pkg.version }))
  )
}

async function ours(path: string): Promise<SbomPackage[]> {
  const result = await catalogGoBinary({ path })
  assert.ok(result, `${path} is a Go binary`)
  return result.packages
}

function byName(packages: SbomPackage[], name: string): SbomPackage {
  const found = packages.find(pkg => pkg.name === name)
  assert.ok(found, `package ${name}`)
  return found
}

const TARGETS = ['linux', 'darwin', 'windows'].flatMap(goos =>
  ['amd64', 'arm64'].map(goarch => ({ goos, goarch }))
)

describe('Go binaries built here, against syft', () => {
  let project: GoProject
  const built = new Map<string, string>()
  let revision = ''

  before(async () => {
    project = await createGoProject()
    for (const target of TARGETS) {
      const name = `app-${target.goos}-${target.goarch}`
      built.set(name, await project.build({ name, ...target, ldflags: '-X main.version=v1.2.3' }))
    }
    const linux = { goos: 'linux', goarch: 'amd64' }
    built.set(
      'novcs-ldflags',
      await project.build({
        name: 'novcs-ldflags',
        ...linux,
        ldflags: '-s -w -X main.version=v1.2.3',
        buildvcs: false
      })
    )
    built.set('novcs', await project.build({ name: 'novcs', ...linux, buildvcs: false }))
    const info = await readGoBuildInfo({ path: built.get('app-linux-amd64') ?? '' })
    revision = info.found
      ? (info.builds[0]?.settings.find(setting => setting.key === 'vcs.revision')?.value ?? '')
      : ''
    await writeFile(join(project.app, 'main.go'), '\n// modified\n', { flag: 'a' })
    built.set('dirty', await project.build({ name: 'dirty', ...linux }))
    const universal = join(project.dir, 'bin', 'app-darwin-universal')
    await writeUniversalMachO({
      slices: [built.get('app-darwin-amd64') ?? '', built.get('app-darwin-arm64') ?? ''],
      output: universal
    })
    built.set('universal', universal)
  })

  after(async () => {
    await project.cleanup()
  })

  for (const target of TARGETS) {
    test(`${target.goos}/${target.goarch}: the same packages as syft; VCS-stamped main version`, async () => {
      const path = built.get(`app-${target.goos}-${target.goarch}`) ?? ''
      const packages = await ours(path)
      const theirs = await syftPackages(path)
      assert.deepEqual(rows(packages), syftRows(theirs))
      // CPEs too: none for example.com/… (no vendor element), the generated one for stdlib.
      assert.deepEqual(
        packages.map(pkg => `${pkg.name} ${[...pkg.cpes].sort().join(' ')}`).sort(),
        theirs.map(pkg => `${pkg.name} ${[...pkg.cpes].sort().join(' ')}`).sort()
      )
      const info = await readGoBuildInfo({ path })
      assert.ok(info.found)
      assert.equal(
        info.builds[0]?.format,
        target.goos === 'linux' ? 'elf' : target.goos === 'darwin' ? 'macho' : 'pe'
      )
      assert.equal(info.builds[0]?.architecture, target.goarch)
      // Go ≥ 1.24 stamps an untagged checkout with a pseudo-version from the commit.
      const main = byName(packages, MAIN_MODULE)
      assert.match(main.version ?? '', /^v0\.0\.0-20261207174525-[0-9a-f]{12}$/)
      assert.equal(main.purl, `pkg:golang/${MAIN_MODULE}@${main.version}`)
      // Local replacements: the name stays the required path, the version `(devel)` becomes unknown.
      for (const dep of [DEP_A, DEP_B]) {
        const pkg = byName(packages, dep)
        assert.equal(pkg.version, undefined)
        assert.equal(pkg.purl, `pkg:golang/${dep}`)
      }
      // A generated CPE with an unknown version carries the wildcard, as syft's does.
      assert.deepEqual(byName(packages, DEP_B).cpes, ['cpe:2.3:a:tools:depb:*:*:*:*:*:*:*:*'])
      const stdlib = byName(packages, 'stdlib')
      assert.match(stdlib.version ?? '', /^go1\.\d+/)
      assert.equal(stdlib.purl, `pkg:golang/stdlib@${(stdlib.version ?? '').slice(2)}`)
      assert.deepEqual(stdlib.licenses, ['BSD-3-Clause'])
    })
  }

  test('-buildvcs=false with -X main.version: (devel) becomes the -ldflags version, as syft does', async () => {
    const path = built.get('novcs-ldflags') ?? ''
    const packages = await ours(path)
    assert.deepEqual(rows(packages), syftRows(await syftPackages(path)))
    assert.equal(byName(packages, MAIN_MODULE).version, 'v1.2.3')
    assert.equal(byName(packages, MAIN_MODULE).purl, `pkg:golang/${MAIN_MODULE}@v1.2.3`)
  })

  test('-buildvcs=false without a version: the main module version is unknown, as syft has it', async () => {
    const path = built.get('novcs') ?? ''
    const packages = await ours(path)
    assert.deepEqual(rows(packages), syftRows(await syftPackages(path)))
    assert.equal(byName(packages, MAIN_MODULE).version, undefined)
    assert.equal(byName(packages, MAIN_MODULE).purl, `pkg:golang/${MAIN_MODULE}`)
  })

  test('a modified checkout: +dirty, percent-encoded in the purl as syft writes it', async () => {
    const path = built.get('dirty') ?? ''
    const packages = await ours(path)
    assert.deepEqual(rows(packages), syftRows(await syftPackages(path)))
    const main = byName(packages, MAIN_MODULE)
    assert.equal(main.version, `v0.0.0-20261207174525-${revision.slice(0, 12)}+dirty`)
    assert.equal(main.purl, `pkg:golang/${MAIN_MODULE}@${(main.version ?? '').replace('+', '%2B')}`)
    const settings = main.metadata?.['goBuildSettings'] as { key: string; value: string }[]
    assert.deepEqual(
      settings.find(setting => setting.key === 'vcs.modified'),
      { key: 'vcs.modified', value: 'true' }
    )
  })

  test('relationships: every dependency and stdlib DEPENDENCY_OF the main module', async () => {
    const result = await catalogGoBinary({ path: built.get('app-linux-amd64') ?? '' })
    assert.ok(result)
    const main = byName(result.packages, MAIN_MODULE)
    const expected = result.packages
      .filter(pkg => pkg !== main)
      .map(pkg => `${pkg.id} DEPENDENCY_OF ${main.id}`)
      .sort()
    assert.deepEqual(result.relationships.map(r => `${r.from} ${r.type} ${r.to}`).sort(), expected)
    assert.equal(expected.length, 3)
    assert.equal(main.foundBy, 'go-module-binary-cataloger')
    assert.equal(main.metadata?.['mainModule'], MAIN_MODULE)
    assert.equal(main.metadata?.['architecture'], 'amd64')
    assert.match(String(main.metadata?.['goCompiledVersion']), /^go1\./)
  })

  test('a universal Mach-O: every slice is read; syft reads it too and reports the same rows', async () => {
    const path = built.get('universal') ?? ''
    const info = await readGoBuildInfo({ path })
    assert.ok(info.found)
    assert.deepEqual(
      info.builds.map(build => build.architecture),
      ['amd64', 'arm64']
    )
    const packages = await ours(path)
    // Per slice a main module and two dependencies (their metadata differs by architecture), and
    // one stdlib for the file: syft does exactly this.
    assert.equal(packages.length, 7)
    assert.deepEqual(rows(packages), syftRows(await syftPackages(path)))
  })
})

describe('release binaries of the reference tools, against syft', () => {
  for (const name of ['cosign', 'oras', 'gh']) {
    test(`${name}: the same packages, h1 digests, checksums and generated CPEs as syft`, async () => {
      const tool = referenceTool({ name })
      const packages = await ours(tool.path)
      const theirs = await syftPackages(tool.path)
      assert.deepEqual(rows(packages), syftRows(theirs))
      assert.ok(packages.length > 20)
      const dictionary: string[] = []
      for (const pkg of theirs) {
        const mine = packages.find(p => p.name === pkg.name && (p.version ?? '') === pkg.version)
        assert.ok(mine, pkg.name)
        const h1 = pkg.metadata['h1Digest'] as string | undefined
        assert.equal(mine.metadata?.['h1Digest'], h1, pkg.name)
        assert.deepEqual(
          mine.checksums,
          h1 === undefined
            ? []
            : [{ algorithm: 'SHA256', value: Buffer.from(h1.slice(3), 'base64').toString('hex') }]
        )
        if (pkg.name !== 'stdlib') {
          assert.equal(mine.metadata?.['architecture'], pkg.metadata['architecture'])
        }
        // Difference: syft first looks a module up in its NVD CPE dictionary and, when found,
        // gives the dictionary's CPE instead of generated ones; we carry no dictionary and
        // always generate. Where syft generated, the sets are equal (order aside).
        if (pkg.cpeSources.includes('nvd-cpe-dictionary')) {
          dictionary.push(pkg.name)
        } else {
          assert.deepEqual([...mine.cpes].sort(), [...pkg.cpes].sort(), pkg.name)
        }
      }
      assert.ok(
        dictionary.length < 12,
        `dictionary CPEs only for a few modules: ${dictionary.join(', ')}`
      )
    })
  }
})

describe('the Go toolchain of this machine, against syft', () => {
  test('gofmt and go: no `mod` line, so the main module comes from the package path', async () => {
    const { stdout } = await promisify(execFile)('go', ['env', 'GOROOT'])
    for (const name of ['gofmt', 'go']) {
      const path = join(stdout.trim(), 'bin', name)
      const packages = await ours(path)
      const theirs = await syftPackages(path)
      // Difference: for the `go` command syft's binary classifier (another cataloger, which
      // recognises well-known programs by byte patterns) adds `go <version> pkg:generic/go@…`;
      // the Go module rows are equal.
      const classified = theirs.filter(pkg => pkg.foundBy !== 'go-module-binary-cataloger')
      assert.deepEqual(
        classified.map(pkg => `${pkg.name} ${pkg.type} ${pkg.foundBy}`),
        name === 'go' ? ['go binary binary-classifier-cataloger'] : []
      )
      assert.deepEqual(
        rows(packages),
        syftRows(theirs.filter(pkg => pkg.foundBy === 'go-module-binary-cataloger'))
      )
      const main = byName(packages, `cmd/${name}`)
      assert.equal(main.version, undefined)
      assert.equal(main.purl, `pkg:golang/cmd/${name}`)
    }
  })
})
