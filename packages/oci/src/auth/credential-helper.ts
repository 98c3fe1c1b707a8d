import { execFile } from 'node:child_process'
import { OciError } from '../errors.ts'
import type { Credentials } from './credentials.ts'

/** What docker passes a helper as the server URL: Docker Hub keeps its legacy index URL. */
function serverUrl(registry: string): string {
  return registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
}

/**
 * Asks `docker-credential-<helper> get` for a registry's credentials (the docker credential
 * helper protocol: server URL on stdin, `{ServerURL, Username, Secret}` on stdout). "Not found"
 * is no credentials; any other failure is an error naming the helper, never the secret.
 */
export async function runCredentialHelper(options: {
  helper: string
  registry: string
}): Promise<Credentials | undefined> {
  const program = `docker-credential-${options.helper}`
  const output = await new Promise<string | undefined>((resolve, reject) => {
    const child = execFile(program, ['get'], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout)
      if (/credentials not found/i.test(`${stdout}${stderr}`)) return resolve(undefined)
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${program} is not on PATH`
          : `${program} get exited with ${String(error.code)}: ${stderr.trim().slice(0, 200)}`
      reject(
        new OciError({
          code: 'CREDENTIAL_HELPER_FAILED',
          message: `could not get credentials for ${options.registry} from the docker credential helper "${options.helper}": ${reason}`
        })
      )
    })
    child.stdin?.end(serverUrl(options.registry))
  })
  if (output === undefined) return undefined
  let parsed: { Username?: unknown; Secret?: unknown }
  try {
    parsed = JSON.parse(output) as typeof parsed
  } catch {
    throw new OciError({
      code: 'CREDENTIAL_HELPER_FAILED',
      message: `${program} get printed something that is not JSON for ${options.registry}`
    })
  }
  const username = typeof parsed.Username === 'string' ? parsed.Username : ''
  const secret = typeof parsed.Secret === 'string' ? parsed.Secret : ''
  if (secret === '') return undefined
  return username === '<token>'
    ? { kind: 'identity-token', token: secret }
    : { kind: 'basic', username, password: secret }
}
