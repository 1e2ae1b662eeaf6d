import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ moveToTrash),
/* harmony export */   Sr: () => (/* binding */ trashName),
/* harmony export */   St: () => (/* binding */ startDeleter),
/* harmony export */   runDeleteWorker: () => (/* binding */ runDeleteWorker)
/* harmony export */ });
/* unused harmony export waitForDeleter */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _delete_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(111);
// Background mode: each target is renamed into a trash folder beside it (same filesystem, so the
// rename is instant and later steps never see a half-deleted folder), then a detached deleter —
// this same bundle started with `--delete-worker <job.json>` — empties the trash while the job goes
// on. The post step waits for it (bounded) and turns its failures into warnings.




function trashName(runId) {
    return `.free-disk-space-trash-${runId}`;
}
/** Renames each path into `<its parent>/<trash name>/`; needs no time proportional to size. */
function moveToTrash(paths, name, privilege) {
    const moved = { trash: [], inPlace: [], errors: [] };
    const byParent = new Map();
    for (const path of paths) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false });
        if (!st)
            continue;
        // A mount point (or anything on another filesystem than its parent) cannot be renamed there.
        if (st.dev !== (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(parent).dev)
            moved.inPlace.push(path);
        else
            byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
    }
    for (const [parent, group] of byParent) {
        const trash = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, name);
        try {
            if (privilege === 'sudo') {
                // `mv -t` would copy across filesystems; both sides were checked to be on one above.
                sudo(['mkdir', '-p', '--', trash]);
                sudo(['mv', '-t', trash, '--', ...group]);
            }
            else {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(trash, { recursive: true });
                for (const path of group)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(trash, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)));
            }
            moved.trash.push(trash);
        }
        catch (error) {
            moved.errors.push(`${parent}: ${error.message}`);
            // Whatever did not move is deleted where it is; whatever did is in the trash.
            for (const path of group)
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
                    moved.inPlace.push(path);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(trash))
                moved.trash.push(trash);
        }
    }
    return moved;
}
function sudo(args) {
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(_delete_js__WEBPACK_IMPORTED_MODULE_3__/* .tools */ .Yl.sudo, ['-n', ...args], { encoding: 'utf8' });
    if (run.status !== 0)
        throw new Error(run.stderr.trim() || `sudo ${args[0]} failed`);
}
/** Starts the detached deleter and returns its pid at once; its output goes to `<dir>/deleter.log`. */
function startDeleter(job, bundle, dir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    const jobFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'job.json');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(jobFile, JSON.stringify(job));
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'deleter.log'), 'a');
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [bundle, '--delete-worker', jobFile], {
        detached: true,
        stdio: ['ignore', log, log],
    });
    child.unref();
    return { pid: child.pid ?? 0, jobFile };
}
/** The deleter process: delete, then write the status file (atomically, by rename). */
async function runDeleteWorker(jobFile) {
    const job = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(jobFile, 'utf8'));
    const result = await (0,_delete_js__WEBPACK_IMPORTED_MODULE_3__/* .deletePaths */ .GF)(job.paths, { parallelism: job.parallelism, privilege: job.privilege });
    const status = { seconds: result.seconds, errors: result.errors };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${job.statusFile}.tmp`, JSON.stringify(status));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(`${job.statusFile}.tmp`, job.statusFile);
}
function alive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    // An exited child nobody has reaped yet still answers signal 0.
    try {
        return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    }
    catch {
        return true;
    }
}
/** Polls for the status file until it appears, the deleter dies without one, or time runs out. */
async function waitForDeleter(statusFile, pid, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (existsSync(statusFile))
            return { kind: 'finished', status: JSON.parse(readFileSync(statusFile, 'utf8')) };
        if (!alive(pid)) {
            // It may have written the file between the two checks.
            if (existsSync(statusFile))
                continue;
            return { kind: 'vanished' };
        }
        if (Date.now() >= deadline)
            return { kind: 'timeout' };
        await new Promise((r) => setTimeout(r, 50));
    }
}


/***/ }),

/***/ 111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ deletePaths),
/* harmony export */   YI: () => (/* binding */ deleteJobs),
/* harmony export */   Yl: () => (/* binding */ tools)
/* harmony export */ });
/* unused harmony exports splitForDeletion, removeBatch */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Parallel deletion: each path is split into smaller pieces (its children, and theirs, until there
// are enough to keep every worker busy), then a bounded pool of `rm -rf --one-file-system`
// processes deletes them, biggest first. rm is native code doing nothing but unlinkat(2), so the
// pool adds parallelism without adding per-file work in JavaScript.
//
// "Biggest" is an estimate: exact sizes need a walk over every inode, which costs about as much as
// deleting them. Folders go first (by their count of subfolders, from one lstat each), then the
// batches of loose files. The split only reads folder listings (getdents), never whole trees.



/** The programs run for privileged work (tests point `sudo` at a stand-in). */
const tools = { sudo: 'sudo' };
const MAX_BATCH = 256;
const MAX_ARG_BYTES = 96 * 1024;
/** Folders nested deeper than this are not split further (a chain of single folders ends it). */
const MAX_DEPTH = 16;
/**
 * The pieces `rm` processes get, biggest (estimated) first. `want` is how many pieces are enough;
 * folders on another filesystem than their top path are left out (rm would cross into them when
 * named on its command line; the final pass over the top paths skips them with a message).
 */
function splitForDeletion(paths, want) {
    const dirs = [];
    const files = [];
    let frontier = [];
    for (const path of paths) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false });
        if (!st)
            continue;
        if (st.isDirectory())
            frontier.push({ path, dev: st.dev, nlink: st.nlink });
        else
            files.push({ paths: [path], weight: 1 });
    }
    for (let depth = 0; frontier.length && depth < MAX_DEPTH && frontier.length + dirs.length < want; depth++) {
        const next = [];
        for (const dir of frontier) {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir.path, { withFileTypes: true });
            }
            catch {
                dirs.push({ paths: [dir.path], weight: dir.nlink });
                continue;
            }
            const loose = [];
            for (const entry of entries) {
                const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir.path, entry.name);
                if (!entry.isDirectory()) {
                    loose.push(full);
                    continue;
                }
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full, { throwIfNoEntry: false });
                if (st && st.dev === dir.dev)
                    next.push({ path: full, dev: st.dev, nlink: st.nlink });
            }
            for (const batch of chunk(loose))
                files.push({ paths: batch, weight: batch.length / MAX_BATCH });
        }
        frontier = next;
    }
    for (const dir of frontier)
        dirs.push({ paths: [dir.path], weight: dir.nlink });
    dirs.sort((a, b) => b.weight - a.weight);
    files.sort((a, b) => b.weight - a.weight);
    // Many small folders: several per rm process, so process start-up stays a small cost.
    const perBatch = Math.max(1, Math.floor(dirs.length / Math.max(1, want)));
    const dirBatches = [];
    for (let i = 0; i < dirs.length; i += perBatch)
        dirBatches.push(...chunk(dirs.slice(i, i + perBatch).flatMap((d) => d.paths)));
    return [...dirBatches, ...files.map((f) => f.paths)];
}
function chunk(paths) {
    const out = [];
    let current = [];
    let bytes = 0;
    for (const p of paths) {
        if (current.length && (current.length >= MAX_BATCH || bytes + p.length + 1 > MAX_ARG_BYTES)) {
            out.push(current);
            current = [];
            bytes = 0;
        }
        current.push(p);
        bytes += p.length + 1;
    }
    if (current.length)
        out.push(current);
    return out;
}
/** One `rm -rf --one-file-system -- paths…`; resolves with its stderr lines (empty when it succeeded). */
function removeBatch(paths, privilege) {
    const rm = ['rm', '-rf', '--one-file-system', '--', ...paths];
    const [command, ...args] = privilege === 'sudo' ? [tools.sudo, '-n', ...rm] : rm;
    return new Promise((resolve) => {
        // Each rm in a session of its own (detached = setsid): with autogroup scheduling (Ubuntu's
        // default) a session's processes share one slice of CPU, so on a busy machine rm processes in
        // the action's session would take turns instead of running side by side.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
        let stderr = '';
        child.stderr.on('data', (d) => {
            if (stderr.length < 8192)
                stderr += d.toString();
        });
        child.on('error', (e) => resolve([`${command}: ${e.message}`]));
        child.on('close', (code) => {
            const lines = stderr.split('\n').filter(Boolean);
            resolve(code === 0 ? [] : lines.length ? lines : [`${command} exited with code ${code}`]);
        });
    });
}
/**
 * Deletes several jobs (each a list of paths) in order through ONE pool of rm processes: the next
 * job is split and queued as soon as the pool runs out of work, so no worker idles while another
 * finishes the tail of a job. Each job ends with a final pass over its own paths (the folders the
 * split walked through, empty by then). Returns how many jobs were opened; never throws.
 */
async function deleteJobs(jobs, opts, hooks = {}) {
    const want = opts.parallelism * 8;
    const queue = [];
    const state = jobs.map(() => ({ pending: 0, started: 0, errors: [] }));
    let next = 0;
    let running = 0; // jobs opened and not yet done
    let stopped = false;
    let wake = [];
    const signal = () => {
        const waiting = wake;
        wake = [];
        for (const w of waiting)
            w();
    };
    const finish = async (j) => {
        for (const batch of chunk(jobs[j]))
            state[j].errors.push(...(await removeBatch(batch, opts.privilege)));
        running--;
        const errors = [...new Set(state[j].errors)].slice(0, 50);
        hooks.done?.(j, { seconds: (performance.now() - state[j].started) / 1000, errors });
        signal();
    };
    /** Opens the next job; false when there is none (or open() said stop). */
    const openNext = async () => {
        if (stopped || next >= jobs.length)
            return false;
        const j = next++;
        if (hooks.open && !hooks.open(j)) {
            stopped = true;
            signal();
            return false;
        }
        running++;
        state[j].started = performance.now();
        const batches = splitForDeletion(jobs[j], want);
        state[j].pending = batches.length;
        for (const paths of batches)
            queue.push({ job: j, paths });
        signal();
        if (!batches.length)
            await finish(j);
        return true;
    };
    const worker = async () => {
        for (;;) {
            const item = queue.shift();
            if (item) {
                state[item.job].errors.push(...(await removeBatch(item.paths, opts.privilege)));
                if (--state[item.job].pending === 0)
                    await finish(item.job);
                continue;
            }
            if (stopped || next >= jobs.length)
                return;
            if (hooks.barrier && running > 0) {
                await new Promise((r) => wake.push(r));
                continue;
            }
            await openNext();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.parallelism) }, worker));
    return next - (stopped ? 1 : 0);
}
/** Deletes `paths` (all of each) with a pool of rm processes; never throws. */
async function deletePaths(paths, opts) {
    let result = { seconds: 0, errors: [] };
    await deleteJobs([paths], opts, { done: (_, r) => (result = r) });
    return result;
}


/***/ }),

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ko: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: MODES, parsePaths, parseTargets

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./packages/action-io/index.ts + 7 modules
var action_io = __nccwpck_require__(585);
;// CONCATENATED MODULE: ./packages/units/duration.ts
// Durations as users write them in workflow inputs: `15m`, `5s`, `1h30m`, `500ms`, `1.5s`.
// A plain number means seconds (`30` = 30 s), as in most CLI timeouts. Units are ms, s, m, h
// (case-insensitive), each at most once and from the largest down, so a typo such as `5m5m` or
// `30s1m` is an error rather than a silent sum. Values are whole milliseconds.

const DURATION_FORMS = 'a duration such as 500ms, 5s, 15m, 1h30m or 1.5s (a plain number is seconds)';
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const UNIT_ORDER = ['h', 'm', 's', 'ms'];
const COMPONENT_RE = /(\d+(?:\.\d+)?|\.\d+)\s*(ms|h|m|s)\s*/y;
const PLAIN_SECONDS_RE = /^(\d+(?:\.\d+)?|\.\d+)$/;
/** setTimeout's limit (about 24.8 days): longer waits would fire at once. */
const MAX_DURATION_MS = 2 ** 31 - 1;
/** Parses a duration into whole milliseconds; throws InputError naming `input` when malformed. */
function parseDuration(text, input = 'duration') {
    const value = text.trim().toLowerCase();
    const fail = (why) => {
        throw new action_io/* InputError */.dz(input, `"${text.trim()}" ${why} (allowed: ${DURATION_FORMS})`);
    };
    if (value === '')
        fail('is empty');
    let ms;
    if (PLAIN_SECONDS_RE.test(value)) {
        ms = Number(value) * 1000;
    }
    else {
        ms = 0;
        let last = -1;
        COMPONENT_RE.lastIndex = 0;
        while (COMPONENT_RE.lastIndex < value.length) {
            const start = COMPONENT_RE.lastIndex;
            const match = COMPONENT_RE.exec(value);
            if (!match)
                return fail(`is not a duration at "${value.slice(start)}"`);
            const rank = UNIT_ORDER.indexOf(match[2]);
            if (rank <= last)
                fail('repeats a unit or lists them out of order (write h, m, s, ms from largest down)');
            last = rank;
            ms += Number(match[1]) * UNIT_MS[match[2]];
        }
    }
    ms = Math.round(ms);
    if (!Number.isFinite(ms) || ms > MAX_DURATION_MS)
        fail(`is longer than ${formatDuration(MAX_DURATION_MS)}`);
    return ms;
}
/**
 * Reads a duration input (the action.yml default applies when empty) and checks its range,
 * e.g. `durationInput(inputs, 'timeout', '15m', { min: 1 })`.
 */
function durationInput(inputs, name, fallback, range = {}) {
    const text = inputs.string(name, fallback);
    const ms = parseDuration(text, name);
    const min = range.min ?? 0;
    const max = range.max ?? MAX_DURATION_MS;
    if (ms < min || ms > max) {
        const bounds = max >= MAX_DURATION_MS
            ? `at least ${formatDuration(min)}`
            : `${formatDuration(min)} to ${formatDuration(max)}`;
        throw new action_io/* InputError */.dz(name, `"${text}" is out of range (allowed: ${bounds})`);
    }
    return ms;
}
/**
 * Formats whole milliseconds the way parseDuration reads them back: 5400000 -> `1h30m`,
 * 1500 -> `1s500ms`, 0 -> `0s`. `round: 'seconds'` rounds to whole seconds first (for logs).
 */
function formatDuration(ms, opts = {}) {
    let rest = Math.max(0, Math.round(opts.round === 'seconds' ? Math.round(ms / 1000) * 1000 : ms));
    if (rest === 0)
        return '0s';
    let text = '';
    for (const unit of UNIT_ORDER) {
        const count = Math.floor(rest / UNIT_MS[unit]);
        if (count > 0)
            text += `${count}${unit}`;
        rest -= count * UNIT_MS[unit];
    }
    return text;
}

// EXTERNAL MODULE: ./packages/units/size.ts
var size = __nccwpck_require__(881);
// EXTERNAL MODULE: ./actions/free-disk-space/targets.ts
var targets = __nccwpck_require__(124);
;// CONCATENATED MODULE: ./actions/free-disk-space/inputs.ts
// All inputs, read once into one typed object. Every problem is an InputError naming the input and
// what is allowed, raised before anything is touched.






const MODES = ['wait', 'background'];
/**
 * `default` stands for the default list, so `default, chromium` adds one group to it; `none`
 * stands for no group (only extra-paths).
 */
function parseTargets(items) {
    const out = [];
    const unknown = [];
    for (const item of items.map((i) => i.toLowerCase())) {
        const names = item === 'default' ? targets/* DEFAULT_TARGETS */.b6 : item === 'none' ? [] : [item];
        for (const name of names) {
            if (!targets/* TARGET_NAMES */.HQ.includes(name))
                unknown.push(name);
            else if (!out.includes(name))
                out.push(name);
        }
    }
    if (unknown.length)
        throw new action_io/* InputError */.dz('targets', `unknown target${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (allowed: default, none, ${targets/* TARGET_NAMES */.HQ.join(', ')})`);
    return out;
}
/** Absolute, normalised paths without `..` segments; anything else is refused. */
function parsePaths(name, items) {
    return items.map((item) => {
        if (!(0,external_node_path_.isAbsolute)(item))
            throw new action_io/* InputError */.dz(name, `"${item}" is not an absolute path`);
        if (item.split('/').includes('..'))
            throw new action_io/* InputError */.dz(name, `"${item}" contains ".." (write the path without it)`);
        return (item
            .replace(/\/+/g, '/')
            .replace(/(.)\/$/, '$1')
            .replace(/\/\.(?=\/|$)/g, '') || '/');
    });
}
function readInputs(inputs = new action_io/* Inputs */.G0()) {
    const targetText = inputs.list('targets');
    const root = inputs.string('root', '/');
    if (!(0,external_node_path_.isAbsolute)(root))
        throw new action_io/* InputError */.dz('root', `"${root}" is not an absolute path`);
    const minFreeText = inputs.string('min-free');
    return {
        targets: parseTargets(targetText.length ? targetText : targets/* DEFAULT_TARGETS */.b6),
        minFree: minFreeText === '' ? 0 : (0,size/* parseSize */.DB)(minFreeText, 'min-free'),
        mode: inputs.choice('mode', MODES, 'wait'),
        dryRun: inputs.boolean('dry-run', false),
        keep: parsePaths('keep', inputs.lines('keep')),
        extraPaths: parsePaths('extra-paths', inputs.lines('extra-paths')),
        allowSelfHosted: inputs.boolean('allow-self-hosted', false),
        root: parsePaths('root', [root])[0],
        parallelism: inputs.integer('parallelism', Math.min(8, Math.max(2, (0,external_node_os_namespaceObject.availableParallelism)() * 2)), {
            min: 1,
            max: 64,
        }),
        postTimeoutMs: durationInput(inputs, 'post-timeout', '15m', { min: 1000 }),
    };
}


/***/ }),

/***/ 845:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(585);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(652);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(739);
/* harmony import */ var _system_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(623);
// Entry point of free-disk-space (bundled to dist/free-disk-space/index.js). The same bundle, run
// with `--delete-worker <job.json>`, is the detached deleter of background mode.




if (process.argv[2] === '--delete-worker') {
    const { runDeleteWorker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 280));
    await runDeleteWorker(process.argv[3]);
}
else {
    await (0,_packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0());
        const e = process.env;
        const outcome = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .freeDiskSpace */ .G2)(inputs, {
            runnerEnvironment: e.RUNNER_ENVIRONMENT,
            workspace: e.GITHUB_WORKSPACE,
            home: e.HOME,
            runnerTemp: e.RUNNER_TEMP,
            toolsDirectory: e.AGENT_TOOLSDIRECTORY,
            runId: `${e.GITHUB_RUN_ID || 'local'}-${e.GITHUB_RUN_ATTEMPT || '1'}-${process.pid}`,
            uid: process.getuid?.() ?? 0,
            bundle: process.argv[1],
            exec: _system_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .realExec */ .Ix,
        });
        const report = (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .reportJson */ .l4)(outcome.reports);
        (0,_packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)({
            'free-before': outcome.freeBefore,
            'free-after': outcome.freeAfter,
            freed: outcome.freeAfter - outcome.freeBefore,
            seconds: Math.round(outcome.seconds * 1000) / 1000,
            report,
        });
        if (outcome.background) {
            _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.saveState */ .I8.saveState('deleter', JSON.stringify(outcome.background));
            _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.saveState */ .I8.saveState('free-before', String(outcome.freeBefore));
            _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.saveState */ .I8.saveState('root', inputs.root);
            _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.saveState */ .I8.saveState('report', JSON.stringify(report));
            _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.saveState */ .I8.saveState('post-timeout', String(inputs.postTimeoutMs));
        }
        const line = (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)({ ...outcome, mode: inputs.mode, dryRun: inputs.dryRun });
        _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.info */ .I8.info(line);
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)('free-disk-space', line, outcome.reports);
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G2: () => (/* binding */ freeDiskSpace),
  Pl: () => (/* reexport */ headline),
  l4: () => (/* reexport */ reportJson),
  Sy: () => (/* reexport */ writeSummary)
});

// EXTERNAL MODULE: ./packages/action-io/index.ts + 7 modules
var action_io = __nccwpck_require__(585);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./packages/units/size.ts
var units_size = __nccwpck_require__(881);
// EXTERNAL MODULE: ./actions/free-disk-space/system-exec.ts + 1 modules
var system_exec = __nccwpck_require__(623);
;// CONCATENATED MODULE: ./actions/free-disk-space/apt.ts
// The apt target (off by default: the slow path). One `apt-get remove` of only those packages from
// a known list that are installed (asked of dpkg-query first, so a list entry missing from a new
// runner image never breaks the removal). Packages that belong to another target are removed
// only when that target is chosen too: `targets: apt` alone never removes dotnet.

/** dpkg-query patterns (shell-style globs, matched by dpkg, never by a shell). */
const APT_PACKAGES = [
    { pattern: 'dotnet-*', group: 'dotnet' },
    { pattern: 'aspnetcore-*', group: 'dotnet' },
    { pattern: 'netstandard-targeting-pack-*', group: 'dotnet' },
    { pattern: 'powershell', group: 'powershell' },
    { pattern: 'azure-cli', group: 'azure-cli' },
    { pattern: 'google-cloud-cli', group: 'gcloud' },
    { pattern: 'google-cloud-sdk', group: 'gcloud' },
    { pattern: 'llvm-*' },
    { pattern: 'php*' },
    { pattern: 'mongodb-*' },
    { pattern: 'mysql-*' },
    { pattern: 'google-chrome-stable' },
    { pattern: 'microsoft-edge-stable' },
    { pattern: 'firefox' },
    { pattern: 'mono-devel' },
];
function aptPatterns(targets) {
    return APT_PACKAGES.filter((p) => !p.group || targets.includes(p.group)).map((p) => p.pattern);
}
/** Installed packages from `dpkg-query -W -f='${db:Status-Abbrev}\t${binary:Package}\t${Installed-Size}\n'`. */
function installedPackages(text) {
    return text
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([status, name]) => status?.startsWith('ii') && name)
        .map(([, name, kib]) => ({ name: name, bytes: (Number(kib) || 0) * 1024 }));
}
async function removeApt(exec, rootExec, opts) {
    let query;
    try {
        // Exit code 1 only means some pattern matched nothing; the matches are still printed.
        query = await exec('dpkg-query', [
            '-W',
            '-f=${db:Status-Abbrev}\t${binary:Package}\t${Installed-Size}\n',
            ...aptPatterns(opts.targets),
        ]);
    }
    catch {
        return { status: 'not present' };
    }
    const packages = installedPackages(query.stdout);
    if (!packages.length)
        return { status: 'not present' };
    const names = packages.map((p) => p.name);
    const bytes = packages.reduce((sum, p) => sum + p.bytes, 0);
    if (opts.dryRun)
        return { status: 'would remove', bytes, paths: names };
    // Through `env`, because sudo drops the caller's environment.
    const remove = await rootExec('env', [
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'remove',
        '-y',
        '-q',
        '-o',
        'Dpkg::Use-Pty=0',
        ...names,
    ]);
    if (remove.exitCode !== 0)
        return { status: 'failed', errors: (0,system_exec/* failure */.V2)('apt-get remove', remove), paths: names };
    return { status: 'deleted', paths: names };
}

// EXTERNAL MODULE: ./actions/free-disk-space/background.ts
var free_disk_space_background = __nccwpck_require__(280);
// EXTERNAL MODULE: ./actions/free-disk-space/delete.ts
var free_disk_space_delete = __nccwpck_require__(111);
;// CONCATENATED MODULE: ./actions/free-disk-space/docker-images.ts
// The docker-images target: `docker image prune --all --force` (every image no container uses).
// Skipped as "not present" when docker is not installed or its daemon does not answer.


/** Docker prints sizes in decimal units (go-units HumanSize): `1.23GB`, `14.8kB`, `0B`. */
function dockerSize(text) {
    try {
        return text ? (0,units_size/* parseSize */.DB)(text) : undefined;
    }
    catch {
        return undefined;
    }
}
async function pruneImages(exec, dryRun) {
    let probe;
    try {
        probe = await exec('docker', ['version', '--format', '{{.Server.Version}}']);
    }
    catch {
        return { status: 'not present' };
    }
    if (probe.exitCode !== 0)
        return { status: 'not present', errors: ['docker daemon not reachable'] };
    if (dryRun) {
        const df = await exec('docker', ['system', 'df', '--format', '{{.Type}}\t{{.Reclaimable}}']);
        const line = df.stdout.split('\n').find((l) => l.startsWith('Images\t'));
        return { status: 'would prune', bytes: dockerSize(line?.split('\t')[1]?.split(' ')[0]) };
    }
    const prune = await exec('docker', ['image', 'prune', '--all', '--force']);
    if (prune.exitCode !== 0)
        return { status: 'failed', errors: (0,system_exec/* failure */.V2)('docker image prune', prune) };
    const reclaimed = /Total reclaimed space:\s*(\S+)/.exec(prune.stdout)?.[1];
    return { status: 'deleted', bytes: dockerSize(reclaimed) };
}

;// CONCATENATED MODULE: ./actions/free-disk-space/measure.ts
// Free space (statfs, as the kernel counts it) and `du`-equivalent sizes.


/** Bytes an unprivileged writer may still use on the filesystem holding `path` (df's "Avail"). */
function freeBytes(path) {
    const s = (0,external_node_fs_.statfsSync)(path, { bigint: true });
    return Number(s.bavail * s.bsize);
}
/**
 * Allocated bytes under `path` the way `du -sxB1` counts them: st_blocks of every entry (folders,
 * symlinks, the path itself) without following symlinks, each hard-linked inode once (per `seen`),
 * staying on the filesystem of `path` (rm --one-file-system does not cross either).
 */
function diskUsage(path, seen = new Set()) {
    const top = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false, bigint: false });
    if (!top)
        return 0;
    let total = top.blocks * 512;
    if (!top.isDirectory())
        return top.nlink > 1 && !once(seen, top.dev, top.ino) ? 0 : total;
    const dev = top.dev;
    const stack = [path];
    while (stack.length) {
        const dir = stack.pop();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            continue; // vanished or unreadable: du would warn and go on
        }
        for (const name of names) {
            const full = (0,external_node_path_.join)(dir, name);
            const st = (0,external_node_fs_.lstatSync)(full, { throwIfNoEntry: false });
            if (!st || st.dev !== dev)
                continue;
            if (st.isDirectory()) {
                total += st.blocks * 512;
                stack.push(full);
            }
            else if (st.nlink < 2 || once(seen, st.dev, st.ino))
                total += st.blocks * 512;
        }
    }
    return total;
}
/** True the first time an inode is seen. */
function once(seen, dev, ino) {
    const key = `${dev}:${ino}`;
    if (seen.has(key))
        return false;
    seen.add(key);
    return true;
}

// EXTERNAL MODULE: ./actions/free-disk-space/targets.ts
var targets = __nccwpck_require__(124);
;// CONCATENATED MODULE: ./actions/free-disk-space/plan.ts
// Turns the inputs into what to delete, and refuses what must never be deleted — all before
// anything is touched. Paths in targets, `keep` and `extra-paths` are absolute as on the runner and
// resolved under `root`; comparisons use real paths (symlinks in parents resolved), so a link
// cannot smuggle a protected folder into a deletion.




/** Folders a deletion may never be or contain (on the runner; resolved under root). */
const PROTECTED = [
    '/',
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/home',
    '/home/runner',
    '/lib',
    '/lib32',
    '/lib64',
    '/mnt',
    '/opt',
    '/proc',
    '/root',
    '/run',
    '/sbin',
    '/snap',
    '/srv',
    '/sys',
    '/tmp',
    '/usr',
    '/usr/bin',
    '/usr/include',
    '/usr/lib',
    '/usr/lib64',
    '/usr/local',
    '/usr/local/bin',
    '/usr/local/lib',
    '/usr/local/share',
    '/usr/sbin',
    '/usr/share',
    '/var',
    '/var/lib',
    '/var/lib/docker',
    '/var/log',
];
function isWithin(path, parent) {
    return path === parent || parent === '/' || path.startsWith(`${parent}/`);
}
function underRoot(root, path) {
    return root === '/' ? path : (0,external_node_path_.join)(root, path);
}
/** The real location of `path`: symlinks in its parents resolved, the last component kept as is. */
function realLocation(path) {
    if (path === '/')
        return path;
    try {
        return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(path)), (0,external_node_path_.basename)(path));
    }
    catch {
        return (0,external_node_path_.join)(realLocation((0,external_node_path_.dirname)(path)), (0,external_node_path_.basename)(path));
    }
}
function lstatOrUndefined(path) {
    return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
}
/** Why deleting `path` (already real, under root) is refused, or undefined when it is safe. */
function unsafeReason(path, realRoot, keep, env) {
    if (!isWithin(path, realRoot))
        return `resolves to ${path}, outside root ${realRoot}`;
    for (const p of PROTECTED) {
        const guarded = realLocation(underRoot(realRoot, p));
        if (isWithin(guarded, path))
            return path === guarded ? `is the protected folder ${p}` : `contains the protected folder ${p}`;
    }
    const own = [
        ['the workspace', env.workspace],
        ['HOME', env.home],
        ['RUNNER_TEMP', env.runnerTemp],
    ];
    for (const [what, dir] of own)
        if (dir && isWithin(realLocation(dir), path))
            return `is or contains ${what} (${dir})`;
    for (const k of keep) {
        if (isWithin(k, path))
            return `is or contains the kept path ${k}`;
        if (isWithin(path, k))
            return `is inside the kept path ${k}`;
    }
    return undefined;
}
function planTargets(inputs, env) {
    const realRoot = realpathOr(inputs.root);
    const keep = inputs.keep.map((k) => realLocation(underRoot(realRoot, k)));
    const unsafe = inputs.extraPaths
        .map((name) => ({
        name,
        why: unsafeReason(realLocation(underRoot(realRoot, name)), realRoot, keep, env),
    }))
        .filter((u) => u.why);
    if (unsafe.length)
        throw new action_io/* InputError */.dz('extra-paths', `refusing to delete ${unsafe.map((u) => `"${u.name}" (${u.why})`).join('; ')}. Nothing was deleted`);
    const groups = (0,targets/* targetGroups */.GC)({ toolsDirectory: env.toolsDirectory });
    const plans = inputs.targets.map((name) => {
        const group = groups.find((g) => g.name === name);
        return { name, kind: group.kind, paths: group.paths.map((p) => planPath(p, realRoot, keep)) };
    });
    if (inputs.extraPaths.length)
        plans.push({
            name: 'extra-paths',
            kind: 'paths',
            paths: inputs.extraPaths.map((p) => planPath(p, realRoot, keep)),
        });
    return plans;
}
function realpathOr(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
function planPath(name, realRoot, keep) {
    const path = realLocation(underRoot(realRoot, name));
    const plan = (state) => ({
        name,
        path,
        state,
        keep: keep.filter((k) => k !== path && isWithin(k, path)),
    });
    const st = lstatOrUndefined(path);
    if (!st)
        return plan('not present');
    if (!isWithin(path, realRoot))
        return plan('outside root');
    if (keep.some((k) => isWithin(path, k)))
        return plan('kept');
    // A target that is itself a symlink is not followed (its folder may be anywhere) nor removed.
    if (st.isSymbolicLink())
        return plan('symlink');
    return plan('present');
}
/**
 * What to delete so that `path` is gone except the kept subtrees inside it: the whole path when
 * nothing inside is kept, otherwise every sibling along the way down to each kept path.
 */
function spareKept(path, keep) {
    if (!keep.some((k) => k !== path && isWithin(k, path)))
        return [path];
    const units = [];
    for (const entry of (0,external_node_fs_.readdirSync)(path, { withFileTypes: true })) {
        const child = (0,external_node_path_.join)(path, entry.name);
        if (keep.includes(child))
            continue;
        if (entry.isDirectory() && keep.some((k) => isWithin(k, child)))
            units.push(...spareKept(child, keep));
        else
            units.push(child);
    }
    return units;
}

;// CONCATENATED MODULE: ./actions/free-disk-space/report.ts
// The per-target report (the `report` output, as JSON) and the job summary table in human units.


const round = (seconds) => Math.round(seconds * 1000) / 1000;
function reportJson(reports) {
    return reports.map((r) => ({
        ...r,
        seconds: round(r.seconds),
        ...(r.errors?.length ? { errors: r.errors } : { errors: undefined }),
    }));
}
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
function summaryRows(reports) {
    return reports.map((r) => [
        r.target,
        r.paths.map(escapeHtml).join('<br>') || '—',
        r.status,
        r.bytes === undefined ? '—' : (0,units_size/* formatSize */.Xq)(r.bytes),
        `${r.seconds.toFixed(1)} s`,
    ]);
}
function headline(t) {
    if (t.dryRun)
        return `Dry run: nothing deleted. ${(0,units_size/* formatSize */.Xq)(t.freeBefore)} free.`;
    const freed = t.freeAfter - t.freeBefore;
    return `Free space ${(0,units_size/* formatSize */.Xq)(t.freeBefore)} → ${(0,units_size/* formatSize */.Xq)(t.freeAfter)} (freed ${(0,units_size/* formatSize */.Xq)(freed)}) in ${t.seconds.toFixed(1)} s, mode ${t.mode}.`;
}
async function writeSummary(title, line, reports) {
    await action_io/* core.summary */.I8.summary
        .addHeading(title, 3)
        .addRaw(line, true)
        .addTable([
        [
            { data: 'Target', header: true },
            { data: 'Paths', header: true },
            { data: 'Status', header: true },
            { data: 'Size', header: true },
            { data: 'Time', header: true },
        ],
        ...summaryRows(reports),
    ])
        .write();
}

;// CONCATENATED MODULE: ./actions/free-disk-space/swap.ts
// The swap target (off by default: runners have 4 GB of swap on /mnt, and removing it caused OOM
// kills): `swapoff` each swap file under root, then delete it. Swap partitions are left alone.


/** /proc/swaps: `Filename Type Size Used Priority`, sizes in KiB, spaces in names as \040. */
function parseProcSwaps(text) {
    return text
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols.length >= 3)
        .map(([path, type, size]) => ({
        path: path.replace(/\\040/g, ' '),
        type: type,
        bytes: Number(size) * 1024,
    }));
}
async function removeSwap(rootExec, opts) {
    const files = opts.swaps.filter((s) => s.type === 'file' && isWithin(s.path, opts.root));
    if (!files.length)
        return { status: 'not present' };
    const paths = files.map((f) => f.path);
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    if (opts.dryRun)
        return { status: 'would delete', bytes, paths };
    const errors = [];
    for (const file of files) {
        const off = await rootExec('swapoff', [file.path]);
        if (off.exitCode !== 0) {
            errors.push(...(0,system_exec/* failure */.V2)(`swapoff ${file.path}`, off));
            continue;
        }
        const rm = await rootExec('rm', ['-f', '--', file.path]);
        if (rm.exitCode !== 0)
            errors.push(...(0,system_exec/* failure */.V2)(`rm ${file.path}`, rm));
    }
    return {
        status: errors.length ? 'failed' : 'deleted',
        bytes: errors.length ? undefined : bytes,
        errors,
        paths,
    };
}

;// CONCATENATED MODULE: ./actions/free-disk-space/run.ts
// The main step: plan (refusing unsafe input before anything is touched), then each target in
// order — deleted in parallel (wait), moved to a trash folder for a detached deleter (background)
// or only measured (dry-run) — stopping once `min-free` bytes are free.













const STATE_NOTE = {
    kept: 'kept',
    symlink: 'skipped: a symlink (not followed)',
    'outside root': 'skipped: resolves outside root',
    'not present': 'not present',
};
async function hasSudo(exec) {
    try {
        return (await exec('sudo', ['-n', 'true'])).exitCode === 0;
    }
    catch {
        return false;
    }
}
function writable(path) {
    try {
        (0,external_node_fs_.accessSync)((0,external_node_path_.dirname)(path), external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Bytes freed on each distinct filesystem holding `dirs`, summed (statfs before and after). */
function freeMeter(dirs) {
    const byDev = new Map();
    for (const parent of dirs) {
        const st = (0,external_node_fs_.lstatSync)(parent, { throwIfNoEntry: false });
        if (st && !byDev.has(st.dev))
            byDev.set(st.dev, parent);
    }
    const before = [...byDev.values()].map((p) => [p, freeBytes(p)]);
    return () => before.reduce((sum, [p, free]) => sum + freeBytes(p) - free, 0);
}
async function freeDiskSpace(inputs, env) {
    const started = performance.now();
    const plan = planTargets(inputs, env);
    const freeBefore = freeBytes(inputs.root);
    const done = (reports, background) => ({
        freeBefore,
        freeAfter: freeBytes(inputs.root),
        seconds: (performance.now() - started) / 1000,
        reports,
        background,
    });
    const skipAll = (status) => done(plan.map((t) => ({ target: t.name, paths: t.paths.map((p) => p.name), status, seconds: 0 })));
    if (env.runnerEnvironment !== 'github-hosted' && !inputs.allowSelfHosted) {
        action_io/* core.notice */.I8.notice(`free-disk-space did nothing: this runner is not GitHub-hosted (RUNNER_ENVIRONMENT=${env.runnerEnvironment || 'unset'}), and its disk is not ours to clean. Set allow-self-hosted: true to run here anyway.`);
        return skipAll('skipped: not a GitHub-hosted runner');
    }
    // A dry run deletes nothing: it adds up what it would have freed to tell where min-free stops.
    let projected = 0;
    const enough = () => inputs.minFree > 0 && freeBytes(inputs.root) + projected >= inputs.minFree;
    if (enough()) {
        action_io/* core.info */.I8.info(`${(0,units_size/* formatSize */.Xq)(freeBefore)} is free already (min-free ${(0,units_size/* formatSize */.Xq)(inputs.minFree)}): nothing to do.`);
        return skipAll('skipped: min-free already free');
    }
    const privilege = inputs.dryRun || env.uid === 0 ? 'root' : (await hasSudo(env.exec)) ? 'sudo' : 'user';
    const rootExec = (0,system_exec/* asRoot */.tE)(env.exec, privilege);
    const trash = (0,free_disk_space_background/* trashName */.Sr)(env.runId);
    const toDeleteLater = [];
    const reports = [];
    const log = (report) => {
        const size = report.bytes === undefined ? '' : `, ${(0,units_size/* formatSize */.Xq)(report.bytes)}`;
        action_io/* core.info */.I8.info(`${report.target}: ${report.status}${size} in ${report.seconds.toFixed(2)} s`);
        if (report.errors?.length && report.status !== 'not present')
            action_io/* core.warning */.I8.warning(`${report.target}: ${report.status}: ${report.errors.slice(0, 3).join('; ')}`);
    };
    // Consecutive path targets in wait mode share one pool of rm processes (see deleteJobs).
    let segment = [];
    const flush = async () => {
        const jobs = segment;
        segment = [];
        if (!jobs.length)
            return;
        const freed = freeMeter([...new Set(jobs.flatMap((j) => j.units.map((u) => (0,external_node_path_.dirname)(u))))]);
        let credited = 0;
        const opened = await (0,free_disk_space_delete/* deleteJobs */.YI)(jobs.map((j) => j.units), { parallelism: inputs.parallelism, privilege }, {
            // With min-free, a target starts only once the ones before it are done and still not enough
            // is free; without, the next target starts as soon as a worker is idle.
            barrier: inputs.minFree > 0,
            open: () => !enough(),
            done: (i, result) => {
                const report = jobs[i].report;
                // statfs deltas, credited to the target finishing: exact sums, per target exact unless
                // targets overlapped at their edges.
                const total = freed();
                report.bytes = total - credited;
                credited = total;
                report.seconds = result.seconds;
                report.status = result.errors.length ? 'partly deleted' : 'deleted';
                if (result.errors.length)
                    report.errors = result.errors;
                log(report);
            },
        });
        for (const job of jobs.slice(opened)) {
            job.report.status = 'skipped: min-free reached';
            log(job.report);
        }
    };
    for (const target of plan) {
        const deferrable = target.kind === 'paths' && !inputs.dryRun && inputs.mode === 'wait';
        if (!deferrable)
            await flush();
        if (!deferrable && enough()) {
            reports.push({
                target: target.name,
                paths: target.paths.map((p) => p.name),
                status: 'skipped: min-free reached',
                seconds: 0,
            });
            continue;
        }
        const t0 = performance.now();
        action_io/* core.startGroup */.I8.startGroup(`${target.name}${target.paths.length ? `: ${target.paths.map((p) => p.name).join(', ')}` : ''}`);
        let report;
        let units;
        try {
            if (target.kind === 'paths')
                ({ report, units } = pathsTarget(target, inputs, privilege, trash, toDeleteLater));
            else
                report = await specialTarget(target, inputs, env, rootExec);
        }
        catch (error) {
            report = {
                target: target.name,
                paths: target.paths.map((p) => p.name),
                status: 'failed',
                seconds: 0,
                errors: [error.message],
            };
        }
        report.seconds = (performance.now() - t0) / 1000;
        for (const e of report.errors ?? [])
            action_io/* core.info */.I8.info(`  ${e}`);
        action_io/* core.endGroup */.I8.endGroup();
        reports.push(report);
        if (units)
            segment.push({ report, units });
        else
            log(report);
        if (inputs.dryRun)
            projected += report.bytes ?? 0;
    }
    await flush();
    let background;
    if (toDeleteLater.length) {
        const dir = (0,external_node_path_.join)(env.runnerTemp || '/tmp', `free-disk-space-${env.runId}`);
        const statusFile = (0,external_node_path_.join)(dir, 'status.json');
        const started = (0,free_disk_space_background/* startDeleter */.St)({ paths: toDeleteLater, parallelism: inputs.parallelism, privilege, statusFile }, env.bundle, dir);
        if (started.pid) {
            background = { ...started, statusFile, dir };
            action_io/* core.info */.I8.info(`Deleting ${toDeleteLater.length} trash folder(s) in the background (pid ${started.pid}); the post step waits for it.`);
        }
        else {
            action_io/* core.warning */.I8.warning('free-disk-space: could not start the background deleter; deleting the trash now instead.');
            const result = await (0,free_disk_space_delete/* deletePaths */.GF)(toDeleteLater, { parallelism: inputs.parallelism, privilege });
            if (result.errors.length)
                action_io/* core.warning */.I8.warning(`free-disk-space: ${result.errors.slice(0, 3).join('; ')}`);
        }
    }
    return done(reports, background);
}
/** Plans, measures (dry-run) or moves (background) one path target; wait mode returns the units. */
function pathsTarget(target, inputs, privilege, trash, toDeleteLater) {
    const report = {
        target: target.name,
        paths: target.paths.map((p) => p.name),
        status: '',
        seconds: 0,
    };
    for (const p of target.paths)
        action_io/* core.info */.I8.info(`${p.name} -> ${p.path}: ${p.state}${p.keep.length ? ` (keeping ${p.keep.join(', ')})` : ''}`);
    const present = target.paths.filter((p) => p.state === 'present');
    if (!present.length) {
        report.status = STATE_NOTE[target.paths[0]?.state ?? 'not present'] ?? 'not present';
        return { report };
    }
    const units = present.flatMap((p) => spareKept(p.path, p.keep));
    action_io/* core.info */.I8.info(`${units.length} path(s) to delete`);
    if (inputs.dryRun) {
        const seen = new Set();
        report.bytes = units.reduce((sum, u) => sum + diskUsage(u, seen), 0);
        report.status = 'would delete';
        return { report };
    }
    if (privilege === 'user' && !units.every(writable)) {
        report.status = 'skipped: needs root (sudo -n is not available)';
        report.errors = [`not root and cannot write ${(0,external_node_path_.dirname)(units[0])}`];
        return { report };
    }
    if (inputs.mode === 'background') {
        const moved = (0,free_disk_space_background/* moveToTrash */.F0)(units, trash, privilege);
        toDeleteLater.push(...moved.trash, ...moved.inPlace);
        report.status = moved.inPlace.length ? 'deleting in place in the background' : 'moved to trash';
        if (moved.errors.length)
            report.errors = moved.errors;
        return { report };
    }
    report.status = 'queued';
    return { report, units };
}
async function specialTarget(target, inputs, env, rootExec) {
    const freed = freeMeter([inputs.root]);
    let result;
    // The runner's user is in the docker group: docker needs no sudo.
    if (target.kind === 'docker-images')
        result = await pruneImages(env.exec, inputs.dryRun);
    else if (target.kind === 'swap')
        result = await removeSwap(rootExec, {
            root: inputs.root,
            dryRun: inputs.dryRun,
            swaps: parseProcSwaps(readProcSwaps()),
        });
    else
        result = await removeApt(env.exec, rootExec, { targets: inputs.targets, dryRun: inputs.dryRun });
    const measured = freed();
    return {
        target: target.name,
        paths: result.paths ?? [],
        status: result.status,
        seconds: 0,
        // A tool's own count where it has one (docker's data may live elsewhere), else statfs.
        bytes: result.bytes ?? (result.status === 'deleted' ? measured : undefined),
        ...(result.errors?.length ? { errors: result.errors } : {}),
    };
}
function readProcSwaps() {
    try {
        return (0,external_node_fs_.readFileSync)('/proc/swaps', 'utf8');
    }
    catch {
        return '';
    }
}



/***/ }),

/***/ 623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tE: () => (/* binding */ asRoot),
  V2: () => (/* binding */ failure),
  Ix: () => (/* binding */ realExec)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: ./packages/exec/index.ts
// Runs a program from an argument array (never a shell), streaming its output line by line.
// The child gets this process's environment plus any overrides, so runner variables such as
// ACTIONS_RUNTIME_TOKEN reach tools (buildx reads them itself).

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
/** Splits a byte stream into lines, handling chunks cut in the middle of a line. */
function lineSplitter(onLine, keep) {
    let rest = '';
    return {
        push(chunk) {
            keep?.push(chunk);
            if (!onLine)
                return;
            rest += chunk;
            let nl = rest.indexOf('\n');
            while (nl >= 0) {
                onLine(rest.slice(0, nl).replace(/\r$/, ''));
                rest = rest.slice(nl + 1);
                nl = rest.indexOf('\n');
            }
        },
        end() {
            if (onLine && rest !== '')
                onLine(rest.replace(/\r$/, ''));
            rest = '';
        },
    };
}
function run(command, args, opts = {}) {
    const capture = opts.capture ?? true;
    const outChunks = capture ? [] : undefined;
    const errChunks = capture ? [] : undefined;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, [...args], {
            cwd: opts.cwd,
            env: mergeEnv(opts.env),
            shell: false,
            stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = lineSplitter(opts.onStdoutLine, outChunks);
        const err = lineSplitter(opts.onStderrLine, errChunks);
        child.stdout?.setEncoding('utf8').on('data', (c) => out.push(c));
        child.stderr?.setEncoding('utf8').on('data', (c) => err.push(c));
        child.on('error', (error) => {
            reject(new SpawnError(command, error.code, `cannot run ${command}: ${error.message}`));
        });
        if (opts.input !== undefined && child.stdin) {
            child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
            child.stdin.end(opts.input);
        }
        child.on('close', (code, signal) => {
            out.end();
            err.end();
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                signal: signal ?? undefined,
                stdout: outChunks?.join('') ?? '',
                stderr: errChunks?.join('') ?? '',
            });
        });
    });
}

;// CONCATENATED MODULE: ./actions/free-disk-space/system-exec.ts
// How the docker, swap and apt targets run programs: argument arrays only, through `sudo -n` when
// the action is not root. Injected so unit tests can script the programs' answers.

const realExec = (command, args, env) => run(command, args, { env });
/** `command args` as root: directly when root, through `sudo -n` otherwise. */
function asRoot(exec, privilege) {
    return privilege === 'root' ? exec : (command, args, env) => exec('sudo', ['-n', command, ...args], env);
}
function failure(what, result) {
    const lines = (result.stderr || result.stdout).split('\n').filter(Boolean).slice(-5);
    return [`${what} exited with code ${result.exitCode}`, ...lines];
}


/***/ }),

/***/ 124:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ targetGroups),
/* harmony export */   HQ: () => (/* binding */ TARGET_NAMES),
/* harmony export */   b6: () => (/* binding */ DEFAULT_TARGETS)
/* harmony export */ });
/* unused harmony export HOSTED_TOOL_CACHE */
// The groups `targets` can name, and where each lives on a GitHub-hosted Ubuntu x64 runner.
// Paths are absolute as on the runner; plan.ts resolves them under the `root` input.
// Groups are listed in the order of the default `targets` input, then the ones that are off by
// default; within `targets`, the order the user gives is the order of deletion (min-free stops
// early in that order).
const DEFAULT_TARGETS = ['android', 'dotnet', 'haskell', 'codeql', 'swift', 'powershell', 'boost'];
/** Where the runner image keeps its tool cache when AGENT_TOOLSDIRECTORY is not set. */
const HOSTED_TOOL_CACHE = '/opt/hostedtoolcache';
function targetGroups(env) {
    const paths = (name, ...list) => ({ name, kind: 'paths', paths: list });
    return [
        paths('android', '/usr/local/lib/android'),
        paths('dotnet', '/usr/share/dotnet'),
        paths('haskell', '/opt/ghc', '/usr/local/.ghcup'),
        paths('codeql', `${env.toolsDirectory || HOSTED_TOOL_CACHE}/CodeQL`),
        paths('swift', '/usr/share/swift'),
        paths('powershell', '/usr/local/share/powershell'),
        paths('boost', '/usr/local/share/boost'),
        paths('chromium', '/usr/local/share/chromium'),
        paths('azure-cli', '/opt/az'),
        paths('gcloud', '/usr/lib/google-cloud-sdk'),
        paths('miniconda', '/usr/share/miniconda'),
        {
            ...paths('tool-cache', env.toolsDirectory || HOSTED_TOOL_CACHE),
            note: 'off by default: setup-* actions install into it',
        },
        { name: 'docker-images', kind: 'docker-images', paths: [] },
        { name: 'swap', kind: 'swap', paths: [], note: 'off by default: removing swap caused OOM kills' },
        { name: 'apt', kind: 'apt', paths: [], note: 'off by default: the slow path' },
    ];
}
const TARGET_NAMES = targetGroups({}).map((g) => g.name);


/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ InputError),
  G0: () => (/* reexport */ Inputs),
  I8: () => (/* reexport */ runner_core_namespaceObject),
  VN: () => (/* reexport */ runMain),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: ActionError, LineBatch, NeutralizingLineWriter, formatOutput, logUntrusted, mapInputs, neutralize, reportFailure, runnerInputs, safe, splitLines, splitList

// NAMESPACE OBJECT: ./packages/action-io/runner-core.ts
var runner_core_namespaceObject = {};
__nccwpck_require__.r(runner_core_namespaceObject);
__nccwpck_require__.d(runner_core_namespaceObject, {
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  escapeData: () => (escapeData),
  escapeProperty: () => (escapeProperty),
  exportVariable: () => (exportVariable),
  formatCommand: () => (formatCommand),
  getBooleanInput: () => (getBooleanInput),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  issueCommand: () => (issueCommand),
  notice: () => (notice),
  prepareKeyValueMessage: () => (prepareKeyValueMessage),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary),
  toCommandValue: () => (toCommandValue),
  warning: () => (warning),
  writeStdout: () => (writeStdout)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./packages/action-io/eol.ts
// os.EOL without loading node:os (about 0.6 ms of every cold action start, for one constant).
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

;// CONCATENATED MODULE: ./packages/action-io/runner-summary.ts
// The job summary builder of @actions/core (lib/summary.js), same methods and same HTML bytes,
// without its dependencies. Text is not escaped: callers escape what they put in. The file is
// written synchronously (the methods stay async): a one-step action then never starts libuv's
// thread pool for it, which is cold-start time and memory.


const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    buffer = '';
    path;
    async filePath() {
        if (this.path)
            return this.path;
        const fromEnv = process.env[SUMMARY_ENV_VAR];
        if (!fromEnv)
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
        try {
            (0,external_node_fs_.accessSync)(fromEnv, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`);
        }
        this.path = fromEnv;
        return fromEnv;
    }
    wrap(tag, content, attrs = {}) {
        const html = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${String(value)}"`)
            .join('');
        return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
    }
    async write(options) {
        const filePath = await this.filePath();
        const writeFunc = options?.overwrite ? external_node_fs_.writeFileSync : external_node_fs_.appendFileSync;
        writeFunc(filePath, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
    async clear() {
        return this.emptyBuffer().write({ overwrite: true });
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(EOL);
    }
    addCodeBlock(code, lang) {
        return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
    }
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        return this.addRaw(this.wrap(tag, items.map((item) => this.wrap('li', item)).join(''))).addEOL();
    }
    addTable(rows) {
        const body = rows
            .map((row) => {
            const cells = row
                .map((cell) => {
                if (typeof cell === 'string')
                    return this.wrap('td', cell);
                const { header, data, colspan, rowspan } = cell;
                return this.wrap(header ? 'th' : 'td', data, {
                    ...(colspan && { colspan }),
                    ...(rowspan && { rowspan }),
                });
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        return this.addRaw(this.wrap('table', body)).addEOL();
    }
    addDetails(label, content) {
        return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
    }
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = { src, alt, ...(width && { width }), ...(height && { height }) };
        return this.addRaw(this.wrap('img', null, attrs)).addEOL();
    }
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowed = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1';
        return this.addRaw(this.wrap(allowed, text)).addEOL();
    }
    addSeparator() {
        return this.addRaw(this.wrap('hr', null)).addEOL();
    }
    addBreak() {
        return this.addRaw(this.wrap('br', null)).addEOL();
    }
    addQuote(text, cite) {
        return this.addRaw(this.wrap('blockquote', text, cite ? { cite } : {})).addEOL();
    }
    addLink(text, href) {
        return this.addRaw(this.wrap('a', text, { href })).addEOL();
    }
}
const summary = new Summary();

;// CONCATENATED MODULE: ./packages/action-io/runner-core.ts
// The part of @actions/core our actions use, speaking the runner protocol directly, with the same
// names, semantics and bytes on stdout and in the file-command files (checked against
// @actions/core itself by __tests__/unit/runner-core.test.ts).
//
// Why not @actions/core: version 3 always imports @actions/http-client and undici (for OIDC tokens,
// which we never request), and its exports map blocks deep imports of its lib files. That is ~1 MB
// of bundle and +60-90 ms CPU, +16-24 MiB at every cold start. Nothing heavy is loaded here: no
// node:stream, no node:crypto at the top level, and stdout is written with fs.writeSync(1) because
// the first touch of process.stdout on a pipe loads net/stream (~10 ms).




// ---- stdout ----------------------------------------------------------------------------------
let viaStream = process.platform === 'win32'; // Windows pipes are asynchronous: keep node's order.
/**
 * Writes to stdout synchronously. fs.writeSync(1) keeps the order with process.stdout.write (which
 * is synchronous on Linux and macOS for files, TTYs and pipes). If stdout is a non-blocking pipe
 * that is full (EAGAIN), the rest goes through process.stdout from then on, which copes with it.
 */
function writeStdout(text) {
    if (!viaStream) {
        let buffer = Buffer.from(text, 'utf8');
        try {
            while (buffer.length > 0)
                buffer = buffer.subarray((0,external_node_fs_.writeSync)(1, buffer));
            return;
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                throw error;
            viaStream = true;
            text = buffer.toString('utf8');
        }
    }
    process.stdout.write(text);
}
// ---- escaping (lib/utils.js, lib/command.js) -------------------------------------------------
/** null/undefined -> '', strings as they are, anything else as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,key=value::message` (properties with a falsy value are left out). */
function formatCommand(command, properties, message) {
    let text = `::${command || 'missing.command'}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        text += ' ';
        let first = true;
        for (const key of keys) {
            const value = properties[key];
            if (!value)
                continue;
            text += `${first ? '' : ','}${key}=${escapeProperty(value)}`;
            first = false;
        }
    }
    return `${text}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    writeStdout(formatCommand(command, properties, message) + EOL);
}
function toCommandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}
/**
 * A random heredoc delimiter shaped like @actions/core's (`ghadelimiter_` + a UUID). Math.random,
 * not node:crypto: loading crypto costs 1-5 ms and ~2 MiB at cold start, and unpredictability is
 * not what keeps the entry safe: the delimiter is checked against the key and value below.
 */
function randomDelimiter() {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}
/**
 * `key<<delimiter`, value, `delimiter`. The delimiter is drawn again until it occurs in neither the
 * key nor the value, so a value can never end the entry early and forge another one.
 */
function prepareKeyValueMessage(key, value) {
    const converted = toCommandValue(value);
    let delimiter = randomDelimiter();
    while (key.includes(delimiter) || converted.includes(delimiter))
        delimiter = randomDelimiter();
    return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
// ---- inputs and state --------------------------------------------------------------------------
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !val)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? val : val.trim();
}
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter((x) => x !== '');
    return options?.trimWhitespace === false ? inputs : inputs.map((input) => input.trim());
}
/** YAML 1.2 core schema booleans: true | True | TRUE | false | False | FALSE. */
function getBooleanInput(name, options) {
    const val = getInput(name, options);
    if (['true', 'True', 'TRUE'].includes(val))
        return true;
    if (['false', 'False', 'FALSE'].includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
// ---- outputs, state, environment, path -------------------------------------------------------
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    // A local run without the file: the legacy command, as @actions/core does.
    writeStdout(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
function exportVariable(name, value) {
    const converted = toCommandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV)
        return issueFileCommand('ENV', prepareKeyValueMessage(name, value));
    issueCommand('set-env', { name }, converted);
}
function addPath(inputPath) {
    if (process.env.GITHUB_PATH)
        issueFileCommand('PATH', inputPath);
    else
        issueCommand('add-path', {}, inputPath);
    process.env.PATH = `${inputPath}${external_node_path_.delimiter}${process.env.PATH}`;
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
// ---- log -----------------------------------------------------------------------------------------
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    writeStdout(message + EOL);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}

;// CONCATENATED MODULE: ./packages/action-io/inputs.ts
// Reading action inputs into typed values. Every problem becomes an InputError that names the
// input and says what is allowed; `runMain` turns it into one ::error:: line and exit code 1.

class InputError extends Error {
    input;
    problem;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input "${input}": ${problem}`);
        this.input = input;
        this.problem = problem;
    }
}
const runnerInputs = (name) => getInput(name);
function mapInputs(values) {
    return (name) => (values[name] ?? '').trim();
}
class Inputs {
    source;
    constructor(source = runnerInputs) {
        this.source = source;
    }
    string(name, fallback = '') {
        const value = this.source(name).trim();
        return value === '' ? fallback : value;
    }
    required(name) {
        const value = this.string(name);
        if (value === '')
            throw new InputError(name, 'is required');
        return value;
    }
    /** Raw text, untrimmed inner lines (for multi-line values such as build-args). */
    raw(name) {
        return this.source(name);
    }
    boolean(name, fallback) {
        const value = this.string(name).toLowerCase();
        if (value === '')
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new InputError(name, `"${this.string(name)}" is not a boolean (allowed: true or false)`);
    }
    integer(name, fallback, range = {}) {
        const text = this.string(name);
        if (text === '')
            return fallback;
        const min = range.min ?? Number.MIN_SAFE_INTEGER;
        const max = range.max ?? Number.MAX_SAFE_INTEGER;
        const allowed = `a whole number from ${min} to ${max}`;
        if (!/^-?\d+$/.test(text))
            throw new InputError(name, `"${text}" is not ${allowed}`);
        const value = Number(text);
        if (value < min || value > max)
            throw new InputError(name, `${value} is out of range (allowed: ${allowed})`);
        return value;
    }
    /** One of a fixed set of words (case-insensitive). */
    choice(name, allowed, fallback) {
        const value = this.string(name).toLowerCase();
        if (value === '')
            return fallback;
        const match = allowed.find((a) => a.toLowerCase() === value);
        if (!match)
            throw new InputError(name, `"${this.string(name)}" is not one of: ${allowed.join(', ')}`);
        return match;
    }
    /** Items separated by newlines and commas; blank items and `#` comment lines are dropped. */
    list(name) {
        return splitList(this.source(name));
    }
    /** Items separated by newlines only (values may contain commas, e.g. build-args). */
    lines(name) {
        return splitLines(this.source(name));
    }
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function splitList(text) {
    return splitLines(text)
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./packages/action-io/log.ts

const ZWSP = '\u200b';
/** A line break as the runner splits lines: \r\n, \n or a lone \r. */
const LINE_BREAK = /\r\n|\r|\n/;
/** White space .NET's String.TrimStart() removes, plus JavaScript's (U+FEFF), to be safe. */
const LEADING_COMMAND = /^([\s\ufeff\u0085\u180e]*):(?=:)/u;
/** One line (no line breaks inside) made inert. */
function neutralizeLine(line) {
    return line.replace(LEADING_COMMAND, `$1:${ZWSP}`).replaceAll('##[', `#${ZWSP}#[`);
}
/**
 * Untrusted text made safe to print: every line that could be read as a workflow command (`::cmd::`
 * after leading white space, or `##[cmd]` anywhere) is broken with a zero-width space. Line breaks
 * are kept as they were; everything else is unchanged.
 */
function neutralize(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    const breaks = text.match(new RegExp(LINE_BREAK.source, 'g')) ?? [];
    return text
        .split(LINE_BREAK)
        .map((line, i) => neutralizeLine(line) + (breaks[i] ?? ''))
        .join('');
}
/** Template tag: interpolated values are neutralised, the literal parts (ours) are not. */
function safe(strings, ...values) {
    return strings.reduce((out, part, i) => out + part + (i < values.length ? neutralize(String(values[i])) : ''), '');
}
/** `core.info` for text that may contain untrusted data. */
function logUntrusted(text) {
    core.info(neutralize(text));
}
/**
 * A line-buffered sink for a child process's output (buildx, git): chunks may split lines anywhere,
 * so text is held until its line ends, then neutralised and passed on. Call `end()` when the child
 * exits to flush a last line without a newline. `writable()` gives a stream for `@actions/exec`'s
 * `outStream`/`errStream` (whose default, process.stdout, passes child output through raw).
 */
class NeutralizingLineWriter {
    write;
    pending = '';
    constructor(write) {
        this.write = write;
    }
    push(chunk) {
        const text = this.pending + chunk.toString();
        // A trailing \r may be the first half of \r\n: keep it with the pending text.
        const searchFrom = text.endsWith('\r') ? text.length - 2 : text.length - 1;
        const cut = Math.max(text.lastIndexOf('\n'), searchFrom < 0 ? -1 : text.lastIndexOf('\r', searchFrom));
        if (cut < 0) {
            this.pending = text;
            return;
        }
        this.pending = text.slice(cut + 1);
        this.write(neutralize(text.slice(0, cut + 1)));
    }
    end() {
        if (this.pending !== '')
            this.write(neutralize(this.pending));
        this.pending = '';
    }
    /** A Writable that neutralises what is written to it and flushes on end. */
    writable() {
        // node:stream is loaded here, not at the top: most runs never need it (cold start).
        const { Writable } = process.getBuiltinModule('node:stream');
        return new Writable({
            write: (chunk, _encoding, done) => {
                this.push(chunk);
                done();
            },
            final: (done) => {
                this.end();
                done();
            },
        });
    }
}

;// CONCATENATED MODULE: ./packages/action-io/run.ts
// The one entry wrapper every action's main.ts uses: failures become exactly one ::error::
// line and exit code 1; a stack trace is shown only with step debug logging on.



/** An expected failure whose message is complete for the user (no stack trace needed). */
class ActionError extends Error {
    name = 'ActionError';
}
async function runMain(main) {
    try {
        await main();
    }
    catch (error) {
        reportFailure(error);
    }
}
function reportFailure(error) {
    const err = error instanceof Error ? error : new Error(String(error));
    // Error messages quote inputs, tool output and server answers: none of it may act as a command.
    if (!(err instanceof InputError) && !(err instanceof ActionError) && err.stack)
        debug(neutralize(err.stack));
    setFailed(neutralize(err.message));
    process.exitCode = 1;
}

;// CONCATENATED MODULE: ./packages/action-io/outputs.ts
// Writing outputs. runner-core (like @actions/core) writes GITHUB_OUTPUT entries with a random heredoc delimiter,
// so a value containing newlines cannot forge another output.

/** Lists become one item per line; objects become JSON. */
function formatOutput(value) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value.join('\n');
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, formatOutput(value));
}

;// CONCATENATED MODULE: ./packages/action-io/index.ts





// The runner protocol without @actions/core's dependencies (same API subset and bytes).



/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Xq: () => (/* binding */ formatSize)
/* harmony export */ });
/* unused harmony export SIZE_FORMS */
/* harmony import */ var _action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(585);
// Byte sizes as users write them in workflow inputs (`40GB`, `40G`, `512MiB`, `1.5TB`, `1000000`)
// and as summaries show them.
//
// Decimal vs binary, stated once: SI units are powers of 1000 — kB/KB, MB, GB, TB, PB and their
// one-letter forms K, M, G, T, P (as GitHub, `df -H`, disk vendors and Kubernetes use them).
// IEC units are powers of 1024 — KiB, MiB, GiB, TiB, PiB and Ki, Mi, Gi, Ti, Pi. A plain number
// or `B` means bytes. Letters are case-insensitive (`40gb` = `40GB`; there are no bits here), a
// space may separate number and unit, fractions are allowed, and the result is whole bytes.

