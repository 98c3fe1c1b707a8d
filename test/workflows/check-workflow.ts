// The checks of a workflow file that actionlint does not make, and actionlint itself (the pinned
// reference tool): this repository's actions are used as they are declared (the action exists,
// every `with:` key is an input, every required input without a default is given, every
// `steps.<id>.outputs.<name>` is an output), third-party actions are pinned by commit, and each
// job's token permissions are explicit and no wider than its steps need.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { referenceTool } from '@sign/testenv'
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Node
} from './yaml.ts'

/** How this repository's actions are named in `uses:`: org/sign@ref, org/sign/actions/<name>@ref. */
export const OURS = 'org/sign'

export type CheckName =
  | 'actionlint'
  | 'yaml'
  | 'action'
  | 'input'
  | 'required-input'
  | 'output'
  | 'pinned'
  | 'permissions'
  | 'id-token'
  | 'attestations'
  | 'packages'
  | 'description'

export interface Problem {
  /** Relative to the repository root when inside it. */
  file: string
  line: number
  check: CheckName
  message: string
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: [${problem.check}] ${problem.message}`
}

export interface ActionInput {
  description: string
  required: boolean
  /** The declared default, when there is one. */
  default: string | undefined
  line: number
}

export interface ActionMetadata {
  /** As `uses:` names it, without the ref: org/sign/actions/<name> or org/sign. */
  uses: string
  /** The action.yml, relative to the repository root. */
  file: string
  inputs: Map<string, ActionInput>
  outputs: Map<string, { description: string; line: number }>
}

interface Source {
  file: string
  lines: string[]
  lineOf: (node: unknown) => number
}

function parse(options: { path: string; root: string }): {
  source: Source
  contents: unknown
  errors: Problem[]
} {
  const text = readFileSync(options.path, 'utf8')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, uniqueKeys: true })
  const file = displayPath(options)
  const lineOf = (node: unknown): number => {
    const range = (node as Partial<Node> | undefined)?.range
    return range === undefined || range === null ? 1 : lineCounter.linePos(range[0]).line
  }
  const errors = document.errors.map(error => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    check: 'yaml' as const,
    message: error.message.split('\n')[0] ?? error.message
  }))
  return { source: { file, lines: text.split('\n'), lineOf }, contents: document.contents, errors }
}

function displayPath(options: { path: string; root: string }): string {
  const absolute = resolve(options.root, options.path)
  const path = relative(options.root, absolute)
  return path.startsWith('..') || isAbsolute(path) ? absolute : path
}

function child(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined
}

/** A scalar's text ('' for null), undefined for anything else. */
function text(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  const value: unknown = node.value
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function pairs(map: unknown): { key: string; keyNode: unknown; value: unknown }[] {
  if (!isMap(map)) return []
  return map.items.flatMap(pair =>
    isPair(pair) ? [{ key: text(pair.key) ?? '', keyNode: pair.key, value: pair.value }] : []
  )
}

/** Every action.yml of the repository: actions/<name>/action.yml, and the root action.yml if any. */
export function readActions(options: { root: string }): Map<string, ActionMetadata> {
  const files: { uses: string; path: string }[] = readdirSync(join(options.root, 'actions'), {
    withFileTypes: true
  })
    .filter(entry => entry.isDirectory())
    .map(entry => ({
      uses: `${OURS}/actions/${entry.name}`,
      path: join(options.root, 'actions', entry.name, 'action.yml')
    }))
    .filter(action => existsSync(action.path))
  const rootAction = join(options.root, 'action.yml')
  if (existsSync(rootAction)) files.push({ uses: OURS, path: rootAction })
  const actions = new Map<string, ActionMetadata>()
  for (const { uses, path } of files) {
    const { source, contents, errors } = parse({ path, root: options.root })
    if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'))
    const inputs = new Map<string, ActionInput>()
    for (const { key, keyNode, value } of pairs(child(contents, 'inputs'))) {
      const required = text(child(value, 'required'))
      const defaultNode = child(value, 'default')
      inputs.set(key, {
        description: text(child(value, 'description')) ?? '',
        required: required === 'true',
        default: defaultNode === undefined ? undefined : (text(defaultNode) ?? ''),
        line: source.lineOf(keyNode)
      })
    }
    const outputs = new Map<string, { description: string; line: number }>()
    for (const { key, keyNode, value } of pairs(child(contents, 'outputs'))) {
      outputs.set(key, {
        description: text(child(value, 'description')) ?? '',
        line: source.lineOf(keyNode)
      })
    }
    actions.set(uses, { uses, file: source.file, inputs, outputs })
  }
  return actions
}

/** Every input and output of every action has a description that says something. */
export function checkActionDescriptions(actions: Map<string, ActionMetadata>): Problem[] {
  const problems: Problem[] = []
  for (const action of actions.values()) {
    for (const [kind, entries] of [
      ['input', action.inputs],
      ['output', action.outputs]
    ] as const) {
      for (const [name, entry] of entries) {
        if (entry.description.trim() === '') {
          problems.push({
            file: action.file,
            line: entry.line,
            check: 'description',
            message: `${kind} ${name} of ${action.uses} has no description`
          })
        }
      }
    }
  }
  return problems
}

/** A workflow file: a mapping with `on` and `jobs`. */
export function isWorkflow(path: string): boolean {
  const { contents } = parse({ path, root: '/' })
  return isMap(contents) && contents.has('on') && contents.has('jobs')
}

const WRITE_SCOPES = ['id-token', 'attestations', 'packages'] as const

type Permissions = 'missing' | Map<string, string>

function permissionsOf(node: unknown): Permissions {
  if (node === undefined) return 'missing'
  const all = text(node)
  if (all === 'write-all' || all === 'read-all') {
    return new Map(WRITE_SCOPES.map(scope => [scope, all === 'write-all' ? 'write' : 'read']))
  }
  return new Map(pairs(node).map(({ key, value }) => [key, text(value) ?? '']))
}

/** Not a value that turns the input off: an expression may turn it on. */
function on(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && value.trim() !== 'false'
}

const OUTPUT_REFERENCE =
  /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([\w-]+)|\[\s*'([^']+)'\s*\]|\[\s*"([^"]+)"\s*\])/g

/** Run steps that push an image or attach something to one. */
const PUSHING_COMMAND =
  /\b(?:docker|podman|helm)\s+push\b|\bbuildx\s+build\b[^\n]*--push\b|\bimagetools\s+create\b|\boras\s+(?:push|attach|cp|copy|tag)\b|\bcosign\s+(?:sign|attest|attach|copy)\b|\bnotation\s+sign\b|\bcrane\s+(?:push|copy|cp|append|mutate|tag)\b/

interface JobNeeds {
  idToken: string[]
  attestations: string[]
  packages: string[]
}

/** The problems of one workflow file (actionlint's are separate: {@link runActionlint}). */
export function checkWorkflow(options: {
  path: string
  root: string
  actions: Map<string, ActionMetadata>
}): Problem[] {
  const { source, contents, errors } = parse(options)
  if (errors.length > 0) return errors
  const jobs = child(contents, 'jobs')
  if (!isMap(jobs)) {
    return [{ file: source.file, line: 1, check: 'yaml', message: 'has no jobs: mapping' }]
  }
  const problems: Problem[] = []
  const report = (node: unknown, check: CheckName, message: string): void => {
    problems.push({ file: source.file, line: source.lineOf(node), check, message })
  }
  for (const { key: jobName, keyNode: jobKey, value: job } of pairs(jobs)) {
    const where = `jobs.${jobName}`
    const needs: JobNeeds = { idToken: [], attestations: [], packages: [] }
    const stepActions = new Map<string, ActionMetadata>()

    const jobUses = child(job, 'uses')
    if (jobUses !== undefined) {
      checkReusableWorkflow({ node: jobUses, where, root: options.root, source, report })
    }

    const steps = child(job, 'steps')
    const items = isSeq(steps) ? steps.items : []
    items.forEach((step, index) => {
      const stepWhere = `${where}.steps[${index}]`
      const usesNode = child(step, 'uses')
      const uses = text(usesNode)
      if (uses === undefined) {
        const run = text(child(step, 'run')) ?? ''
        if (PUSHING_COMMAND.test(run)) needs.packages.push(`${stepWhere} (run)`)
        return
      }
      const ours = ourAction(uses)
      if (ours === undefined) {
        checkPinned({ uses, node: usesNode, where: stepWhere, source, report })
        const withNode = child(step, 'with')
        if (
          /^docker\/(?:build-push|bake)-action@/.test(uses) &&
          on(text(child(withNode, 'push')))
        ) {
          needs.packages.push(`${stepWhere} (${uses.split('@')[0] ?? uses} push)`)
        }
        return
      }
      const action = options.actions.get(ours)
      if (action === undefined) {
        report(
          usesNode,
          'action',
          `${stepWhere}: ${uses} names no action of this repository (${ours === OURS ? 'action.yml' : `${ours.slice(OURS.length + 1)}/action.yml`} does not exist)`
        )
        return
      }
      const id = text(child(step, 'id'))
      if (id !== undefined) stepActions.set(id, action)
      const given = new Map(pairs(child(step, 'with')).map(entry => [entry.key, entry]))
      for (const [name, entry] of given) {
        if (!action.inputs.has(name)) {
          report(
            entry.keyNode,
            'input',
            `${stepWhere}: ${name} is not an input of ${action.uses} (${action.file})`
          )
        }
      }
      for (const [name, input] of action.inputs) {
        if (input.required && input.default === undefined && !given.has(name)) {
          report(
            usesNode,
            'required-input',
            `${stepWhere}: ${action.uses} needs its required input ${name}, which has no default`
          )
        }
      }
      const value = (name: string): string | undefined => {
        const entry = given.get(name)
        return entry === undefined ? action.inputs.get(name)?.default : text(entry.value)
      }
      noteNeeds({ action, value, where: `${stepWhere} (${action.uses})`, needs })
    })

    checkOutputs({ job, stepActions, where, report })
    checkPermissions({ job, jobKey, where, needs, callsWorkflow: jobUses !== undefined, report })
  }
  return problems
}

type Report = (node: unknown, check: CheckName, message: string) => void

/** org/sign/actions/<name> or org/sign for a `uses:` of this repository, else undefined. */
function ourAction(uses: string): string | undefined {
  const match = /^org\/sign(\/[^@]*)?@/.exec(uses)
  if (match === null) return undefined
  return `${OURS}${match[1] ?? ''}`
}

/** What the job's token must allow for one of our actions' steps. */
function noteNeeds(options: {
  action: ActionMetadata
  value: (name: string) => string | undefined
  where: string
  needs: JobNeeds
}): void {
  const { value, where, needs } = options
  // The root action (org/sign) is the sign action: keyless signatures, SBOMs and provenance in one.
  const name =
    options.action.uses === OURS ? 'sign' : options.action.uses.slice(`${OURS}/actions/`.length)
  const ownToken = !on(value('identity-token'))
  const images = on(value('images'))
  switch (name) {
    case 'cosign-keyless':
      if (ownToken) needs.idToken.push(where)
      if (images) needs.packages.push(where)
      break
    case 'sbom-attach':
      if (ownToken && on(value('attest'))) needs.idToken.push(where)
      if (images) needs.packages.push(where)
      break
    case 'slsa-provenance':
      if (ownToken) needs.idToken.push(where)
      if (on(value('github-attestations'))) needs.attestations.push(where)
      if (images && on(value('push-to-registry'))) needs.packages.push(where)
      break
    case 'notation-sign-akv':
      if (on(value('client-id'))) needs.idToken.push(where)
      if (images) needs.packages.push(where)
      break
    case 'sign':
      if (ownToken && ['signatures', 'sboms', 'provenance'].some(input => on(value(input)))) {
        needs.idToken.push(where)
      }
      if (images) needs.packages.push(where)
      break
    default:
      break
  }
}

function checkPinned(options: {
  uses: string
  node: unknown
  where: string
  source: Source
  report: Report
}): void {
  const { uses, node, where, report } = options
  if (uses.startsWith('./')) return
  if (uses.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(uses)) {
      report(node, 'pinned', `${where}: ${uses} is not pinned by digest (docker://IMAGE@sha256:…)`)
    }
    return
  }
  const match = /^[^/@\s]+\/[^@\s]+@(.*)$/.exec(uses)
  if (match === null || !/^[0-9a-f]{40}$/.test(match[1] ?? '')) {
    report(
      node,
      'pinned',
      `${where}: ${uses} is not pinned by a full 40-hex commit SHA (OWNER/REPO@<sha> # vX.Y.Z)`
    )
    return
  }
  const line = options.source.lines[options.source.lineOf(node) - 1] ?? ''
  if (!/#\s*v\d/.test(line)) {
    report(node, 'pinned', `${where}: ${uses} has no "# vX" comment naming the version of its SHA`)
  }
}

