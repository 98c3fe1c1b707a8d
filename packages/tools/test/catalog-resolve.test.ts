import { test } from 'node:test'
import assert from 'node:assert/strict'
import { builtinCatalog, PLATFORM_KEYS, resolveAsset, ToolsError } from '../src/index.ts'
import type { ResolvedAsset, ToolArch, ToolOs } from '../src/index.ts'
import { sampleCatalog } from './catalog-fixture.ts'

const GH = 'https://github.com'
const ALL = PLATFORM_KEYS.map(key => {
  const [os, arch] = key.split('-') as [ToolOs, ToolArch]
  return { os, arch }
})

/** The asset name each real tool publishes for a platform (undefined: none published). */
const EXPECTED_ASSETS: Record<
  string,
  (os: ToolOs, arch: ToolArch, v: string) => string | undefined
> = {
  cosign: (os, arch) =>
    os === 'windows'
      ? arch === 'amd64'
        ? 'cosign-windows-amd64.exe'
        : undefined
      : `cosign-${os}-${arch}`,
  notation: (os, arch, v) =>
    os === 'windows'
      ? arch === 'amd64'
        ? `notation_${v}_windows_amd64.zip`
        : undefined
      : `notation_${v}_${os}_${arch}.tar.gz`,
  'notation-azure-kv': (os, arch, v) =>
    os === 'windows'
      ? arch === 'amd64'
        ? `notation-azure-kv_${v}_windows_amd64.zip`
        : undefined
      : `notation-azure-kv_${v}_${os}_${arch}.tar.gz`,
  oras: (os, arch, v) =>
    os === 'windows'
      ? arch === 'amd64'
        ? `oras_${v}_windows_amd64.zip`
        : undefined
      : `oras_${v}_${os}_${arch}.tar.gz`,
  syft: (os, arch, v) =>
    os === 'windows'
      ? arch === 'amd64'
        ? `syft_${v}_windows_amd64.zip`
        : undefined
      : `syft_${v}_${os}_${arch}.tar.gz`
}

const REPOSITORIES: Record<string, string> = {
  cosign: 'sigstore/cosign',
  notation: 'notaryproject/notation',
  'notation-azure-kv': 'Azure/notation-azure-kv',
  oras: 'oras-project/oras',
  syft: 'anchore/syft'
}

test('resolveAsset: every built-in tool × platform gives the published asset name and URL', () => {
  const catalog = builtinCatalog()
  for (const [tool, expectedAsset] of Object.entries(EXPECTED_ASSETS)) {
    const version = catalog.tools[tool]!.defaultVersion
    for (const platform of ALL) {
      const asset = expectedAsset(platform.os, platform.arch, version)
      if (asset === undefined) {
        assert.throws(
          () => resolveAsset({ catalog, tool, platform }),
          (error: unknown) =>
            error instanceof ToolsError &&
            error.code === 'UNSUPPORTED_PLATFORM' &&
            error.message.startsWith(`${tool} publishes no release asset for windows-arm64`)
        )
        continue
      }
      const resolved = resolveAsset({ catalog, tool, platform })
      const base = `${GH}/${REPOSITORIES[tool]}/releases/download/v${version}`
      assert.equal(resolved.asset, asset)
      assert.equal(resolved.url, `${base}/${asset}`)
      assert.equal(resolved.tag, `v${version}`)
      assert.equal(resolved.version, version)
      assert.equal(resolved.platform, `${platform.os}-${platform.arch}`)
      const exe = platform.os === 'windows' ? '.exe' : ''
      assert.equal(resolved.executable, `${tool}${exe}`)
      assert.equal(
        resolved.format,
        tool === 'cosign' ? 'binary' : platform.os === 'windows' ? 'zip' : 'tar.gz'
      )
      assert.equal(
        resolved.checksumsUrl,
        `${base}/${tool === 'cosign' ? 'cosign_checksums.txt' : `${tool}_${version}_checksums.txt`}`
      )
      assert.equal(resolved.sha256, catalog.tools[tool]!.versions[version]![resolved.platform])
    }
  }
})

