// The README's main job must keep working: run the demo as scripts/demo.sh does.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const root = resolve(import.meta.dirname, '..')

test('the demo runs every step against the test environment and ends verified', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['demo/run.ts'], { cwd: root })
  assert.match(stdout, /^\[1\/\d+\] push a sample image/m)
  assert.match(stdout, /✔ one run, one Fulcio certificate: 3 signatures \(Fulcio requests: 1\)/)
  assert.match(
    stdout,
    /✔ every bundle verified: identity https:\/\/github\.com\/octo-org\/octo-repo\//
  )
  assert.match(stdout, /✔ a tampered copy of a file is rejected/)
  assert.match(
    stdout,
    /✔ signed with https:\/\/127\.0\.0\.1:\d+\/keys\/release-signer\/\w+ \(RSA 3072 → PS384\)/
  )
  assert.match(stdout, /✔ both envelopes parse and their signatures verify/)
  assert.match(
    stdout,
    /✔ oras-linux-amd64 → oras-linux-amd64\.spdx\.json: \d+ packages from its Go build info \(go[\d.]+\), valid SPDX 2\.3/
  )
  assert.match(stdout, /\(linux\/amd64\) → SPDX referrer sha256:[0-9a-f]{64}: \d+ packages/)
  assert.match(stdout, /✔ one Fulcio certificate \(Fulcio requests: 1\) for 2 attestations/)
  assert.match(stdout, /✔ cosign verify-blob-attestation --type spdxjson: the SBOM attestation/)
  assert.match(
    stdout,
    /✔ cosign v[\d.]+ verify: our bundle referrer passes for https:\/\/github\.com\/octo-org\/octo-repo\/.*; another identity is refused/
  )
  assert.match(stdout, /✔ notation v[\d.]+ verify: our Key Vault signature passes/)
  assert.match(
    stdout,
    /✔ oras v[\d.]+ discover: application\/vnd\.cncf\.notary\.signature, application\/vnd\.dev\.sigstore\.bundle\.v0\.3\+json/
  )
  assert.match(stdout, /✔ verify action, the same policy: .*verified/)
  assert.match(
    stdout,
    /✔ installed from the mirror http:\/\/127\.0\.0\.1:\d+, each SHA-256 checked/
  )
  assert.match(
    stdout,
    /✔ cosign 3\.2\.0 is not in the catalog: its checksums file's Sigstore bundle verified/
  )
  assert.match(
    stdout,
    /✔ a second run hit the tool cache for all five tools and downloaded nothing/
  )
  assert.match(stdout, /✔ a tampered oras archive was refused \(expected SHA-256 [0-9a-f]{12}…/)
  assert.match(stdout, /✔ cosign-keyless signed a file named .*the runner read no command from it/)
  assert.match(stdout, /✔ cosign-keyless refused a checksums line naming .*nothing written outside/)
  assert.match(
    stdout,
    /✔ install refused a checksum-valid archive with the entry "\.\.\/\.\.\/escape"/
  )
  assert.match(stdout, /✔ verify read a registry error body .*nothing masked, no forged annotation/)
  assert.match(
    stdout,
    /✔ cosign-keyless signed 3 images through a registry and a Sigstore failing 25 % of requests \(\d+ faults: .*each image has exactly one signature/
  )
  assert.match(stdout, /✔ notation-sign-akv .* 403 ForbiddenByRbac: a configuration error naming/)
  assert.match(stdout, /✔ sign verify on a path with no file: exit 2 \(a configuration error/)
  assert.match(stdout, /\ndemo passed: \d+ steps, every signature verified/)
  assert.doesNotMatch(stdout, /✖/)
})
