/**
 * `run`, except that its first call runs alone: calls made while it is under way wait for it to
 * settle (whatever its outcome) before they start. Signatures made side by side then share what
 * the first one set up — the bearer challenge, the token, the key the SDK reads once — instead of
 * each asking for it.
 */
export function firstCallAlone<A, R>(
  run: (argument: A) => Promise<R>
): (argument: A) => Promise<R> {
  let first: Promise<unknown> | undefined
  return async argument => {
    if (first === undefined) {
      const result = run(argument)
      first = result.catch(() => undefined)
      return result
    }
    await first
    return run(argument)
  }
}
