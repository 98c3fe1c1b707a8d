// Where signature files may go. Without output-directory a signature is written beside its file,
// so the file's directory — its symbolic links resolved — must lie in the workspace; a file a
// checksums file lists must itself lie in the workspace. Every file must be a regular file. Each
// refusal names the input (and the checksums line) it came from and what to do.
import { stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { notRegularFile } from './regular-file.ts'
import { isWithin, realPathOf, workspaceName, type Workspace } from './workspace.ts'
import type { FileTarget } from './file-target.ts'

/** What named a file to sign: a glob of input `files`, a checksums line, or input `checksums`. */
export type TargetOrigin =
  | { kind: 'glob'; glob: string }
  | { kind: 'listed'; checksums: string; line: number; name: string }
  | { kind: 'checksums'; input: string }

/** A file to sign, not yet checked, with what named it. */
export interface Candidate {
  path: string
  origin: TargetOrigin
  listed?: FileTarget['listed']
}

/** Input `output-directory`, resolved: where every signature file goes. */
export interface OutputDirectory {
  path: string
  /** As reports name it. */
  name: string
}

/**
 * Input `output-directory` resolved against the workspace. Outside the workspace it is taken as
 * written (the workflow's own choice); inside it, it must not lead out through a symbolic link.
 * It need not exist yet (it is created when the signatures are written), but must not be a file.
 */
export async function resolveOutputDirectory(options: {
  input: string
  workspace: Workspace
}): Promise<OutputDirectory> {
  const { input, workspace } = options
  const path = resolve(input)
  const real = await realPathOf(path)
  const named = isWithin({ path, directory: workspace.path })
  if (named && !isWithin({ path: real, directory: workspace.real })) {
    throw new ConfigurationError(
      `Input 'output-directory': ${input} resolves to ${quote(real)} through a symbolic link, ` +
        `outside the workspace (${workspace.path}). Name a directory outside the workspace ` +
        'directly if the signatures belong there, or one inside it without links, for example:',
      { fix: 'with:\n  output-directory: ${{ runner.temp }}/signatures' }
    )
  }
  const found = await stat(path).catch(() => undefined)
  if (found !== undefined && !found.isDirectory()) {
    throw new ConfigurationError(
      `Input 'output-directory': ${input} exists and is not a directory. Name a directory ` +
        '(it is created when missing), for example:',
      { fix: 'with:\n  output-directory: signatures' }
    )
  }
  return { path, name: workspaceName(path) }
}

/**
 * Checks one file to sign and says where its signatures go: a listed file must lie in the
 * workspace, every file must be a regular file, and without output-directory the file's
 * directory must lie in the workspace. Throws a ConfigurationError naming the origin.
 */
export async function placeSignatures(options: {
  candidate: Candidate
  workspace: Workspace
  output: OutputDirectory | undefined
}): Promise<FileTarget> {
  const { candidate, workspace, output } = options
  const { path, origin } = candidate
  const name = workspaceName(path)
  if (origin.kind === 'listed') await listedInside({ path, origin, workspace })
  const notRegular = await notRegularFile(path)
  if (notRegular !== undefined) throw notSignable({ origin, name, why: notRegular })
  const target = { path, name, ...(candidate.listed && { listed: candidate.listed }) }
  if (output !== undefined) {
    const base = join(output.path, basename(path))
    return { ...target, signatureBase: { path: base, name: workspaceName(base) } }
  }
  const directory = await realPathOf(dirname(path))
  if (!isWithin({ path: directory, directory: workspace.real })) {
    throw outsideWorkspace({ origin, path, name, directory, workspace })
  }
  return { ...target, signatureBase: { path, name } }
}

/** With output-directory, two files of one base name would overwrite each other's signatures. */
export function checkDistinctBaseNames(options: {
  targets: FileTarget[]
  output: OutputDirectory
}): void {
  const seen = new Map<string, FileTarget>()
  for (const target of options.targets) {
    const earlier = seen.get(target.signatureBase.path)
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `Input 'output-directory': ${quote(earlier.name)} and ${quote(target.name)} have the ` +
          `same base name, so their signature files in ${options.output.name} would overwrite ` +
          'each other. Rename one, or sign them in separate steps with different output ' +
          'directories, for example:',
        { fix: 'with:\n  files: dist/linux/*\n  output-directory: signatures/linux' }
      )
    }
    seen.set(target.signatureBase.path, target)
  }
}

