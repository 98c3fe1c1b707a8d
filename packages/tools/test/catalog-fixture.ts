// A small valid catalog for tests to mutate, field by field.
import type { Catalog } from '../src/index.ts'

/** A fresh copy of a valid two-tool catalog (binary assets; archives with renamed arch). */
export function sampleCatalog(): Catalog {
  return {
    version: 1,
    generated: { at: '2026-11-22', by: 'test' },
    tools: {
      blob: {
        repository: 'octo-org/blob',
        tag: 'v{version}',
        defaultVersion: '1.0.0',
        assets: { binary: 'blob-{os}-{arch}{ext}' },
        formats: { linux: 'binary', darwin: 'binary', windows: 'binary' },
        executable: 'blob',
        checksums: 'blob_checksums.txt',
        checksumsBundle: {
          asset: 'blob_checksums.txt.sigstore.json',
          certificateIdentity:
            'https://github.com/octo-org/blob/.github/workflows/release.yml@refs/tags/{tag}',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com'
        },
        versions: { '1.0.0': { 'linux-amd64': 'a'.repeat(64) } }
      },
      arc: {
        repository: 'octo-org/arc',
        tag: 'release-{version}',
        defaultVersion: '2.0.0',
        assets: {
          'tar.gz': 'arc_{version}_{os}_{arch}.tar.gz',
          zip: 'arc_{version}_{os}_{arch}.zip'
        },
        formats: { linux: 'tar.gz', darwin: 'tar.gz', windows: 'zip' },
        osNames: { darwin: 'macOS' },
        archNames: { amd64: 'x86_64' },
        platforms: ['linux-amd64', 'linux-arm64', 'darwin-arm64', 'windows-amd64'],
        executable: 'bin/arc',
        checksums: 'arc_{version}_checksums.txt',
        notationPlugin: { name: 'arc' },
        versions: { '2.0.0': {} }
      }
    }
  }
}