function checkReusableWorkflow(options: {
  node: unknown
  where: string
  root: string
  source: Source
  report: Report
}): void {
  const uses = text(options.node) ?? ''
  const match = /^org\/sign\/(\.github\/workflows\/[^@]+)@/.exec(uses)
  if (match === null) {
    checkPinned({ ...options, uses })
    return
  }
  if (!existsSync(join(options.root, match[1] ?? ''))) {
    options.report(
      options.node,
      'action',
      `${options.where}: ${uses} names no reusable workflow of this repository (${match[1]} does not exist)`
    )
  }
}

function checkOutputs(options: {
  job: unknown
  stepActions: Map<string, ActionMetadata>
  where: string
  report: Report
}): void {
  if (!isMap(options.job)) return
  visit(options.job, {
    Scalar: (_key, node) => {
      if (typeof node.value !== 'string') return
      for (const match of node.value.matchAll(OUTPUT_REFERENCE)) {
        const [, id = '', dotted, single, double] = match
        const name = dotted ?? single ?? double ?? ''
        const action = options.stepActions.get(id)
        if (action !== undefined && !action.outputs.has(name)) {
          options.report(
            node,
            'output',
            `${options.where}: steps.${id}.outputs.${name}: ${action.uses} has no output ${name} (its outputs: ${[...action.outputs.keys()].join(', ')})`
          )
        }
      }
    }
  })
}

