// Every workflow in examples/ and .github/workflows/ passes actionlint (the pinned reference tool)
// and this repository's own checks (test/workflows/check-workflow.ts): our actions used as they
// are declared, third-party actions pinned by commit, explicit and least token permissions. The
// example policy is a policy @sign/verify accepts, every action's inputs and outputs are
// described, and each check refuses a small bad workflow with exactly its own message.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { loadPolicy } from '../packages/verify/src/index.ts'
import {
  checkActionDescriptions,
  checkWorkflow,
  formatProblem,
  isWorkflow,
  readActions,
  runActionlint,
  type CheckName,
  type Problem
} from './workflows/check-workflow.ts'

const ROOT = resolve(import.meta.dirname, '..')
const EXAMPLES = join(ROOT, 'examples')
const POLICY = join(EXAMPLES, 'verify-policy.yml')
const actions = readActions({ root: ROOT })

function yamlFiles(directory: string): string[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => join(directory, name))
}

const exampleFiles = yamlFiles(EXAMPLES)
const workflows = [
  ...exampleFiles.filter(isWorkflow),
  ...yamlFiles(join(ROOT, '.github', 'workflows'))
]
const shown = (problems: Problem[]): string[] => problems.map(formatProblem)

test('examples/ holds the example workflows and the policy they verify with, nothing else', () => {
  const names = exampleFiles.map(path => relative(EXAMPLES, path))
  assert.deepEqual(
    names.filter(name => !isWorkflow(join(EXAMPLES, name))),
    ['verify-policy.yml'],
    'every other examples/*.yml is a workflow'
  )
  for (const name of [
    'release-go-helm-images.yml',
    'weekly-dev-image.yml',
    'consumer-verify.yml'
  ]) {
    assert.ok(names.includes(name), `examples/${name}`)
  }
})

test('actionlint accepts every workflow', () => {
  assert.ok(workflows.length >= 3, workflows.join(', '))
  assert.deepEqual(shown(runActionlint({ files: workflows, root: ROOT })), [])
})

for (const path of workflows) {
  test(`${relative(ROOT, path)}: our actions as declared, third-party actions pinned, least permissions`, () => {
    assert.deepEqual(shown(checkWorkflow({ path, root: ROOT, actions })), [])
  })
}

test('every input and output of every action has a description', () => {
  assert.ok(actions.size >= 6, [...actions.keys()].join(', '))
  assert.deepEqual(shown(checkActionDescriptions(actions)), [])
})

test('examples/verify-policy.yml is a policy @sign/verify accepts', async () => {
  const policy = await loadPolicy({ path: POLICY })
  assert.deepEqual(
    policy.signers.map(signer => [signer.name, signer.kind]),
    [
      ['release', 'keyless'],
      ['akv', 'notation']
    ]
  )
  assert.deepEqual(
    policy.requirements.map(requirement => requirement.category),
    ['signature', 'signature', 'provenance']
  )
})

test('examples/README.md and README.md link every example', () => {
  const examplesReadme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8')
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  for (const path of exampleFiles) {
    const name = relative(EXAMPLES, path)
    assert.ok(examplesReadme.includes(`](${name})`), `examples/README.md links ${name}`)
    assert.ok(readme.includes(`](examples/${name})`), `README.md links examples/${name}`)
  }
})

// The refusals: each bad workflow breaks one rule and gets exactly one problem, of that check.

let scratch = ''
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'workflows-test-'))
})
after(async () => {
  await rm(scratch, { recursive: true, force: true })
})

let written = 0
async function badWorkflow(jobs: string): Promise<string> {
  const path = join(scratch, `bad-${++written}.yml`)
  await writeFile(path, `name: bad\non: push\npermissions: {}\njobs:\n${jobs}`)
  return path
}

function assertOnly(problems: Problem[], check: CheckName, message: RegExp): void {
  assert.equal(problems.length, 1, shown(problems).join('\n'))
  const [problem] = problems
  assert.equal(problem?.check, check, formatProblem(problem!))
  assert.match(problem.message, message)
}

const PINNED = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'

