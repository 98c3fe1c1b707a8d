import { PassThrough } from 'node:stream'
import { main } from '../src/index.ts'

/** Runs `sign <argv>` in process: its exit code and what it wrote. */
export async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks = { out: '', err: '' }
  stdout.on('data', (c: Buffer) => (chunks.out += c.toString()))
  stderr.on('data', (c: Buffer) => (chunks.err += c.toString()))
  const code = await main({ argv, stdout, stderr })
  return { code, ...chunks }
}
