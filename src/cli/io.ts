// What a CLI command may touch, so tests can run commands in-process with captured output.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Reads all of standard input (throws if unreadable). */
  readStdin(): Buffer;
}