const SIZE_FORMS = 'a size such as 40GB, 40G, 512MiB, 1.5TB or a number of bytes';
const DECIMAL = ['k', 'm', 'g', 't', 'p'];
const SIZE_RE = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmgtp]?)(i?)(b?)$/i;
/** Parses a size into whole bytes; throws InputError naming `input` when malformed. */
function parseSize(text, input = 'size') {
    const value = text.trim();
    const fail = (why) => {
        throw new _action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" ${why} (allowed: ${SIZE_FORMS})`);
    };
    if (value === '')
        return fail('is empty');
    const match = SIZE_RE.exec(value);
    if (!match)
        return fail('is not a size');
    const [, number, prefix, binary] = match;
    // `iB` or `i` alone without a prefix (`5iB`) is not a unit.
    if (binary && !prefix)
        return fail('is not a size');
    const power = prefix ? DECIMAL.indexOf(prefix.toLowerCase()) + 1 : 0;
    const bytes = Math.round(Number(number) * (binary ? 1024 : 1000) ** power);
    if (!Number.isSafeInteger(bytes))
        return fail('is too large');
    return bytes;
}
/**
 * Formats bytes for people: `formatSize(40e9)` -> `40 GB`, `formatSize(1536, {binary: true})` ->
 * `1.5 KiB`. Three significant digits at most; whole bytes below 1 kB. Negative values keep the sign.
 */
function formatSize(bytes, opts = {}) {
    const base = opts.binary ? 1024 : 1000;
    const units = opts.binary ? ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] : ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= base && unit < units.length - 1) {
        value /= base;
        unit++;
    }
    // Rounding can carry into the next unit (999.6 kB -> 1000 kB): step up once more then.
    if (unit > 0 && Number(value.toPrecision(3)) >= base && unit < units.length - 1) {
        value /= base;
        unit++;
    }
    const text = unit === 0 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
    return `${sign}${text} ${units[unit]}`;
}


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(845);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
