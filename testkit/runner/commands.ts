// Processes an action's output lines the way the runner's OutputManager + ActionCommandManager do
// (src/Runner.Worker/ActionCommandManager.cs): workflow commands are acted on and hidden, everything
// else goes to the step log with registered secrets replaced by `***`. The runner feeds it BOTH
// stdout and stderr (NodeScriptActionHandler wires an OutputManager to each), in arrival order.
import { CommandNames, parseCommand, type WorkflowCommand } from './parse.js';
import { SecretMasker } from './mask.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface CommandProcessorOptions {
  /** Step debug logging (ACTIONS_STEP_DEBUG / RUNNER_DEBUG=1): `##[debug]` lines and command echo. */
  stepDebug?: boolean;
  /** GITHUB_WORKSPACE and GITHUB_REPOSITORY, for making annotation `file`s repository-relative. */
  workspace?: string;
  repository?: string;
  /** ACTIONS_ALLOW_UNSECURE_COMMANDS / ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS opt-ins. */
  allowUnsecureCommands?: boolean;
  allowUnsecureStopTokens?: boolean;
}

const UNSECURE_DISABLED = (command: string) =>
  `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`;
const DEPRECATED = (command: string) =>
  `The \`${command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`;
const BAD_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice']);
const MAX_ISSUE_MESSAGE = 4096;

