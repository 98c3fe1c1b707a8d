import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DEFAULT_WORKFLOW, type WorkflowIdentity } from '../oidc/claims.ts'
import { contextVariables, pushEventPayload } from './context.ts'
import { stepEnvironment } from './environment.ts'
import { resolveInputs } from './inputs.ts'
import { runNodeScript } from './node-process.ts'
import { prepareRunDirectory } from './run-directory.ts'
import { readStepFiles, type StepFileContents } from './step-files.ts'
import {
  parseStepOutput,
  type ActionAnnotation,
  type WorkflowCommands
} from './workflow-commands.ts'

export interface ExecuteActionOptions {
  /** The bundled action, e.g. dist/<name>/index.js, run with this process's Node. */
  entry: string
  /** `with:` values by input name as written in YAML. */
  inputs?: Record<string, string>
  /** An action.yml whose input defaults apply (and whose names are checked, as the runner warns). */
  actionYml?: string
  /** Extra variables; they win over everything the runner sets. */
  env?: Record<string, string>
  /** The ID-token endpoint (OidcIssuer.actionsEnv()), as granted by `id-token: write`. */
  idToken?: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
  /** The run the context variables describe (default DEFAULT_WORKFLOW, like the OIDC issuer). */
  workflow?: Partial<WorkflowIdentity>
  /** The event payload at GITHUB_EVENT_PATH (default: a push event for `workflow`). */
  event?: Record<string, unknown>
  /** GITHUB_WORKSPACE and the working directory (default: an empty directory in the temp dir). */
  workspace?: string
  /** Kill the step after this long and reject (default 30 s). */
  timeoutMs?: number
  /** Leave the temp dir (file-command files, event, RUNNER_TEMP) in place; see `tempDir`. */
  keepTemp?: boolean
}

/**
 * What a step left: exit code, file-command contents, workflow commands (annotations first
 * include the runner's own "Unexpected input(s)" warning), the raw log and the duration.
 */
export interface ActionResult extends StepFileContents, WorkflowCommands {
  exitCode: number
  /** stdout and stderr as written, unmasked, so tests can see what a real log would hold. */
  log: string
  durationMs: number
  /** The temp dir, when `keepTemp` left it on disk. */
  tempDir?: string
}

/**
 * Runs a node24 action the way the Actions runner does: `node <entry>` in the workspace with
 * INPUT_* variables, the file-command files, the default context variables and no other parent
 * variables than PATH, HOME and NODE_EXTRA_CA_CERTS; then reads back outputs, summary, env,
 * path and state, and the workflow commands in stdout and stderr.
 */
export async function executeAction(options: ExecuteActionOptions): Promise<ActionResult> {
  const root = await mkdtemp(join(tmpdir(), 'sign-runner-'))
  try {
    const workflow = { ...DEFAULT_WORKFLOW, ...options.workflow }
    const { locations, files } = await prepareRunDirectory({
      root,
      event: options.event ?? pushEventPayload(workflow),
      workspace: options.workspace
    })
    const inputs = await resolveInputs({
      given: options.inputs ?? {},
      actionYml: options.actionYml
    })
    const env = stepEnvironment({
      context: contextVariables(workflow, locations),
      files,
      idToken: options.idToken,
      inputs: inputs.values,
      env: options.env
    })
    const run = await runNodeScript({
      entry: resolve(options.entry),
      env,
      cwd: locations.workspace,
      timeoutMs: options.timeoutMs ?? 30_000
    })
    const commands = parseStepOutput(run)
    const runnerWarning: ActionAnnotation[] = inputs.warning
      ? [{ level: 'warning', message: inputs.warning, properties: {} }]
      : []
    return {
      exitCode: run.exitCode,
      ...(await readStepFiles(files)),
      ...commands,
      annotations: [...runnerWarning, ...commands.annotations],
      log: run.log,
      durationMs: run.durationMs,
      ...(options.keepTemp ? { tempDir: root } : {})
    }
  } finally {
    if (!options.keepTemp) await rm(root, { recursive: true, force: true })
  }
}
