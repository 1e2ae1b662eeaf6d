import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ finishBackground)
});

// EXTERNAL MODULE: ./packages/action-io/index.ts + 7 modules
var action_io = __nccwpck_require__(585);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./packages/units/size.ts
// Byte sizes as users write them in workflow inputs (`40GB`, `40G`, `512MiB`, `1.5TB`, `1000000`)
// and as summaries show them.
//
// Decimal vs binary, stated once: SI units are powers of 1000 — kB/KB, MB, GB, TB, PB and their
// one-letter forms K, M, G, T, P (as GitHub, `df -H`, disk vendors and Kubernetes use them).
// IEC units are powers of 1024 — KiB, MiB, GiB, TiB, PiB and Ki, Mi, Gi, Ti, Pi. A plain number
// or `B` means bytes. Letters are case-insensitive (`40gb` = `40GB`; there are no bits here), a
// space may separate number and unit, fractions are allowed, and the result is whole bytes.

const SIZE_FORMS = 'a size such as 40GB, 40G, 512MiB, 1.5TB or a number of bytes';
const DECIMAL = (/* unused pure expression or super */ null && (['k', 'm', 'g', 't', 'p']));
const SIZE_RE = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmgtp]?)(i?)(b?)$/i;
/** Parses a size into whole bytes; throws InputError naming `input` when malformed. */
function parseSize(text, input = 'size') {
    const value = text.trim();
    const fail = (why) => {
        throw new InputError(input, `"${value}" ${why} (allowed: ${SIZE_FORMS})`);
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
function size_formatSize(bytes, opts = {}) {
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./actions/free-disk-space/delete.ts
// Parallel deletion: each path is split into smaller pieces (its children, and theirs, until there
// are enough to keep every worker busy), then a bounded pool of `rm -rf --one-file-system`
// processes deletes them, biggest first. rm is native code doing nothing but unlinkat(2), so the
// pool adds parallelism without adding per-file work in JavaScript.
//
// "Biggest" is an estimate: exact sizes need a walk over every inode, which costs about as much as
// deleting them. Folders go first (by their count of subfolders, from one lstat each), then the
// batches of loose files. The split only reads folder listings (getdents), never whole trees.



/** The programs run for privileged work (tests point `sudo` at a stand-in). */
const delete_tools = { sudo: 'sudo' };
const MAX_BATCH = 256;
const MAX_ARG_BYTES = (/* unused pure expression or super */ null && (96 * 1024));
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
        const st = lstatSync(path, { throwIfNoEntry: false });
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
                entries = readdirSync(dir.path, { withFileTypes: true });
            }
            catch {
                dirs.push({ paths: [dir.path], weight: dir.nlink });
                continue;
            }
            const loose = [];
            for (const entry of entries) {
                const full = join(dir.path, entry.name);
                if (!entry.isDirectory()) {
                    loose.push(full);
                    continue;
                }
                const st = lstatSync(full, { throwIfNoEntry: false });
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
    const [command, ...args] = privilege === 'sudo' ? [delete_tools.sudo, '-n', ...rm] : rm;
    return new Promise((resolve) => {
        // Each rm in a session of its own (detached = setsid): with autogroup scheduling (Ubuntu's
        // default) a session's processes share one slice of CPU, so on a busy machine rm processes in
        // the action's session would take turns instead of running side by side.
        const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
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
async function delete_deletePaths(paths, opts) {
    let result = { seconds: 0, errors: [] };
    await deleteJobs([paths], opts, { done: (_, r) => (result = r) });
    return result;
}

;// CONCATENATED MODULE: ./actions/free-disk-space/background.ts
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
        const parent = dirname(path);
        const st = lstatSync(path, { throwIfNoEntry: false });
        if (!st)
            continue;
        // A mount point (or anything on another filesystem than its parent) cannot be renamed there.
        if (st.dev !== lstatSync(parent).dev)
            moved.inPlace.push(path);
        else
            byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
    }
    for (const [parent, group] of byParent) {
        const trash = join(parent, name);
        try {
            if (privilege === 'sudo') {
                // `mv -t` would copy across filesystems; both sides were checked to be on one above.
                sudo(['mkdir', '-p', '--', trash]);
                sudo(['mv', '-t', trash, '--', ...group]);
            }
            else {
                mkdirSync(trash, { recursive: true });
                for (const path of group)
                    renameSync(path, join(trash, basename(path)));
            }
            moved.trash.push(trash);
        }
        catch (error) {
            moved.errors.push(`${parent}: ${error.message}`);
            // Whatever did not move is deleted where it is; whatever did is in the trash.
            for (const path of group)
                if (existsSync(path))
                    moved.inPlace.push(path);
            if (existsSync(trash))
                moved.trash.push(trash);
        }
    }
    return moved;
}
function sudo(args) {
    const run = spawnSync(tools.sudo, ['-n', ...args], { encoding: 'utf8' });
    if (run.status !== 0)
        throw new Error(run.stderr.trim() || `sudo ${args[0]} failed`);
}
/** Starts the detached deleter and returns its pid at once; its output goes to `<dir>/deleter.log`. */
function startDeleter(job, bundle, dir) {
    mkdirSync(dir, { recursive: true });
    const jobFile = join(dir, 'job.json');
    writeFileSync(jobFile, JSON.stringify(job));
    const log = openSync(join(dir, 'deleter.log'), 'a');
    const child = spawn(process.execPath, [bundle, '--delete-worker', jobFile], {
        detached: true,
        stdio: ['ignore', log, log],
    });
    child.unref();
    return { pid: child.pid ?? 0, jobFile };
}
/** The deleter process: delete, then write the status file (atomically, by rename). */
async function runDeleteWorker(jobFile) {
    const job = JSON.parse(readFileSync(jobFile, 'utf8'));
    const result = await deletePaths(job.paths, { parallelism: job.parallelism, privilege: job.privilege });
    const status = { seconds: result.seconds, errors: result.errors };
    writeFileSync(`${job.statusFile}.tmp`, JSON.stringify(status));
    renameSync(`${job.statusFile}.tmp`, job.statusFile);
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
        return !/^\d+ \(.*\) Z/s.test((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
    }
    catch {
        return true;
    }
}
/** Polls for the status file until it appears, the deleter dies without one, or time runs out. */
async function waitForDeleter(statusFile, pid, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if ((0,external_node_fs_.existsSync)(statusFile))
            return { kind: 'finished', status: JSON.parse((0,external_node_fs_.readFileSync)(statusFile, 'utf8')) };
        if (!alive(pid)) {
            // It may have written the file between the two checks.
            if ((0,external_node_fs_.existsSync)(statusFile))
                continue;
            return { kind: 'vanished' };
        }
        if (Date.now() >= deadline)
            return { kind: 'timeout' };
        await new Promise((r) => setTimeout(r, 50));
    }
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
    const top = lstatSync(path, { throwIfNoEntry: false, bigint: false });
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
            names = readdirSync(dir);
        }
        catch {
            continue; // vanished or unreadable: du would warn and go on
        }
        for (const name of names) {
            const full = join(dir, name);
            const st = lstatSync(full, { throwIfNoEntry: false });
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
        r.bytes === undefined ? '—' : size_formatSize(r.bytes),
        `${r.seconds.toFixed(1)} s`,
    ]);
}
function headline(t) {
    if (t.dryRun)
        return `Dry run: nothing deleted. ${formatSize(t.freeBefore)} free.`;
    const freed = t.freeAfter - t.freeBefore;
    return `Free space ${formatSize(t.freeBefore)} → ${formatSize(t.freeAfter)} (freed ${formatSize(freed)}) in ${t.seconds.toFixed(1)} s, mode ${t.mode}.`;
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

;// CONCATENATED MODULE: ./actions/free-disk-space/finish.ts
// The post step's work: wait (bounded) for the detached deleter, then report its outcome —
// failures as warnings, never as errors (the job's own steps decide whether it passes).






async function finishBackground(state) {
    const text = state('deleter');
    if (!text) {
        action_io/* core.info */.I8.info('No background deletion to wait for.');
        return;
    }
    const deleter = JSON.parse(text);
    const timeoutMs = Number(state('post-timeout')) || 15 * 60_000;
    const started = performance.now();
    action_io/* core.info */.I8.info(`Waiting for the background deleter (pid ${deleter.pid})…`);
    const outcome = await waitForDeleter(deleter.statusFile, deleter.pid, timeoutMs);
    const waited = (performance.now() - started) / 1000;
    const freeBefore = Number(state('free-before'));
    const freeNow = freeBytes(state('root') || '/');
    const reports = JSON.parse(state('report') || '[]').map((r) => ({ ...r }));
    let status;
    if (outcome.kind === 'finished') {
        const { errors, seconds } = outcome.status;
        status = errors.length ? 'partly deleted in the background' : 'deleted in the background';
        action_io/* core.info */.I8.info(`The deleter finished in ${seconds.toFixed(1)} s (the post step waited ${waited.toFixed(1)} s).`);
        if (errors.length)
            action_io/* core.warning */.I8.warning(`free-disk-space: the background deletion left some files: ${errors.slice(0, 5).join('; ')}`);
        (0,external_node_fs_.rmSync)(deleter.dir, { recursive: true, force: true });
    }
    else if (outcome.kind === 'vanished') {
        status = 'background deleter died';
        action_io/* core.warning */.I8.warning(`free-disk-space: the background deleter (pid ${deleter.pid}) exited without a report; see ${deleter.dir}/deleter.log`);
    }
    else {
        status = 'still deleting at the end of the job';
        action_io/* core.warning */.I8.warning(`free-disk-space: the background deletion did not finish within ${Math.round(timeoutMs / 1000)} s`);
    }
    for (const r of reports)
        if (r.status === 'moved to trash' || r.status.startsWith('deleting in place'))
            r.status = status;
    const line = `Background deletion: ${status}. Free space ${size_formatSize(freeBefore)} → ${size_formatSize(freeNow)} (freed ${size_formatSize(freeNow - freeBefore)} since the main step).`;
    action_io/* core.info */.I8.info(line);
    await writeSummary('free-disk-space (post)', line, reports);
}


/***/ }),

