// Copies the README's two run-page images from the browser check's artifacts: the cosign-keyless
// summary of a successful run and the verify summary of a failed one. Run the check first:
//   node --test test/summaries/summaries.test.ts && node scripts/summary-screenshots.ts
import { copyFile, mkdir, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const artifacts = join(root, '.artifacts', 'summaries')
const images = join(root, 'docs', 'images')
const COPIES: [from: string, to: string][] = [
  ['cosign-keyless.ok.png', 'summary-cosign-keyless-ok.png'],
  ['verify.fail.png', 'summary-verify-fail.png']
]

await mkdir(images, { recursive: true })
for (const [from, to] of COPIES) {
  const source = join(artifacts, from)
  const found = await stat(source).catch(() => undefined)
  if (!found) {
    process.stderr.write(
      `${relative(root, source)} is missing: run node --test test/summaries/summaries.test.ts first\n`
    )
    process.exit(1)
  }
  await copyFile(source, join(images, to))
  process.stdout.write(`${relative(root, source)} -> ${relative(root, join(images, to))}\n`)
}