const refusals: { name: string; check: CheckName; message: RegExp; jobs: string }[] = [
  {
    name: 'an input the action does not declare',
    check: 'input',
    message:
      /^jobs\.sign\.steps\[0\]: file is not an input of org\/sign\/actions\/cosign-keyless \(actions\/cosign-keyless\/action\.yml\)$/,
    jobs: `  sign:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - uses: org/sign/actions/cosign-keyless@v1
        with:
          file: dist/app
`
  },
  {
    name: 'an action this repository does not have',
    check: 'action',
    message:
      /^jobs\.sign\.steps\[0\]: org\/sign\/actions\/sign-everything@v1 names no action of this repository \(actions\/sign-everything\/action\.yml does not exist\)$/,
    jobs: `  sign:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - uses: org/sign/actions/sign-everything@v1
`
  },
  {
    name: 'a required input without a default left out',
    check: 'required-input',
    message:
      /^jobs\.tools\.steps\[0\]: org\/sign\/actions\/install needs its required input tools, which has no default$/,
    jobs: `  tools:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - uses: org/sign/actions/install@v1
        with:
          mirror: https://mirror.example
`
  },
  {
    name: 'an output the action does not declare',
    check: 'output',
    message:
      /^jobs\.sign: steps\.sign\.outputs\.bundle: org\/sign\/actions\/cosign-keyless has no output bundle \(its outputs: signatures, certificate\)$/,
    jobs: `  sign:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - id: sign
        uses: org/sign/actions/cosign-keyless@v1
        with:
          files: dist/app
      - env:
          BUNDLE: \${{ steps.sign.outputs.bundle }}
        run: echo "$BUNDLE"
`
  },
  {
    name: 'a third-party action pinned by tag',
    check: 'pinned',
    message:
      /^jobs\.build\.steps\[0\]: actions\/checkout@v4 is not pinned by a full 40-hex commit SHA/,
    jobs: `  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
`
  },
  {
    name: 'a third-party action pinned by SHA without its version comment',
    check: 'pinned',
    message: /^jobs\.build\.steps\[0\]: actions\/checkout@3d3c42e5a\w+ has no "# vX" comment/,
    jobs: `  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: ${PINNED}
`
  },
  {
    name: 'a container action by tag',
    check: 'pinned',
    message: /^jobs\.build\.steps\[0\]: docker:\/\/alpine:3 is not pinned by digest/,
    jobs: `  build:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - uses: docker://alpine:3
`
  },
  {
    name: 'a job without permissions',
    check: 'permissions',
    message: /^jobs\.build has no permissions: /,
    jobs: `  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: ${PINNED} # v7.0.1
`
  },
  {
    name: 'id-token: write in a job that only verifies',
    check: 'id-token',
    message:
      /^jobs\.verify grants id-token: write but runs no step that signs or attests with the job's OIDC token/,
    jobs: `  verify:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: org/sign/actions/verify@v1
        with:
          files: dist/app
          certificate-identity: https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.0.0
          certificate-oidc-issuer: https://token.actions.githubusercontent.com
`
  },
  {
    name: 'id-token: write for notation-sign-akv with a PEM key, not workload identity',
    check: 'id-token',
    message: /^jobs\.sign grants id-token: write but runs no step that signs or attests/,
    jobs: `  sign:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - uses: org/sign/actions/notation-sign-akv@v1
        with:
          files: dist/app
          key-file: signing.key
          certificate-file: signing.crt
`
  },
  {
    name: 'a keyless signing step without id-token: write',
    check: 'id-token',
    message:
      /^jobs\.provenance needs id-token: write for jobs\.provenance\.steps\[0\] \(org\/sign\/actions\/slsa-provenance\)$/,
    jobs: `  provenance:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: org/sign/actions/slsa-provenance@v1
        with:
          files: dist/app
`
  },
  {
    name: 'attestations: write without github-attestations',
    check: 'attestations',
    message:
      /^jobs\.provenance grants attestations: write but runs no slsa-provenance step with github-attestations$/,
    jobs: `  provenance:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
      attestations: write
    steps:
      - uses: org/sign/actions/slsa-provenance@v1
        with:
          files: dist/app
`
  },
  {
    name: 'packages: write in a job that signs files only',
    check: 'packages',
    message: /^jobs\.sign grants packages: write but pushes no image and attaches nothing to one$/,
    jobs: `  sign:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
      packages: write
    steps:
      - uses: org/sign/actions/cosign-keyless@v1
        with:
          files: dist/app
`
  }
]

for (const refusal of refusals) {
  test(`refused: ${refusal.name}`, async () => {
    const path = await badWorkflow(refusal.jobs)
    assertOnly(checkWorkflow({ path, root: ROOT, actions }), refusal.check, refusal.message)
  })
}

test('accepted: each write permission where a step uses it', async () => {
  const path = await badWorkflow(`  push:
    runs-on: ubuntu-24.04
    permissions:
      packages: write
    steps:
      - run: docker push ghcr.io/octo-org/app:dev
  notation:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
      packages: write
    steps:
      - uses: org/sign/actions/notation-sign-akv@v1
        with:
          images: ghcr.io/octo-org/app:dev
          key-id: https://vault.vault.azure.net/keys/signing
          client-id: 00000000-0000-0000-0000-000000000000
          tenant-id: 00000000-0000-0000-0000-000000000000
  provenance:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
      attestations: write
    steps:
      - uses: org/sign/actions/slsa-provenance@v1
        with:
          files: dist/*
          github-attestations: \${{ github.event_name == 'push' }}
  sbom:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - uses: org/sign/actions/sbom-attach@v1
        with:
          files: dist/*
          attest: false
`)
  assert.deepEqual(shown(checkWorkflow({ path, root: ROOT, actions })), [])
})

test('refused by actionlint: an expression naming a step that does not exist', async () => {
  const path = await badWorkflow(`  build:
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - env:
          DIGEST: \${{ steps.build.outputs.digest }}
        run: echo "$DIGEST"
`)
  assert.deepEqual(shown(checkWorkflow({ path, root: ROOT, actions })), [])
  const problems = runActionlint({ files: [path], root: ROOT })
  assertOnly(problems, 'actionlint', /property "build" is not defined in object type/)
  assert.equal(problems[0]?.file, path)
  assert.equal(problems[0]?.line, 10)
})

test('refused: an action input or output without a description', async () => {
  const root = join(scratch, 'repository')
  await mkdir(join(root, 'actions', 'thing'), { recursive: true })
  await writeFile(
    join(root, 'actions', 'thing', 'action.yml'),
    `name: thing
description: Does a thing.
inputs:
  described:
    description: Something.
  blank:
    description: ' '
outputs:
  result:
    description: What came out.
  silent: {}
runs:
  using: node24
  main: index.js
`
  )
  const problems = checkActionDescriptions(readActions({ root }))
  assert.deepEqual(shown(problems), [
    'actions/thing/action.yml:6: [description] input blank of org/sign/actions/thing has no description',
    'actions/thing/action.yml:11: [description] output silent of org/sign/actions/thing has no description'
  ])
})
