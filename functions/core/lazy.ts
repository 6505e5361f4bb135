/**
 * A schema (or a set of fields) that several operations or schemas share, built on the first request
 * that needs it: `const userParams = lazy(() => z.object(…))`, then `params: userParams` in an
 * operation (functions/core/http.ts), or `userParams()` inside another schema's function. In a module
 * of its own so that schema modules can use it without pulling the HTTP stack into a worker's bundle.
 * The annotation lets esbuild drop an unused call in this module's importers only when it can see it:
 * functions/core/clients.ts keeps its own copy (`once`), because through this import every bundle
 * kept every SDK client (measured: +200-300 KB each).
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
