// gh attestation verify reads the SLSA provenance this suite signs (logged in Rekor v1 or v2),
// offline: the attestation bundle and the loopback stack's trusted root are files, no request
// may leave the machine, and gh checks the certificate the way it checks GitHub Actions
// attestations — the SAN against the repository or signer workflow, and the GitHub extensions
// Fulcio derives from the token (source repository and owner URIs, issuer, build config and
// signer URIs, refs and digests). It accepts the attestation for the repository and workflow
// that built the file and refuses another repository, another owner and another file.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  attest,
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider
} from '@sign/sigstore'
import { referenceTool } from '@sign/testenv'
import { keylessEnvironment } from './fixtures/keyless-environment.ts'
import { runCommand } from './fixtures/run-command.ts'
import {
  SLSA_PROVENANCE_V1,
  ghEnv,
  provenanceStatement,
  writeTrustedRootLines
} from './fixtures/gh-attestation.ts'

const REPO = 'octo-org/octo-repo'
const WORKFLOW = `${REPO}/.github/workflows/release.yml`

/** One entry of `gh attestation verify --format json`. */
interface VerifiedAttestation {
  verificationResult: {
    statement: { predicateType: string; subject: unknown[] }
    signature: { certificate: Record<string, string> }
    verifiedTimestamps: { type: string }[]
  }
}

const CERTIFICATE_FIELDS = [
  'subjectAlternativeName',
  'issuer',
  'sourceRepositoryURI',
  'sourceRepositoryOwnerURI',
  'sourceRepositoryRef',
  'sourceRepositoryDigest',
  'buildConfigURI',
  'buildSignerURI',
  'runnerEnvironment',
  'runInvocationURI'
]

function pick(certificate: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(CERTIFICATE_FIELDS.map(field => [field, certificate[field]]))
}

for (const rekorVersion of [1, 2] as const) {
  test(`gh attestation verify reads our SLSA provenance bundle (Rekor v${rekorVersion}), for the repository that built the file only`, async t => {
    const gh = referenceTool({ name: 'gh' })
    t.diagnostic(`gh ${gh.version}`)
    const { oidc, stack, work } = await keylessEnvironment({ t, prefix: 'gh', rekorVersion })

    const file = join(work, 'app-linux-amd64')
    await writeFile(file, 'a release binary\n')
    const other = join(work, 'app-linux-arm64')
    await writeFile(other, 'another release binary\n')
    const signer = createBundleSigner({
      // Rekor v1 through the stack's URLs, Rekor v2 through its signing config.
      instance: resolveInstance(
        rekorVersion === 1
          ? { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, tsaUrl: stack.tsaUrl }
          : { signingConfig: stack.signingConfigPath }
      ),
      identityProvider: staticIdentityProvider(oidc.mint({ audience: 'sigstore' }))
    })
    const { hex } = await hashFile(file)
    const bundle = join(work, 'app-linux-amd64.intoto.jsonl')
    await attest({
      signer,
      statement: provenanceStatement({ file, sha256: hex, workflow: oidc.workflow }),
      file: bundle
    })
    const trustedRoot = await writeTrustedRootLines({ stack, directory: work })
    const env = await ghEnv({ home: work })
    const verify = (subject: string, policy: string[]) =>
      runCommand({
        command: gh.path,
        args: [
          'attestation',
          'verify',
          subject,
          '--bundle',
          bundle,
          '--custom-trusted-root',
          trustedRoot,
          ...policy
        ],
        env
      })

    const byRepo = await verify(file, ['--repo', REPO, '--format', 'json'])
    assert.equal(byRepo.code, 0, byRepo.output)
    const [result, ...more] = JSON.parse(byRepo.stdout) as VerifiedAttestation[]
    assert.equal(more.length, 0)
    assert.equal(result?.verificationResult.statement.predicateType, SLSA_PROVENANCE_V1)
    assert.deepEqual(result?.verificationResult.statement.subject, [
      { name: 'app-linux-amd64', digest: { sha256: hex } }
    ])
    // What gh read from the certificate: Fulcio's GitHub extensions, derived from the token.
    const run = `https://github.com/${REPO}/actions/runs/4242424242/attempts/1`
    assert.deepEqual(pick(result?.verificationResult.signature.certificate ?? {}), {
      subjectAlternativeName: `https://github.com/${WORKFLOW}@refs/tags/v1.2.3`,
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryURI: `https://github.com/${REPO}`,
      sourceRepositoryOwnerURI: 'https://github.com/octo-org',
      sourceRepositoryRef: 'refs/tags/v1.2.3',
      sourceRepositoryDigest: oidc.workflow.sha,
      buildConfigURI: `https://github.com/${WORKFLOW}@refs/tags/v1.2.3`,
      buildSignerURI: `https://github.com/${WORKFLOW}@refs/tags/v1.2.3`,
      runnerEnvironment: 'github-hosted',
      runInvocationURI: run
    })
    // Rekor v1 vouches for the time with its integrated time; a Rekor v2 entry has none, so only
    // the TSA does.
    assert.deepEqual(
      result?.verificationResult.verifiedTimestamps.map(stamp => stamp.type).sort(),
      rekorVersion === 1 ? ['TimestampAuthority', 'Tlog'] : ['TimestampAuthority']
    )

    const byWorkflow = await verify(file, [
      '--repo',
      REPO,
      '--signer-workflow',
      WORKFLOW,
      '--cert-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--source-ref',
      'refs/tags/v1.2.3',
      '--source-digest',
      oidc.workflow.sha,
      '--signer-digest',
      oidc.workflow.sha,
      '--deny-self-hosted-runners',
      '--format',
      'json'
    ])
    assert.equal(byWorkflow.code, 0, byWorkflow.output)
    assert.equal((JSON.parse(byWorkflow.stdout) as VerifiedAttestation[]).length, 1)

    // gh names no reason when sigstore-go refuses a bundle under the policy (a SAN that does not
    // match, a subject digest that is not the file's): LiveSigstoreVerifier.verify drops the error
    // and says only which issuer's verifier refused (gh pkg/cmd/attestation/verification/
    // sigstore.go). So these two refusals are told apart by what differs from an accepted run.
    // Another repository: its URL prefix does not match the certificate's SAN.
    const otherRepo = await verify(file, ['--repo', 'octo-org/other-repo'])
    assert.notEqual(otherRepo.code, 0, otherRepo.output)
    assert.match(otherRepo.output, /verifying with issuer "sigstore\.mock"/)
    // The same, with the SAN accepted through the signer repository: the source repository
    // extension refuses it.
    const otherSource = await verify(file, ['--repo', 'octo-org/other-repo', '--signer-repo', REPO])
    assert.notEqual(otherSource.code, 0, otherSource.output)
    assert.match(
      otherSource.output,
      /expected SourceRepositoryURI to be https:\/\/github\.com\/octo-org\/other-repo, got https:\/\/github\.com\/octo-org\/octo-repo/
    )
    const otherOwner = await verify(file, ['--owner', 'other-org', '--signer-repo', REPO])
    assert.notEqual(otherOwner.code, 0, otherOwner.output)
    assert.match(
      otherOwner.output,
      /expected SourceRepositoryOwnerURI to be https:\/\/github\.com\/other-org, got https:\/\/github\.com\/octo-org/
    )
    // Another file, the attestation and policy unchanged: its digest is no subject of the statement.
    const otherFile = await verify(other, ['--repo', REPO])
    assert.notEqual(otherFile.code, 0, otherFile.output)
    assert.match(otherFile.output, /verifying with issuer "sigstore\.mock"/)
  })
}
