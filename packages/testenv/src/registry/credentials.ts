import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'

/** A username and password for the registry (basic mode) or its token service (token mode). */
export interface RegistryCredentials {
  username: string
  password: string
}

/** An account the registry knows; `pullOnly` accounts get pull-only tokens (token mode only). */
export interface RegistryAccount extends RegistryCredentials {
  pullOnly?: boolean
}

/** Fresh random credentials, different on every call. */
export function generateCredentials(): RegistryCredentials {
  return {
    username: `user-${randomBytes(4).toString('hex')}`,
    password: randomBytes(18).toString('base64url')
  }
}

/** The value of an `Authorization: Basic …` header for `credentials`. */
export function basicAuthorization(credentials: RegistryCredentials): string {
  const { username, password } = credentials
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** One bcrypt htpasswd line from `htpasswd -niB` (password on stdin, never in the argv). */
async function htpasswdLine(credentials: RegistryCredentials): Promise<string> {
  const child = spawn('htpasswd', ['-niB', credentials.username], {
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  child.stdin.end(credentials.password)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  if (code !== 0) {
    throw new Error(`htpasswd exited with ${code}: ${Buffer.concat(stderr).toString().trim()}`)
  }
  return Buffer.concat(stdout).toString().trim()
}

/**
 * Writes the registry's htpasswd file for `accounts`. docker-registry only accepts bcrypt
 * entries, so the lines come from apache2-utils' `htpasswd -B`.
 */
export async function writeHtpasswd(options: {
  path: string
  accounts: RegistryCredentials[]
}): Promise<void> {
  for (const { username } of options.accounts) {
    if (username === '' || username.includes(':')) {
      throw new Error(`registry username ${JSON.stringify(username)} is empty or contains ':'`)
    }
  }
  const lines = await Promise.all(options.accounts.map(account => htpasswdLine(account)))
  await writeFile(options.path, `${lines.join('\n')}\n`, { mode: 0o600 })
}
