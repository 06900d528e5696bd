/**
 * An error the user can act on: the CLI prints it as one line
 * (`kgraph <command>: message`) with no stack trace. The message says what
 * went wrong, where, and when possible how to fix it.
 */
export class KgraphError extends Error {
  constructor(
    message: string,
    /** Process exit code when it ends a CLI command. */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'KgraphError';
  }
}
