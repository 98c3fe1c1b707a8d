import { rm } from 'node:fs/promises'
import * as tc from '@actions/tool-cache'
import type { Logger } from '@sign/action-kit'
import { sha256File, ToolsError, verifyFileChecksum } from '@sign/tools'
import type { ExpectedChecksum, ResolvedAsset } from '@sign/tools'
import { asStepErrors } from '../validate/step-error.ts'

/** A downloaded asset whose digest matched what was expected (or was recorded, if unverified). */
export interface VerifiedDownload {
  path: string
  /** Its SHA-256 (hex). */
  sha256: string
}

/**
 * Downloads the asset with tool-cache (3 attempts, retrying 5xx, 408 and 429) into RUNNER_TEMP,
 * then checks its SHA-256 before anything reads it further. On a mismatch the file is deleted
 * and CHECKSUM_MISMATCH names the tool, the URL, the expected and the actual digest. An
 * unverified download (allow-unverified) is hashed and warned about.
 */
export async function downloadVerified(options: {
  resolved: ResolvedAsset
  expected: ExpectedChecksum
  logger: Logger
}): Promise<VerifiedDownload> {
  const { resolved, expected, logger } = options
  logger.info(`${resolved.tool} ${resolved.version}: downloading ${resolved.url}`)
  const path = await download(resolved)
  try {
    if (expected.sha256 === undefined) {
      const sha256 = await sha256File({ path })
      logger.warning(
        `${resolved.tool} ${resolved.version} is installed WITHOUT a verified checksum (allow-unverified: true): ${resolved.url} has SHA-256 ${sha256}. Pin it in a catalog file to verify it next time.`
      )
      return { path, sha256 }
    }
    const sha256 = await verifyFileChecksum({
      path,
      sha256: expected.sha256,
      source: `${resolved.tool} ${resolved.version} from ${resolved.url}`
    })
    logger.info(
      `${resolved.tool} ${resolved.version}: SHA-256 ${sha256} verified (${expected.source}).`
    )
    return { path, sha256 }
  } catch (error) {
    await rm(path, { force: true })
    throw error
  }
}

async function download(resolved: ResolvedAsset): Promise<string> {
  try {
    return await tc.downloadTool(resolved.url)
  } catch (cause) {
    const status = cause instanceof tc.HTTPError ? cause.httpStatusCode : undefined
    throw new ToolsError({
      code: 'DOWNLOAD_FAILED',
      ...(status === undefined ? {} : { status }),
      message: `Cannot download ${resolved.tool} ${resolved.version} from ${resolved.url}: ${status === undefined ? (cause as Error).message : `HTTP ${status}`}.`,
      cause
    })
  }
}

/**
 * Downloads and verifies every tool (the caller puts them in one log group); on any failure,
 * every download so far is deleted.
 */
export async function downloadAll(options: {
  tools: ResolvedAsset[]
  checksums: Map<string, ExpectedChecksum>
  logger: Logger
}): Promise<Map<string, VerifiedDownload>> {
  const downloads = new Map<string, VerifiedDownload>()
  try {
    for (const resolved of options.tools) {
      const expected = options.checksums.get(resolved.tool)!
      const download = await asStepErrors(() =>
        downloadVerified({ resolved, expected, logger: options.logger })
      )
      downloads.set(resolved.tool, download)
    }
  } catch (error) {
    for (const download of downloads.values()) await rm(download.path, { force: true })
    throw error
  }
  return downloads
}