test('resolveAsset: pinned defaults carry their checksum; cosign and syft carry their signers', () => {
  const catalog = builtinCatalog()
  const linux = { os: 'linux', arch: 'amd64' } as const
  const cosign = resolveAsset({ catalog, tool: 'cosign', platform: linux })
  assert.equal(cosign.sha256, '4629c757b7618056f8ddd7e2625ae9fdd94c0372a65049520bc7d9df9efc7f71')
  assert.equal(
    cosign.checksumsBundleUrl,
    `${GH}/sigstore/cosign/releases/download/v3.1.3/cosign_checksums.txt.sigstore.json`
  )
  assert.deepEqual(cosign.checksumsIdentity, {
    certificateIdentity: 'keyless@projectsigstore.iam.gserviceaccount.com',
    certificateOidcIssuer: 'https://accounts.google.com'
  })
  const syft = resolveAsset({ catalog, tool: 'syft', version: '1.60.0', platform: linux })
  assert.equal(
    syft.checksumsBundleUrl,
    `${GH}/anchore/syft/releases/download/v1.60.0/syft_1.60.0_checksums.txt.sigstore.json`
  )
  assert.equal(
    syft.checksumsIdentity?.certificateIdentity,
    'https://github.com/anchore/syft/.github/workflows/release.yaml@refs/heads/main'
  )
  const oras = resolveAsset({ catalog, tool: 'oras', platform: linux })
  assert.equal(oras.checksumsBundleUrl, undefined, 'oras publishes no Sigstore bundle')
  assert.equal(oras.checksumsIdentity, undefined)
  const plugin = resolveAsset({ catalog, tool: 'notation-azure-kv', platform: linux })
  assert.deepEqual(plugin.notationPlugin, { name: 'azure-kv' })
  assert.equal(oras.notationPlugin, undefined)
})

test('resolveAsset: an unpinned version has no sha256 but still its checksums URLs', () => {
  const catalog = builtinCatalog()
  const resolved = resolveAsset({
    catalog,
    tool: 'cosign',
    version: '3.9.0',
    platform: { os: 'darwin', arch: 'arm64' }
  })
  assert.equal(resolved.sha256, undefined)
  assert.equal(resolved.url, `${GH}/sigstore/cosign/releases/download/v3.9.0/cosign-darwin-arm64`)
  assert.equal(
    resolved.checksumsUrl,
    `${GH}/sigstore/cosign/releases/download/v3.9.0/cosign_checksums.txt`
  )
  assert.equal(
    resolved.checksumsBundleUrl,
    `${GH}/sigstore/cosign/releases/download/v3.9.0/cosign_checksums.txt.sigstore.json`
  )
  // A pinned version without a value for this platform is unpinned there too.
  const syftDarwin = resolveAsset({
    catalog,
    tool: 'syft',
    platform: { os: 'darwin', arch: 'amd64' }
  })
  assert.equal(syftDarwin.sha256, undefined)
  assert.equal(syftDarwin.version, '1.54.0')
})

test('resolveAsset: a leading v is accepted and dropped; malformed versions are refused', () => {
  const catalog = builtinCatalog()
  const platform = { os: 'linux', arch: 'arm64' } as const
  const withV = resolveAsset({ catalog, tool: 'oras', version: 'v1.3.2', platform })
  const without = resolveAsset({ catalog, tool: 'oras', version: '1.3.2', platform })
  assert.deepEqual(withV, without)
  assert.equal(withV.sha256, '8db4a223bd6034deff198e791ea7cb3af0840df25b7e9f370e2f1f3fd20d389b')
  for (const version of ['latest', '^1.2', '1.2/../../x', '', 'vv1']) {
    assert.throws(
      () => resolveAsset({ catalog, tool: 'oras', version, platform }),
      (error: unknown) =>
        error instanceof ToolsError &&
        error.code === 'INVALID_INPUT' &&
        error.message.startsWith(
          `Invalid version "${version}" for oras: write a release version such as oras@1.2.3`
        )
    )
  }
})

