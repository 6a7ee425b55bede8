/** What `npm run sim -- <model> [--scenario file.json] [--seed N] [--json]` passes to a model's command. */
export interface SimCliInput {
  /** The parsed JSON of `--scenario`, or undefined for the model's default scenario. */
  scenario: unknown;
  /** Where the scenario came from, for error messages (the file name, or "默认场景"). */
  source: string;
  /** The seed from `--seed` (default 1). */
  seed: number;
  /** `--json`: print machine-readable JSON instead of a table. */
  json: boolean;
  /** `--answer`: also print the answers (OSTEP style: the question first, answers on request). */
  answer: boolean;
}

/** One model's command-line entry: each `src/sim/<model>/cli.ts` exports one as `command`. */
export interface SimCommand {
  /** The model name typed after `npm run sim --`. */
  name: string;
  /** One line of help, in Chinese. */
  summary: string;
  /** Runs the model and returns the text to print; throws ScenarioError on bad input. */
  run(input: SimCliInput): string;
}

/** What a run printed and its exit code: 0 fine, 2 bad input, 1 a fault in the model (a bug). */
export interface CliResult {
  /** Exit code. */
  code: number;
  /** Text for standard output. */
  stdout: string;
  /** Text for standard error. */
  stderr: string;
}
