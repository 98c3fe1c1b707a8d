import type { IncomingMessage, ServerResponse } from 'node:http'

/** Reads a request body completely. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export interface SendJsonOptions {
  status: number
  body: object
  headers?: Record<string, string>
}

/** Replies with a JSON document, as both Azure services do (errors included). */
export function sendJson(response: ServerResponse, options: SendJsonOptions): void {
  response
    .writeHead(options.status, {
      'content-type': 'application/json; charset=utf-8',
      ...options.headers
    })
    .end(JSON.stringify(options.body))
}