/** A checksums file may only list files in the workspace, not through a link out of it either. */
async function listedInside(options: {
  path: string
  origin: Extract<TargetOrigin, { kind: 'listed' }>
  workspace: Workspace
}): Promise<void> {
  const { path, origin, workspace } = options
  const where = `Input 'checksums': ${origin.checksums}:${origin.line} lists ${quote(origin.name)}`
  const fix = 'run: cd dist && sha256sum *.tar.gz > checksums.txt'
  const then =
    'A checksums file may only list files in the workspace, by their names relative to its ' +
    'directory. Write it from inside the workspace, for example:'
  if (!isWithin({ path, directory: workspace.path })) {
    throw new ConfigurationError(
      `${where}, which is outside the workspace (${workspace.path}), so it was not read or ` +
        `signed. ${then}`,
      { fix }
    )
  }
  const real = await realPathOf(path)
  if (!isWithin({ path: real, directory: workspace.real })) {
    throw new ConfigurationError(
      `${where}, which resolves to ${quote(real)} through a symbolic link, outside the ` +
        `workspace (${workspace.path}), so it was not read or signed. ${then}`,
      { fix }
    )
  }
}

/** How a message names where a file came from. */
function named(origin: TargetOrigin, name: string): string {
  switch (origin.kind) {
    case 'glob':
      return `Input 'files': the glob '${origin.glob}' matches ${quote(name)}`
    case 'listed':
      return `Input 'checksums': ${origin.checksums}:${origin.line} lists ${quote(origin.name)}`
    case 'checksums':
      return `Input 'checksums': ${origin.input}`
  }
}

function notSignable(options: { origin: TargetOrigin; name: string; why: string }) {
  const { origin } = options
  const where = named(origin, options.name)
  if (origin.kind === 'listed' && options.why.endsWith('does not exist')) {
    return new ConfigurationError(
      `${where}, but ${quote(options.name)} does not exist. Names are relative to the ` +
        "checksums file's directory; produce the file first, or sign the checksums file alone " +
        'where the action offers it:',
      { fix: 'with:\n  mode: checksums-only' }
    )
  }
  const fix =
    origin.kind === 'glob'
      ? `with:\n  files: |\n    ${origin.glob}\n    !path/of/that/file`
      : 'run: cd dist && sha256sum *.tar.gz > checksums.txt'
  return new ConfigurationError(
    `${where}, ${options.why}: only regular files can be signed (anything else could be read ` +
      `forever or block). ${origin.kind === 'glob' ? 'Exclude it' : 'List regular files only'}, for example:`,
    { fix }
  )
}

function outsideWorkspace(options: {
  origin: TargetOrigin
  path: string
  name: string
  directory: string
  workspace: Workspace
}) {
  const { origin, workspace } = options
  const linked = isWithin({ path: dirname(options.path), directory: workspace.path })
  const where = named(origin, options.name)
  const what = linked
    ? `${where}, whose directory resolves to ${quote(options.directory)} through a symbolic link, outside`
    : `${where}${origin.kind === 'checksums' ? ' is' : ', which is'} outside`
  return new ConfigurationError(
    `${what} the workspace (${workspace.path}), so its signature would be written outside it. ` +
      'Set output-directory to say where the signature files go, or copy the files into the ' +
      'workspace, for example:',
    { fix: outputFix(origin) }
  )
}

/** The inputs that name the file, with output-directory added. */
function outputFix(origin: TargetOrigin): string {
  const named =
    origin.kind === 'glob'
      ? `files: ${origin.glob}`
      : origin.kind === 'checksums'
        ? `checksums: ${origin.input}`
        : 'files: /tmp/build/*'
  return `with:\n  ${named}\n  output-directory: signatures`
}