function prop(props: Record<string, string>, key: string): string | undefined {
  const k = Object.keys(props).find((p) => p.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : props[k];
}
function setProp(props: Record<string, string>, key: string, value: string): void {
  const k = Object.keys(props).find((p) => p.toLowerCase() === key.toLowerCase());
  props[k ?? key] = value;
}
function deleteProp(props: Record<string, string>, key: string): void {
  for (const k of Object.keys(props)) if (k.toLowerCase() === key.toLowerCase()) delete props[k];
}
/** .NET int.TryParse. */
function toInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const n = Number(value.trim());
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

export class CommandProcessor {
  readonly masker = new SecretMasker();
  readonly log: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly debug: string[] = [];
  readonly masked: string[] = [];
  readonly groups: string[] = [];
  readonly legacyOutputs: Record<string, string> = {};
  readonly legacyState: Record<string, string> = {};
  readonly legacyEnv: Record<string, string> = {};
  readonly legacyPath: string[] = [];
  /** Commands (and file commands) the runner would reject; each one fails the step. */
  readonly commandErrors: string[] = [];
  private readonly known = new CommandNames();
  private stopToken: string | undefined;
  private echo: boolean;

  constructor(private readonly options: CommandProcessorOptions = {}) {
    this.echo = options.stepDebug ?? false;
  }

  /** One line the action printed (stdout or stderr). */
  line(input: string): void {
    if (input && (input.includes('##[') || input.includes('::')) && this.tryCommand(input)) return;
    this.output(
      input.replaceAll('##[start-action', '##[\\start-action').replaceAll('##[end-action', '##[\\end-action'),
    );
  }

  /** A plain log line (masked). */
  output(text: string): void {
    this.log.push(this.masker.mask(text));
  }

  /** An annotation raised by the action or by the runner itself. */
  issue(level: Annotation['level'], message: string, properties: Record<string, string> = {}): void {
    const masked = this.masker.mask(message).slice(0, MAX_ISSUE_MESSAGE);
    this.annotations.push({ level, message: masked, properties });
    if (masked) this.output(`##[${level}]${masked}`);
  }

  /** Fails the step the way a throwing command handler or file command does. */
  fail(what: string, reason: string): void {
    this.issue('error', what);
    this.issue('error', reason);
    this.commandErrors.push(`${what} ${reason}`);
  }

  private runnerDebug(message: string): void {
    if (!this.options.stepDebug) return;
    for (const line of message.replaceAll('\r\n', '\n').split('\n')) this.output(`##[debug]${line}`);
  }

  private tryCommand(input: string): boolean {
    const cmd = parseCommand(input, this.known);
    if (!cmd) return false;
    const name = cmd.command.toLowerCase();
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) {
        this.runnerDebug(
          `Process commands has been stopped and waiting for '##[${this.stopToken}]' to resume.`,
        );
        return false;
      }
      this.output(input);
      this.runnerDebug('Resume processing commands');
      this.known.delete(this.stopToken);
      this.stopToken = undefined;
      return true;
    }
    if (name === 'stop-commands') {
      const token = cmd.data;
      const invalid = this.known.has(token) || token === '' || token.toLowerCase() === 'pause-logging';
      if (invalid && !this.options.allowUnsecureStopTokens) {
        this.fail(`Unable to process command '${input}' successfully.`, BAD_STOP_TOKEN);
        return true;
      }
      this.stopToken = token;
      this.known.add(token);
      if (token.length > 6) this.masker.add(token);
      this.output(input);
      this.runnerDebug(
        'Paused processing commands until the token you called ::stopCommands:: with is received',
      );
      return true;
    }
    if (this.echo && !OMIT_ECHO.has(name)) this.output(input);
    try {
      this.handle(name, cmd);
    } catch (error) {
      const info = OMIT_ECHO.has(name) ? name : input;
      this.fail(`Unable to process command '${info}' successfully.`, (error as Error).message);
    }
    return true;
  }

  private handle(name: string, cmd: WorkflowCommand): void {
    const { data, properties } = cmd;
    switch (name) {
      case 'set-output':
      case 'save-state': {
        this.issue('warning', DEPRECATED(name));
        const key = prop(properties, 'name');
        if (!key) throw new Error(`Required field 'name' is missing in ##[${name}] command.`);
        // Recorded, not honoured: tests assert an action never relies on (or is forged by) these.
        (name === 'set-output' ? this.legacyOutputs : this.legacyState)[key] = data;
        return;
      }
      case 'set-env':
      case 'add-path': {
        if (!this.options.allowUnsecureCommands) throw new Error(UNSECURE_DISABLED(name));
        if (name === 'add-path') {
          if (!data) throw new Error("Argument cannot be null or empty. (Parameter 'path')");
          this.legacyPath.push(data);
          return;
        }
        const key = prop(properties, 'name');
        if (!key) throw new Error("Required field 'name' is missing in ##[set-env] command.");
        if (key.toUpperCase() === 'NODE_OPTIONS') {
          this.issue('error', "Can't update NODE_OPTIONS environment variable using ::set-env:: command.");
        } else {
          this.legacyEnv[key] = data;
        }
        return;
      }
      case 'add-mask':
        if (data.trim() === '') {
          this.issue('warning', "Can't add secret mask for empty string in ##[add-mask] command.");
          return;
        }
        if (this.echo) this.output('::add-mask::***');
        this.masker.add(data);
        for (const part of data.split(/[\r\n]/)) if (part.trim()) this.masker.add(part.trim());
        this.masked.push(data);
        return;
      case 'debug': {
        const masked = this.masker.mask(data);
        this.debug.push(masked);
        this.runnerDebug(data);
        return;
      }
      case 'error':
      case 'warning':
      case 'notice':
        this.issue(name, data, this.issueProperties(properties));
        return;
      case 'group':
        this.groups.push(this.masker.mask(data));
        this.output(`##[group]${data}`);
        return;
      case 'endgroup':
        this.output('##[endgroup]');
        return;
      case 'echo':
        if (!data) throw new Error("Argument cannot be null or empty. (Parameter 'value')");
        if (!['ON', 'OFF'].includes(data.trim().toUpperCase())) {
          throw new Error(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${data}'.`,
          );
        }
        this.echo = data.trim().toUpperCase() === 'ON';
        return;
      case 'add-matcher':
      case 'remove-matcher':
        return; // Problem matchers are not emulated.
      default:
        this.issue('warning', `Can't find command extension for ##[${cmd.command}.command].`);
    }
  }

  /** IssueCommandExtension: line/column sanity rules, then `file` made relative to the workspace. */
  private issueProperties(input: Record<string, string>): Record<string, string> {
    const props = { ...input };
    let line = prop(props, 'line');
    const endLine = prop(props, 'endLine');
    let col = prop(props, 'col');
    const endColumn = prop(props, 'endColumn');
    let hasLine = toInt(line) !== undefined;
    const hasEndLine = toInt(endLine) !== undefined;
    let hasCol = toInt(col) !== undefined;
    const hasEndCol = toInt(endColumn) !== undefined;
    const hasColumn = hasCol || hasEndCol;
    if (hasEndLine && !hasLine) {
      setProp(props, 'line', endLine!);
      hasLine = true;
      line = endLine;
    }
    if (hasEndCol && !hasCol) {
      setProp(props, 'col', endColumn!);
      hasCol = true;
      col = endColumn;
    }
    if (!hasLine && hasColumn) ['col', 'endColumn'].forEach((k) => deleteProp(props, k));
    if (hasEndLine && line !== endLine && hasColumn)
      ['col', 'endColumn'].forEach((k) => deleteProp(props, k));
    if (hasLine && hasEndLine && toInt(endLine)! < toInt(line)!) {
      ['line', 'endLine'].forEach((k) => deleteProp(props, k));
    }
    if (hasCol && hasEndCol && toInt(endColumn)! < toInt(col)!) {
      ['col', 'endColumn'].forEach((k) => deleteProp(props, k));
    }
    const file = prop(props, 'file');
    const workspace = this.options.workspace;
    if (file && workspace) {
      let relative = file;
      if (file === workspace) relative = '';
      else if (file.startsWith(workspace.endsWith('/') ? workspace : `${workspace}/`)) {
        relative = file.slice(workspace.endsWith('/') ? workspace.length : workspace.length + 1);
      }
      if (relative !== file) {
        if (this.options.repository) props.repo = this.options.repository;
        if (relative) setProp(props, 'file', relative);
      }
    }
    return props;
  }
}
