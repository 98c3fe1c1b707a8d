import { AsyncLocalStorage } from 'node:async_hooks'
import { subscribe } from 'node:diagnostics_channel'

const requestOwner = new AsyncLocalStorage<() => void>()

// Node publishes every node:http(s) request on this channel synchronously, in the async context
// of the code that made it: sigstore-js's Fulcio client (make-fetch-happen) and the Rekor and TSA
// clients here both send through node:http and retry inside, so this is where each attempt,
// retries and Rekor's conflict lookup included, is seen.
subscribe('http.client.request.created', () => requestOwner.getStore()?.())

/**
 * Runs `task`, calling `onRequest` once per HTTP request it sends, however deep inside
 * sigstore-js or the service clients and however many times they retry. Requests made outside `task` are not counted.
 */
export function countRequests<T>(onRequest: () => void, task: () => Promise<T>): Promise<T> {
  return requestOwner.run(onRequest, task)
}

/** Runs `task` outside any counting (the identity token fetch is not a request to Fulcio). */
export function uncounted<T>(task: () => Promise<T>): Promise<T> {
  return requestOwner.exit(task)
}
