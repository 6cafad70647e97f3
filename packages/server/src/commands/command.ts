/** A CLI command: its usage lines for `claimline --help`, and what it runs. */
export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<void> | void;
}

/** A mistake in how a command was called: reported as its message, with no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A command that ran and found something wrong (it has said what): exit status 1, no stack trace. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
}
