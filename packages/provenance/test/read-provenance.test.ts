// Every provenance vector, and our own statements, read into what verification compares.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  genericProvenanceV02,
  githubProvenance,
  ProvenanceError,
  readProvenance,
  workflowClaims,
  type Provenance
} from '../src/index.ts'
import {
  claimsFor,
  exampleRepositoryClaims,
  genericVectorStatement,
  gpouliosClaims,
  VECTORS,
  vectorJson
} from './fixtures.ts'

const DIGEST = '9c24ac7eca13411bee8f335f96442c0b5ef8de65ff1f85da6f16fcb0c046bd78'

function refused(statement: unknown, code: string, kind: string, message: string): void {
  assert.throws(
    () => readProvenance({ statement }),
    (error: unknown) => {
      assert.ok(error instanceof ProvenanceError)
      assert.equal(error.code, code)
      assert.equal(error.kind, kind)
      assert.equal(error.message, message)
      return true
    }
  )
}

test('GitHub attest action (gpoulios/testpkg): source, workflow, builder, invocation', () => {
  const provenance = readProvenance({
    statement: vectorJson('slsa/attest-push-to-registry-gpoulios-testpkg/statement.json')
  })
  assert.deepEqual(provenance, {
    statementType: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subjects: [{ name: 'ghcr.io/gpoulios/testpkg', digest: { sha256: DIGEST } }],
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    buildTypeKnown: true,
    family: 'github-workflow',
    builderId:
      'https://github.com/gpoulios/testpkg/.github/workflows/build-docker-image.yaml@refs/heads/main',
    source: {
      uri: 'git+https://github.com/gpoulios/testpkg',
      ref: 'refs/heads/main',
      digest: { gitCommit: '5b07e3bac70089fa60a35f72f3771a709b2aa173' }
    },
    workflow: {
      repository: 'https://github.com/gpoulios/testpkg',
      path: '.github/workflows/build-docker-image.yaml',
      ref: 'refs/heads/main'
    },
    invocationId: 'https://github.com/gpoulios/testpkg/actions/runs/14311391069/attempts/1',
    runnerEnvironment: 'github-hosted'
  } satisfies Provenance)
})

test('the buildType documentation example reads as the same family, marked as documented', () => {
  const provenance = readProvenance({
    statement: readFileSync(join(VECTORS, 'slsa/actions-buildtypes-workflow-v1-example.json'))
  })
  assert.equal(provenance.buildType, 'https://github.com/actions/buildtypes/workflow/v1')
  assert.equal(provenance.family, 'github-workflow-documented')
  assert.equal(provenance.buildTypeKnown, true)
  assert.equal(
    provenance.builderId,
    'https://github.com/octocat/builders/.github/workflows/builder_go_slsa3.yml@refs/tags/v1.0.0'
  )
  assert.deepEqual(provenance.workflow, {
    repository: 'https://github.com/octocat/hello-world',
    path: '.github/workflow/release.yml',
    ref: 'refs/heads/main'
  })
  assert.deepEqual(provenance.source, {
    uri: 'git+https://github.com/octocat/hello-world',
    ref: 'refs/heads/main',
    digest: { gitCommit: 'c27d339ee6075c1f744c5d4b200f7901aad2c369' }
  })
  // The example keeps runner_environment in externalParameters.
  assert.equal(provenance.runnerEnvironment, 'github-hosted')
  assert.equal(provenance.subjects[0]?.name, '_')
})

