// A tiny action for the runner's tests. It goes through @sign/action-kit (by relative path, as
// testenv does not depend on it) like the real actions: inputs read once into a typed object,
// permission check first, masking, outputs, a job summary, an ID token, and the failure path.
import { readFileSync } from 'node:fs'
import {
  ConfigurationError,
  JobSummary,
  booleanInput,
  getIdToken,
  group,
  maskSecret,
  optionalInput,
  requireIdTokenPermission,
  requiredInput,
  runAction,
  setOutputs,
  writeSummary
} from '@sign/action-kit'

interface EchoInputs {
  message: string
  greeting: string
  fail: string | undefined
  secret: string | undefined
  idTokenAudience: string | undefined
  showSummary: boolean
}

async function run(inputs: EchoInputs): Promise<void> {
  if (inputs.secret !== undefined) maskSecret(inputs.secret)
  if (inputs.idTokenAudience !== undefined) requireIdTokenPermission({ action: 'echo' })
  if (inputs.fail !== undefined) {
    throw new ConfigurationError(inputs.fail, { fix: 'with:\n  fail: ""' })
  }
  const event = JSON.parse(readFileSync(process.env['GITHUB_EVENT_PATH'] ?? '', 'utf8')) as {
    ref?: string
  }
  let repository: string | undefined
  if (inputs.idTokenAudience !== undefined) {
    const audience = inputs.idTokenAudience
    const token = await group('Get an ID token', () => getIdToken(audience))
    const payload = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()
    repository = String((JSON.parse(payload) as { repository?: unknown }).repository)
  }
  setOutputs({
    greeting: `${inputs.greeting}, ${inputs.message}`,
    'secret-length': inputs.secret?.length,
    repository,
    'input-variables': Object.keys(process.env).filter(name => name.startsWith('INPUT_')),
    context: {
      repository: process.env['GITHUB_REPOSITORY'],
      eventRef: event.ref,
      cwdIsWorkspace: process.cwd() === process.env['GITHUB_WORKSPACE'],
      runnerTemp: process.env['RUNNER_TEMP']
    }
  })
  if (inputs.showSummary) {
    const table = { header: ['input', 'value'], rows: [['message', inputs.message]] }
    await writeSummary(new JobSummary().heading('Echo').table(table))
  }
}

void runAction({
  title: 'Echo',
  nothingDone: 'Nothing was echoed.',
  run: () =>
    run({
      message: requiredInput('message'),
      greeting: requiredInput('greeting'),
      fail: optionalInput('fail'),
      secret: optionalInput('secret'),
      idTokenAudience: optionalInput('id-token-audience'),
      showSummary: booleanInput('show-summary', { default: true })
    })
})
