import { basename } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { imageSubject, type Subject } from '@sign/provenance'
import { quote } from '@sign/safe-text'
import { hashFileTarget, mapBounded, type FileTarget, type ImageSubject } from '@sign/subjects'

/**
 * The subjects of the files' statement: each file by its base name (as the generator and
 * GitHub's attest action name them) and SHA-256 — a file a checksums file lists must still have
 * the listed digest — then the subjects given as digests.
 */
export async function fileSubjects(options: {
  files: FileTarget[]
  digestSubjects: Subject[]
  logger: Logger
}): Promise<Subject[]> {
  const hashed = await mapBounded({
    items: options.files,
    work: async target => {
      const { hex } = await hashFileTarget({ target, nothingDone: 'no provenance was written' })
      options.logger.info(`${quote(target.name)} sha256:${hex}`)
      return { name: basename(target.path), digest: { sha256: hex } }
    }
  })
  for (const subject of options.digestSubjects) {
    options.logger.info(`${quote(subject.name)} sha256:${subject.digest.sha256} (given)`)
  }
  return [...hashed, ...options.digestSubjects]
}

/** An image's subject as GitHub's attest action names it: the repository, and the manifest digest. */
export function imageSubjectOf(image: ImageSubject): Subject {
  const at = image.name.lastIndexOf('@')
  return imageSubject({ repository: image.name.slice(0, at), digest: image.descriptor.digest })
}