test('the generic generator v2.1.0 (DSSE payload of its bundle): SLSA v0.2 source and entry point', () => {
  const provenance = readProvenance({ statement: genericVectorStatement() })
  assert.deepEqual(provenance, {
    statementType: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subjects: [
      {
        name: 'gha_generic-binary-linux-amd64-v13.0.30',
        digest: { sha256: '376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa' }
      }
    ],
    buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
    buildTypeKnown: true,
    family: 'slsa-github-generator-generic',
    builderId:
      'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
    source: {
      uri: 'git+https://github.com/slsa-framework/example-package',
      ref: 'refs/tags/v13.0.30',
      digest: { sha1: '4d329c75e7ec1725f7c9ce917a8799d408d06be3' }
    },
    workflow: {
      repository: 'https://github.com/slsa-framework/example-package',
      path: '.github/workflows/verifier-e2e.all.workflow_dispatch.main.all.slsa3.yml',
      ref: 'refs/tags/v13.0.30'
    },
    invocationId: '13530999948-1',
    runnerEnvironment: undefined
  } satisfies Provenance)
})

test('BuildKit v0.2 (the buildx vector as cosign lifted it) and v1: the builder id only', () => {
  const v02 = readProvenance({
    statement: vectorJson(
      'sbom/buildx-attestations-gpoulios-testpkg/cosign-lifted-provenance-v0.2-statement.json'
    )
  })
  assert.equal(v02.family, 'buildkit')
  assert.equal(v02.buildTypeKnown, true)
  assert.equal(v02.buildType, 'https://mobyproject.org/buildkit@v1')
  assert.equal(v02.builderId, 'https://github.com/gpoulios/testpkg/actions/runs/14382811836')
  assert.equal(v02.source, undefined)
  assert.equal(v02.workflow, undefined)
  // BuildKit ≥ 0.28 as the test images carry it, with a builder id set.
  const v1 = readProvenance({
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'pkg:docker/app@v1?platform=linux%2Famd64', digest: { sha256: DIGEST } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType:
            'https://github.com/moby/buildkit/blob/master/docs/attestations/slsa-definitions.md',
          externalParameters: {
            configSource: { path: 'Dockerfile' },
            request: { frontend: 'dockerfile.v0' }
          },
          internalParameters: { builderPlatform: 'linux/amd64' },
          resolvedDependencies: [{ uri: 'pkg:docker/alpine@3.20', digest: { sha256: DIGEST } }]
        },
        runDetails: {
          builder: { id: 'https://github.com/octo-org/app/actions/runs/1' },
          metadata: { invocationID: 'q0memssqoxky1qpkko3tt9k0m' }
        }
      }
    }
  })
  assert.equal(v1.family, 'buildkit')
  assert.equal(v1.builderId, 'https://github.com/octo-org/app/actions/runs/1')
  assert.equal(v1.source, undefined)
  assert.equal(v1.invocationId, undefined)
})

test('GitHub before June 2024 (community buildType, builder actions/runner): read as GitHub', () => {
  const provenance = readProvenance({
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.tgz', digest: { sha512: 'ab'.repeat(64) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/tags/v1.0.0',
              repository: 'https://github.com/o/r',
              path: '.github/workflows/publish.yml'
            }
          },
          internalParameters: {
            github: { event_name: 'release', repository_id: '1', repository_owner_id: '2' }
          },
          resolvedDependencies: [
            {
              uri: 'git+https://github.com/o/r@refs/tags/v1.0.0',
              digest: { gitCommit: 'c'.repeat(40) }
            }
          ]
        },
        runDetails: {
          builder: { id: 'https://github.com/actions/runner/github-hosted' },
          metadata: { invocationId: 'https://github.com/o/r/actions/runs/7/attempts/1' }
        }
      }
    }
  })
  assert.equal(provenance.family, 'github-workflow-legacy')
  assert.equal(provenance.builderId, 'https://github.com/actions/runner/github-hosted')
  assert.deepEqual(provenance.workflow, {
    repository: 'https://github.com/o/r',
    path: '.github/workflows/publish.yml',
    ref: 'refs/tags/v1.0.0'
  })
  assert.equal(provenance.source?.ref, 'refs/tags/v1.0.0')
  assert.equal(provenance.runnerEnvironment, undefined)
  assert.deepEqual(provenance.subjects, [{ name: 'app.tgz', digest: { sha512: 'ab'.repeat(64) } }])
})