function checkPermissions(options: {
  job: unknown
  jobKey: unknown
  where: string
  needs: JobNeeds
  callsWorkflow: boolean
  report: Report
}): void {
  const { where, needs, report } = options
  const node = child(options.job, 'permissions')
  const permissions = permissionsOf(node)
  if (permissions === 'missing') {
    report(
      options.jobKey,
      'permissions',
      `${where} has no permissions: (give each job the token permissions it uses, {} for none)`
    )
    return
  }
  // A job calling a reusable workflow grants what the workflow's jobs need: not seen from here.
  if (options.callsWorkflow) return
  const write = (scope: string): boolean => permissions.get(scope) === 'write'
  const signers =
    'cosign-keyless, sbom-attach with attest, slsa-provenance, notation-sign-akv with client-id, sign'
  if (write('id-token') && needs.idToken.length === 0) {
    report(
      node,
      'id-token',
      `${where} grants id-token: write but runs no step that signs or attests with the job's OIDC token (${signers})`
    )
  }
  if (!write('id-token') && needs.idToken.length > 0) {
    report(node, 'id-token', `${where} needs id-token: write for ${needs.idToken.join(', ')}`)
  }
  if (write('attestations') && needs.attestations.length === 0) {
    report(
      node,
      'attestations',
      `${where} grants attestations: write but runs no slsa-provenance step with github-attestations`
    )
  }
  if (!write('attestations') && needs.attestations.length > 0) {
    report(
      node,
      'attestations',
      `${where} needs attestations: write for ${needs.attestations.join(', ')}`
    )
  }
  if (write('packages') && needs.packages.length === 0) {
    report(
      node,
      'packages',
      `${where} grants packages: write but pushes no image and attaches nothing to one`
    )
  }
}

/**
 * actionlint (the pinned reference tool) on the files, from the repository root. shellcheck and
 * pyflakes are left out, so the result does not depend on what else the machine has.
 */
export function runActionlint(options: { files: string[]; root: string }): Problem[] {
  const actionlint = referenceTool({ name: 'actionlint' })
  const result = spawnSync(
    actionlint.path,
    ['-no-color', '-oneline', '-shellcheck=', '-pyflakes=', ...options.files],
    { cwd: options.root, encoding: 'utf8', timeout: 120_000 }
  )
  if (result.error !== undefined) throw result.error
  if (result.status === 0) return []
  if (result.status !== 1) {
    throw new Error(
      `actionlint ${actionlint.version} failed (exit ${result.status}): ${result.stderr}${result.stdout}`
    )
  }
  return result.stdout
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => {
      const match = /^(.*?):(\d+):\d+: (.*)$/.exec(line)
      return match === null
        ? { file: '', line: 0, check: 'actionlint', message: line }
        : {
            file: displayPath({ path: match[1] ?? '', root: options.root }),
            line: Number(match[2]),
            check: 'actionlint',
            message: match[3] ?? ''
          }
    })
}
