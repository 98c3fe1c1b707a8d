import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import {
  INSTALL_RECEIPT,
  judgeCachedInstall,
  readInstallReceipt,
  writeInstallReceipt
} from '@sign/tools'
import type { InstallReceipt, ResolvedAsset } from '@sign/tools'

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'receipt-'))
})
after(() => rm(dir, { recursive: true, force: true }))

const SHA = 'e'.repeat(64)
const receipt: InstallReceipt = {
  tool: 'syft',
  version: '1.18.1',
  platform: 'linux-amd64',
  asset: 'syft_1.18.1_linux_amd64.tar.gz',
  sha256: SHA,
  verifiedBy: 'catalog',
  executable: 'syft'
}
const resolved = {
  tool: 'syft',
  version: '1.18.1',
  platform: 'linux-amd64',
  asset: 'syft_1.18.1_linux_amd64.tar.gz',
  sha256: SHA
} as ResolvedAsset

test('a receipt reads back as written; a missing or malformed one reads as undefined', async () => {
  await writeInstallReceipt({ directory: dir, receipt })
  assert.deepEqual(await readInstallReceipt({ directory: dir }), receipt)
  await writeFile(
    join(dir, INSTALL_RECEIPT),
    JSON.stringify({ ...receipt, verifiedBy: 'trust-me' })
  )
  assert.equal(await readInstallReceipt({ directory: dir }), undefined)
  assert.equal(await readInstallReceipt({ directory: join(dir, 'none') }), undefined)
})

test('a cached install is used only when its receipt matches the asset, the pin and the policy', () => {
  const judge = (
    changes: Partial<InstallReceipt> | undefined,
    options: { allowUnverified?: boolean; pinned?: boolean } = {}
  ) =>
    judgeCachedInstall({
      receipt: changes === undefined ? undefined : { ...receipt, ...changes },
      resolved: options.pinned === false ? { ...resolved, sha256: undefined } : resolved,
      allowUnverified: options.allowUnverified ?? false
    })
  assert.deepEqual(judge({}), { usable: true })
  assert.deepEqual(judge(undefined), { usable: false, reason: 'it has no install receipt' })
  assert.deepEqual(judge({ asset: 'syft_1.18.1_linux_arm64.tar.gz' }), {
    usable: false,
    reason: 'its receipt describes syft_1.18.1_linux_arm64.tar.gz'
  })
  assert.deepEqual(judge({ sha256: 'f'.repeat(64) }), {
    usable: false,
    reason: "its SHA-256 is not the catalog's"
  })
  assert.deepEqual(
    judge({ sha256: 'f'.repeat(64), verifiedBy: 'checksums-file' }, { pinned: false }),
    { usable: true }
  )
  assert.deepEqual(judge({ verifiedBy: 'unverified' }, { pinned: false }), {
    usable: false,
    reason: 'it was installed unverified'
  })
  assert.deepEqual(judge({ verifiedBy: 'unverified' }, { pinned: false, allowUnverified: true }), {
    usable: true
  })
})
