export const id = 733;
export const ids = [733];
export const modules = {

/***/ 9733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWithTimeLimit: () => (/* binding */ runWithTimeLimit)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var lib_exec = __webpack_require__(2876);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/exec/index.ts
// The project's one way to run a program: from an argument array (never a shell), streaming its
// output line by line. `run` is @actions/exec underneath; the two things @actions/exec cannot do
// (a child in a session of its own, and a detached child that outlives this process) are here too,
// so no other file starts processes. The child gets this process's environment plus any
// overrides, so runner variables such as ACTIONS_RUNTIME_TOKEN reach tools (buildx reads them).



/** Thrown when the program cannot be started at all (not found, not executable). */
class SpawnError extends Error {
    command;
    code;
    name = 'SpawnError';
    constructor(command, code, message) {
        super(message);
        this.command = command;
        this.code = code;
    }
}
function mergeEnv(overrides = {}) {
    const env = { ...process.env };
    for (const [key, value] of Object.entries(overrides)) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
/** Splits a byte stream into lines (UTF-8 kept whole across chunks); keeps the text if asked. */
class LineSplitter {
    onLine;
    keep;
    keepLimit;
    decoder = new StringDecoder('utf8');
    rest = '';
    kept = [];
    keptLength = 0;
    constructor(onLine, keep, 
    /** Most characters kept (the rest of a long text is dropped). */
    keepLimit = Infinity) {
        this.onLine = onLine;
        this.keep = keep;
        this.keepLimit = keepLimit;
    }
    push(chunk) {
        this.take(this.decoder.write(chunk));
    }
    end() {
        this.take(this.decoder.end());
        if (this.onLine && this.rest !== '')
            this.onLine(this.rest.replace(/\r$/, ''));
        this.rest = '';
        return this.kept.join('');
    }
    take(text) {
        if (text === '')
            return;
        if (this.keep && this.keptLength < this.keepLimit) {
            this.kept.push(text);
            this.keptLength += text.length;
        }
        if (!this.onLine)
            return;
        this.rest += text;
        let nl = this.rest.indexOf('\n');
        while (nl >= 0) {
            this.onLine(this.rest.slice(0, nl).replace(/\r$/, ''));
            this.rest = this.rest.slice(nl + 1);
            nl = this.rest.indexOf('\n');
        }
    }
}
/** @actions/exec's "cannot start" errors (not found, bad cwd, spawn failure) as a SpawnError. */
function spawnError(command, error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /Unable to locate executable file|does not exist/.test(message);
    return new SpawnError(command, missing ? 'ENOENT' : undefined, `cannot run ${command}: ${message}`);
}
/** Runs `command args` to its end; a non-zero exit is a result, not an error. */
async function run(command, args, opts = {}) {
    const capture = opts.capture ?? true;
    const out = new LineSplitter(opts.onStdoutLine, capture);
    const err = new LineSplitter(opts.onStderrLine, capture);
    let exitCode;
    try {
        exitCode = await exec(command, [...args], {
            cwd: opts.cwd,
            env: mergeEnv(opts.env),
            silent: true,
            ignoreReturnCode: true,
            // Without input the child's stdin is a pipe nobody writes (closed when it exits): the tools
            // we run never read it. An empty Buffer would be written and could fail with EPIPE.
            ...(opts.input === undefined ? {} : { input: Buffer.from(opts.input) }),
            listeners: { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) },
        });
    }
    catch (error) {
        throw spawnError(command, error);
    }
    // A child ended by a signal has no exit code (@actions/exec gives null).
    return { exitCode: exitCode ?? 1, stdout: out.end(), stderr: err.end() };
}
/**
 * Runs `command args` in a session of its own (setsid), stdout discarded, the first `stderrLimit`
 * characters of stderr kept. With autogroup scheduling (Ubuntu's default) a session's processes
 * share one slice of CPU: processes that should run side by side each get their own. Never throws:
 * a program that cannot start is exit code 127 with the reason on stderr.
 */
function runInOwnSession(command, args, stderrLimit = 8192) {
    return new Promise((resolve) => {
        const child = spawn(command, [...args], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
        const err = new LineSplitter(undefined, true, stderrLimit);
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (e) => resolve({ exitCode: 127, stdout: '', stderr: `${command}: ${e.message}` }));
        child.on('close', (code, signal) => resolve({
            exitCode: code ?? (signal ? 128 : 1),
            signal: signal ?? undefined,
            stdout: '',
            stderr: err.end(),
        }));
    });
}
/**
 * Starts `command args` detached (its own session, not waited for, outliving this process), its
 * stdout and stderr appended to the open file descriptor `logFd`. Returns its pid, or undefined
 * when it could not be started.
 */
function startDetached(command, args, logFd) {
    const child = spawn(command, [...args], { detached: true, stdio: ['ignore', logFd, logFd] });
    child.on('error', () => undefined); // reported as no pid
    child.unref();
    return child.pid;
}

;// CONCATENATED MODULE: ./packages/exec/time-limited.ts
// A short-lived helper program whose whole output is its answer (a Docker credential helper):
// input on stdin, stdout and stderr collected up to a size limit, ended after a time limit.
// Beside ./index.ts (the streaming runner the build uses), with the same spawn rules: an
// argument array, never a shell.


/** Runs `command` to completion or its time limit; rejects with SpawnError when it cannot start. */
function runWithTimeLimit(command, args, opts) {
    const limit = opts.maxOutputBytes ?? 1 << 20;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, [...args], {
            env: opts.env ?? process.env,
            shell: false,
            windowsHide: true,
            timeout: opts.timeoutMs,
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const output = { stdout: '', stderr: '' };
        for (const stream of ['stdout', 'stderr']) {
            child[stream]?.setEncoding('utf8').on('data', (chunk) => {
                if (output[stream].length < limit)
                    output[stream] += chunk.slice(0, limit - output[stream].length);
            });
        }
        child.on('error', (error) => {
            reject(new SpawnError(command, error.code, `cannot run ${command}: ${error.message}`));
        });
        child.stdin?.on('error', () => undefined); // a child that exits without reading its input
        child.stdin?.end(opts.input);
        const finish = (code) => resolve({ exitCode: code ?? 128, ...output, timedOut: child.killed });
        child.on('close', finish);
        // Killed at the limit: answer now, even if a grandchild still holds its output open.
        child.on('exit', (code) => {
            if (!child.killed)
                return;
            child.stdout?.destroy();
            child.stderr?.destroy();
            finish(code);
        });
    });
}


/***/ })

};