test('an unknown buildType gives its builder id and says it is unknown; unknown fields are ignored', () => {
  const provenance = readProvenance({
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'a', digest: { sha256: DIGEST } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      extra: { anything: [1, 2] },
      predicate: {
        buildDefinition: {
          buildType: 'https://example.com/ci@v3',
          externalParameters: { workflow: 7 }
        },
        runDetails: {
          builder: { id: 'https://example.com/ci', version: { ci: '3' } },
          byproducts: []
        },
        future: true
      }
    }
  })
  assert.equal(provenance.family, 'unknown')
  assert.equal(provenance.buildTypeKnown, false)
  assert.equal(provenance.buildType, 'https://example.com/ci@v3')
  assert.equal(provenance.builderId, 'https://example.com/ci')
  assert.equal(provenance.workflow, undefined)
  // An unknown v0.2 buildType likewise.
  const v02 = readProvenance({
    statement: {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: 'a', digest: { sha256: DIGEST } }],
      predicateType: 'https://slsa.dev/provenance/v0.2',
      predicate: {
        builder: { id: 'https://example.com/other' },
        buildType: 'https://example.com/x'
      }
    }
  })
  assert.deepEqual(
    [v02.family, v02.buildTypeKnown, v02.builderId],
    ['unknown', false, 'https://example.com/other']
  )
})

