import { basename, dirname } from 'node:path'

/**
 * Where the files' provenance goes by default: slsa-github-generator's name — the one subject's
 * base name, or `multiple`, plus `.intoto.jsonl` — in the files' common directory (the workspace
 * when they have none), so a single file's provenance lies beside it, where verify finds it.
 */
export function defaultProvenanceFile(options: {
  /** Every subject's name (files and digests given by name). */
  subjectNames: string[]
  /** The files' paths. */
  filePaths: string[]
  workspace: string
}): { name: string; directory: string } {
  const [only, ...more] = options.subjectNames
  const name = `${only !== undefined && more.length === 0 ? basename(only) : 'multiple'}.intoto.jsonl`
  const directories = [...new Set(options.filePaths.map(path => dirname(path)))]
  const [directory] = directories
  return {
    name,
    directory: directories.length === 1 && directory !== undefined ? directory : options.workspace
  }
}