/***/ 362:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(585);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(330);
// Post step of free-disk-space (bundled to dist/free-disk-space/post/index.js): waits for the
// background deleter, if main started one, and reports how it went. Never fails the job.


try {
    await (0,_finish_js__WEBPACK_IMPORTED_MODULE_1__/* .finishBackground */ .U)((name) => _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.getState */ .I8.getState(name));
}
catch (error) {
    _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .core.warning */ .I8.warning(`free-disk-space post step: ${error.message}`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I8: () => (/* reexport */ runner_core_namespaceObject)
});

// UNUSED EXPORTS: ActionError, InputError, Inputs, LineBatch, NeutralizingLineWriter, formatOutput, logUntrusted, mapInputs, neutralize, reportFailure, runMain, runnerInputs, safe, setOutputs, splitLines, splitList

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

class inputs_InputError extends Error {
    input;
    problem;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input "${input}": ${problem}`);
        this.input = input;
        this.problem = problem;
    }
}
const runnerInputs = (name) => core.getInput(name);
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
            throw new inputs_InputError(name, 'is required');
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
        throw new inputs_InputError(name, `"${this.string(name)}" is not a boolean (allowed: true or false)`);
    }
    integer(name, fallback, range = {}) {
        const text = this.string(name);
        if (text === '')
            return fallback;
        const min = range.min ?? Number.MIN_SAFE_INTEGER;
        const max = range.max ?? Number.MAX_SAFE_INTEGER;
        const allowed = `a whole number from ${min} to ${max}`;
        if (!/^-?\d+$/.test(text))
            throw new inputs_InputError(name, `"${text}" is not ${allowed}`);
        const value = Number(text);
        if (value < min || value > max)
            throw new inputs_InputError(name, `${value} is out of range (allowed: ${allowed})`);
        return value;
    }
    /** One of a fixed set of words (case-insensitive). */
    choice(name, allowed, fallback) {
        const value = this.string(name).toLowerCase();
        if (value === '')
            return fallback;
        const match = allowed.find((a) => a.toLowerCase() === value);
        if (!match)
            throw new inputs_InputError(name, `"${this.string(name)}" is not one of: ${allowed.join(', ')}`);
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
function log_neutralize(text) {
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
    return strings.reduce((out, part, i) => out + part + (i < values.length ? log_neutralize(String(values[i])) : ''), '');
}
/** `core.info` for text that may contain untrusted data. */
function logUntrusted(text) {
    core.info(log_neutralize(text));
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
        this.write(log_neutralize(text.slice(0, cut + 1)));
    }
    end() {
        if (this.pending !== '')
            this.write(log_neutralize(this.pending));
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
class ActionError extends (/* unused pure expression or super */ null && (Error)) {
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
        core.debug(neutralize(err.stack));
    core.setFailed(neutralize(err.message));
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
        core.setOutput(name, formatOutput(value));
}

;// CONCATENATED MODULE: ./packages/action-io/index.ts





// The runner protocol without @actions/core's dependencies (same API subset and bytes).



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
/******/ var __webpack_exports__ = __nccwpck_require__(362);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