test('resolveAsset: a mirror replaces the release host, with or without a trailing slash', () => {
  const catalog = builtinCatalog()
  const platform = { os: 'windows', arch: 'amd64' } as const
  for (const mirror of [
    'https://ghes.example.com/mirror',
    'https://ghes.example.com/mirror/',
    ' http://10.0.0.5:8080/mirror// '
  ]) {
    const resolved = resolveAsset({ catalog, tool: 'notation', platform, mirror })
    const base = mirror.trim().startsWith('http:')
      ? 'http://10.0.0.5:8080/mirror'
      : 'https://ghes.example.com/mirror'
    assert.equal(
      resolved.url,
      `${base}/notaryproject/notation/releases/download/v1.3.2/notation_1.3.2_windows_amd64.zip`
    )
    assert.equal(
      resolved.checksumsUrl,
      `${base}/notaryproject/notation/releases/download/v1.3.2/notation_1.3.2_checksums.txt`
    )
  }
  assert.equal(
    resolveAsset({ catalog, tool: 'notation', platform, mirror: '' }).url.startsWith(GH),
    true
  )
  // [mirror, reason, the mirror as the error shows it: never its credentials or query]
  const cases: [string, RegExp, string][] = [
    [
      'ftp://mirror.example.com',
      /its scheme is ftp, not http or https/,
      'ftp://mirror.example.com'
    ],
    ['mirror.example.com', /it is not a URL/, 'mirror.example.com'],
    [
      'https://user:secret@mirror.example.com',
      /it holds credentials/,
      'https://***@mirror.example.com/'
    ],
    ['https://mirror.example.com/?token=x', /query or fragment/, 'https://mirror.example.com/?***'],
    ['https://mirror.example.com/#top', /query or fragment/, 'https://mirror.example.com/#top']
  ]
  for (const [mirror, reason, shown] of cases) {
    assert.throws(
      () => resolveAsset({ catalog, tool: 'notation', platform, mirror }),
      (error: unknown) =>
        error instanceof ToolsError &&
        error.code === 'INVALID_INPUT' &&
        error.message.startsWith(`Invalid mirror "${shown}": `) &&
        !error.message.includes('secret') &&
        !error.message.includes('token=x') &&
        reason.test(error.message) &&
        error.message.includes('e.g. https://mirror.example.com/github')
    )
  }
})

test('resolveAsset: an unknown tool is refused, listing the known ones', () => {
  assert.throws(
    () =>
      resolveAsset({
        catalog: builtinCatalog(),
        tool: 'cosing',
        platform: { os: 'linux', arch: 'amd64' }
      }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'UNKNOWN_TOOL' &&
      error.message ===
        'Unknown tool "cosing": the catalog has cosign, notation, notation-azure-kv, oras, syft. ' +
          'Write one of these, optionally followed by @<version>.'
  )
})

test('resolveAsset: os/arch spellings, tag and identity templates, archive paths', () => {
  const catalog = sampleCatalog()
  const mac = resolveAsset({ catalog, tool: 'arc', platform: { os: 'darwin', arch: 'arm64' } })
  assert.equal(
    mac.url,
    `${GH}/octo-org/arc/releases/download/release-2.0.0/arc_2.0.0_macOS_arm64.tar.gz`
  )
  assert.equal(mac.executable, 'bin/arc')
  const win: ResolvedAsset = resolveAsset({
    catalog,
    tool: 'arc',
    platform: { os: 'windows', arch: 'amd64' }
  })
  assert.equal(win.asset, 'arc_2.0.0_windows_x86_64.zip')
  assert.equal(win.executable, 'bin/arc.exe')
  assert.throws(
    () => resolveAsset({ catalog, tool: 'arc', platform: { os: 'darwin', arch: 'amd64' } }),
    (error: unknown) =>
      error instanceof ToolsError &&
      error.code === 'UNSUPPORTED_PLATFORM' &&
      error.message.includes('(only linux-amd64, linux-arm64, darwin-arm64, windows-amd64)')
  )
  const blob = resolveAsset({
    catalog,
    tool: 'blob',
    version: 'v1.1.0',
    platform: { os: 'windows', arch: 'arm64' }
  })
  assert.equal(blob.asset, 'blob-windows-arm64.exe')
  assert.equal(
    blob.checksumsIdentity?.certificateIdentity,
    'https://github.com/octo-org/blob/.github/workflows/release.yml@refs/tags/v1.1.0'
  )
})
