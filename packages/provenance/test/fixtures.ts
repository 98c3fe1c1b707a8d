// Claims and vectors the tests share: the ID token claims of the runs that made the real
// statements in test/vectors/slsa/, as the test issuer mints them for that workflow.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { githubActionsClaims, type WorkflowIdentity } from '@sign/testenv'

export const VECTORS = join(import.meta.dirname, '../../../test/vectors')

/** A vector file's parsed JSON. */
export function vectorJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(VECTORS, path), 'utf8')) as Record<string, unknown>
}

/** The statement the generic generator's bundle (the one line of its .intoto.jsonl) carries. */
export function genericVectorStatement(): Record<string, unknown> {
  const line = readFileSync(
    join(VECTORS, 'slsa/gha_generic-v2.1.0/binary-linux-amd64-push-v13.0.30.intoto.jsonl'),
    'utf8'
  ).trim()
  const bundle = JSON.parse(line) as { dsseEnvelope: { payload: string; payloadType: string } }
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as Record<
    string,
    unknown
  >
}

/** Claims as the test issuer mints them for `workflow`, with `overrides` on top. */
export function claimsFor(
  workflow: Partial<WorkflowIdentity>,
  overrides: Record<string, string> = {}
): Record<string, unknown> {
  return {
    ...githubActionsClaims({
      issuer: 'https://token.actions.githubusercontent.com',
      audience: 'nobody',
      workflow: {
        repository: 'octo-org/octo-repo',
        ref: 'refs/tags/v1.2.3',
        sha: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9',
        workflowPath: '.github/workflows/release.yml',
        eventName: 'push',
        runId: '4242424242',
        runAttempt: '1',
        ...workflow
      },
      now: 1_765_000_000,
      lifetimeSeconds: 300,
      jti: 'test-jti'
    }),
    ...overrides
  }
}

/**
 * The run that made `attest-push-to-registry-gpoulios-testpkg/statement.json`: a
 * workflow_dispatch of build-docker-image.yaml on main, run 14311391069, attempt 1.
 */
export function gpouliosClaims(): Record<string, unknown> {
  return claimsFor(
    {
      repository: 'gpoulios/testpkg',
      ref: 'refs/heads/main',
      sha: '5b07e3bac70089fa60a35f72f3771a709b2aa173',
      workflowPath: '.github/workflows/build-docker-image.yaml',
      eventName: 'workflow_dispatch',
      runId: '14311391069',
      runAttempt: '1'
    },
    { repository_id: '961832747', repository_owner_id: '14057280', actor: 'gpoulios' }
  )
}

/**
 * The run that made the generic generator's vector: a push of tag v13.0.30 to
 * slsa-framework/example-package, its workflow calling generator_generic_slsa3.yml@v2.1.0.
 */
export function exampleRepositoryClaims(): Record<string, unknown> {
  return claimsFor(
    {
      repository: 'slsa-framework/example-package',
      ref: 'refs/tags/v13.0.30',
      sha: '4d329c75e7ec1725f7c9ce917a8799d408d06be3',
      workflowPath: '.github/workflows/verifier-e2e.all.workflow_dispatch.main.all.slsa3.yml',
      eventName: 'push',
      runId: '13530999948',
      runAttempt: '1'
    },
    {
      job_workflow_ref:
        'slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
      repository_id: '486325809',
      repository_owner_id: '80431187',
      actor: 'ramonpetgrave64',
      actor_id: '32398091',
      run_number: '116'
    }
  )
}