test('our own statements read back to what they were built from (round trip)', () => {
  const claims = workflowClaims({
    claims: claimsFor(
      { ref: 'refs/tags/pkg@1.2.3' },
      { job_workflow_ref: 'octo-org/shared/.github/workflows/attest.yml@refs/tags/v2.0.0' }
    )
  })
  const subjects = [{ name: 'app.tar.gz', digest: { sha256: DIGEST } }]
  const github = readProvenance({
    statement: JSON.stringify(
      githubProvenance({ claims, serverUrl: 'https://octo-corp.ghe.com', subjects })
    )
  })
  assert.equal(github.family, 'github-workflow')
  assert.equal(
    github.builderId,
    'https://octo-corp.ghe.com/octo-org/shared/.github/workflows/attest.yml@refs/tags/v2.0.0'
  )
  assert.deepEqual(github.source, {
    uri: 'git+https://octo-corp.ghe.com/octo-org/octo-repo',
    ref: 'refs/tags/pkg@1.2.3',
    digest: { gitCommit: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9' }
  })
  assert.deepEqual(github.workflow, {
    repository: 'https://octo-corp.ghe.com/octo-org/octo-repo',
    path: '.github/workflows/release.yml',
    ref: 'refs/tags/pkg@1.2.3'
  })
  assert.deepEqual(github.subjects, subjects)

  const generic = readProvenance({
    statement: Buffer.from(
      JSON.stringify(
        genericProvenanceV02({
          claims,
          serverUrl: 'https://github.com',
          environment: { runNumber: '1', refType: 'tag', baseRef: '', headRef: '' },
          subjects
        })
      )
    )
  })
  assert.equal(generic.family, 'slsa-github-generator-generic')
  assert.equal(
    generic.builderId,
    'https://github.com/octo-org/shared/.github/workflows/attest.yml@refs/tags/v2.0.0'
  )
  assert.deepEqual(generic.source, {
    uri: 'git+https://github.com/octo-org/octo-repo',
    ref: 'refs/tags/pkg@1.2.3',
    digest: { sha1: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9' }
  })
  assert.deepEqual(
    generic.workflow,
    github.workflow && { ...github.workflow, repository: 'https://github.com/octo-org/octo-repo' }
  )
  assert.equal(generic.invocationId, '4242424242-1')

  // The vectors' own runs, built here, read as the vectors do.
  const ours = readProvenance({
    statement: githubProvenance({
      claims: workflowClaims({ claims: gpouliosClaims() }),
      serverUrl: 'https://github.com',
      subjects: [{ name: 'ghcr.io/gpoulios/testpkg', digest: { sha256: DIGEST } }]
    })
  })
  assert.deepEqual(
    ours,
    readProvenance({
      statement: vectorJson('slsa/attest-push-to-registry-gpoulios-testpkg/statement.json')
    })
  )
  const generatorRun = workflowClaims({ claims: exampleRepositoryClaims() })
  const oursGeneric = readProvenance({
    statement: genericProvenanceV02({
      claims: generatorRun,
      serverUrl: 'https://github.com',
      environment: { runNumber: '116', refType: 'tag', baseRef: '', headRef: '' },
      subjects: [
        {
          name: 'gha_generic-binary-linux-amd64-v13.0.30',
          digest: { sha256: '376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa' }
        }
      ]
    })
  })
  assert.deepEqual(oursGeneric, readProvenance({ statement: genericVectorStatement() }))
})

test('what is not SLSA provenance is refused, as a verification failure', () => {
  const sbom = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'a', digest: { sha256: DIGEST } }],
    predicateType: 'https://spdx.dev/Document',
    predicate: {}
  }
  refused(
    sbom,
    'NOT_PROVENANCE',
    'verification',
    'The statement is not SLSA provenance: its predicateType is https://spdx.dev/Document, not https://slsa.dev/provenance/v1 or v0.2'
  )
  refused(
    '{"_type":',
    'NOT_PROVENANCE',
    'verification',
    'The statement is not JSON, so not SLSA provenance'
  )
  refused(
    [],
    'NOT_PROVENANCE',
    'verification',
    'The statement is not SLSA provenance: it is a list, not an in-toto statement'
  )
  refused(
    { ...sbom, _type: 'https://example.com/Statement' },
    'NOT_PROVENANCE',
    'verification',
    'The statement is not SLSA provenance: its _type is https://example.com/Statement, not an in-toto statement type'
  )
  const slsa = { ...sbom, predicateType: 'https://slsa.dev/provenance/v1' }
  refused(
    { ...slsa, subject: [] },
    'NOT_PROVENANCE',
    'verification',
    'The statement is not SLSA provenance: its subject is an empty list, not a list of subjects'
  )
  refused(
    { ...slsa, subject: [{ name: 'a', digest: { sha256: 5 } }] },
    'NOT_PROVENANCE',
    'verification',
    'The statement is not SLSA provenance: its subject[0].digest.sha256 is a number, not a string'
  )
  refused(
    { ...slsa, predicate: 'x' },
    'INVALID_PROVENANCE',
    'verification',
    'The SLSA provenance does not read: its https://slsa.dev/provenance/v1 predicate is a string, not an object'
  )
})

test('known fields of the wrong type are refused, named by their path', () => {
  const vector = vectorJson('slsa/attest-push-to-registry-gpoulios-testpkg/statement.json')
  const predicate = vector['predicate'] as {
    buildDefinition: Record<string, unknown>
    runDetails: Record<string, unknown>
  }
  refused(
    { ...vector, predicate: { ...predicate, runDetails: { builder: { id: 42 } } } },
    'INVALID_PROVENANCE',
    'verification',
    'The SLSA provenance does not read: its runDetails.builder.id is a number, not a string'
  )
  refused(
    {
      ...vector,
      predicate: {
        ...predicate,
        buildDefinition: { ...predicate.buildDefinition, resolvedDependencies: {} }
      }
    },
    'INVALID_PROVENANCE',
    'verification',
    'The SLSA provenance does not read: its buildDefinition.resolvedDependencies is an object, not a list'
  )
  refused(
    {
      ...vector,
      predicate: {
        ...predicate,
        buildDefinition: {
          ...predicate.buildDefinition,
          externalParameters: { workflow: { path: ['a'] } }
        }
      }
    },
    'INVALID_PROVENANCE',
    'verification',
    'The SLSA provenance does not read: its buildDefinition.externalParameters.workflow.path is a list, not a string'
  )
})
