/**
 * graphology's add-ons are CommonJS packages whose typings say `export default`.
 * Under NodeNext, TypeScript then types the default import as `{ default }`
 * while Node hands over the function itself; this bridges the two.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
