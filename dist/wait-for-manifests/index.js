import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony exports MAX_CONCURRENCY, readPlatforms */
/* harmony import */ var _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3580);
/* harmony import */ var _packages_image_ref_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1668);
/* harmony import */ var _packages_registry_client_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5776);
/* harmony import */ var _packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3632);
// Every input of wait-for-manifests, read once and checked before anything is asked of a
// registry: a problem is one InputError naming the input and what is allowed.




const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/i;
const MAX_CONCURRENCY = 256;
function readImages(inputs) {
    const texts = inputs.list('images');
    if (texts.length === 0)
        throw new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', 'is required (full references, one per line or comma-separated)');
    const problems = [];
    const seen = new Set();
    const images = [];
    for (const text of texts) {
        try {
            const ref = (0,_packages_image_ref_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text);
            if (seen.has(ref.ref))
                continue; // the same image written twice is asked once
            seen.add(ref.ref);
            images.push({ text, ref });
        }
        catch (error) {
            if (!(error instanceof _packages_image_ref_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ReferenceError */ .AF))
                throw error;
            problems.push(error.message);
        }
    }
    if (problems.length) {
        throw new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `${problems.join('; ')} (allowed: registry/name:tag or registry/name@sha256:<64 hex>, one per line or comma-separated)`);
    }
    return images;
}
function readPlatforms(inputs) {
    const platforms = inputs.list('platforms');
    const bad = platforms.filter((p) => !(0,_packages_registry_client_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePlatform */ .FL)(p));
    if (bad.length) {
        throw new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('platforms', `${bad.map((p) => `"${p}"`).join(', ')} ${bad.length > 1 ? 'are not platforms' : 'is not a platform'} (allowed: os/architecture[/variant], comma-separated, e.g. linux/amd64,linux/arm64)`);
    }
    return platforms.map((p) => p.toLowerCase());
}
async function readInputs(inputs = new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0()) {
    const images = readImages(inputs);
    const timeoutMs = (0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .durationInput */ .Ts)(inputs, 'timeout', '15m');
    const intervalMs = (0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .durationInput */ .Ts)(inputs, 'interval', '5s', { min: 100 });
    const maxIntervalMs = (0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .durationInput */ .Ts)(inputs, 'max-interval', '30s', { min: 100 });
    if (maxIntervalMs < intervalMs) {
        throw new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('max-interval', `${(0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(maxIntervalMs)} is shorter than interval (${(0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(intervalMs)}); allowed: at least the interval`);
    }
    const requestTimeoutMs = (0,_packages_units_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .durationInput */ .Ts)(inputs, 'request-timeout', '10s', { min: 100 });
    const concurrency = inputs.integer('concurrency', 16, { min: 1, max: MAX_CONCURRENCY });
    const platforms = readPlatforms(inputs);
    const failOnMissing = inputs.boolean('fail-on-missing', true);
    const credentials = await (0,_packages_registry_client_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readCredentialInputs */ .lk)(inputs);
    const insecureRegistries = inputs.list('insecure-registries').map((r) => r.toLowerCase());
    const badHost = insecureRegistries.find((r) => !HOST_RE.test(r));
    if (badHost !== undefined) {
        throw new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('insecure-registries', `"${badHost}" is not a registry host (allowed: host or host:port, e.g. registry.local:5000)`);
    }
    return {
        images,
        timeoutMs,
        intervalMs,
        maxIntervalMs,
        requestTimeoutMs,
        concurrency,
        platforms,
        failOnMissing,
        credentials,
        insecureRegistries,
    };
}


/***/ }),

/***/ 7466:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3580);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4510);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3807);
// Entry point of wait-for-manifests (bundled to dist/wait-for-manifests/index.js).



await (0,_packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(async () => {
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)(await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(), process.env);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: realClock

// EXTERNAL MODULE: ./packages/action-io/index.ts + 8 modules
var action_io = __nccwpck_require__(3580);
// EXTERNAL MODULE: ./packages/registry-client/index.ts + 8 modules
var registry_client = __nccwpck_require__(5776);
// EXTERNAL MODULE: ./packages/time-limit/sleep.ts
var sleep = __nccwpck_require__(8967);
// EXTERNAL MODULE: ./packages/units/duration.ts
var duration = __nccwpck_require__(3632);
;// CONCATENATED MODULE: ./actions/wait-for-manifests/report.ts
// What the wait tells the user: a line per reference as it appears, a progress line per round,
// the outputs, the failure or warning text, and the job summary table. Pure formatting.

function appearedLine(o) {
    const platforms = o.platforms?.length ? ` [${o.platforms.join(', ')}]` : '';
    return `present: ${o.item.text} ${o.digest}${platforms} (waited ${seconds(o.waitedMs ?? 0)})`;
}
function progressLine(p) {
    const head = `${p.present}/${p.total} present, ${p.waiting} waiting`;
    if (p.nextPollInMs === undefined)
        return head;
    // Whole seconds as in `next poll in 7s`; tenths below 10 s, so a 400 ms wait is not "0s".
    const tenths = Math.round(p.nextPollInMs / 100) / 10;
    const next = p.nextPollInMs < 10_000 && !Number.isInteger(tenths)
        ? `${tenths}s`
        : (0,duration/* formatDuration */.a3)(p.nextPollInMs, { round: 'seconds' });
    return `${head}, next poll in ${next}`;
}
/** `3.2s` below a minute, `1m30s` above. */
function seconds(ms) {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : (0,duration/* formatDuration */.a3)(ms, { round: 'seconds' });
}
/** Why a reference is not there, as one phrase; unauthorized is told apart from a slow build. */
function reason(o) {
    switch (o.status) {
        case 'present':
            return 'present';
        case 'unauthorized':
            return `unauthorized or missing: ${o.detail}`;
        case 'platforms-missing':
            return `present without platform(s) ${o.missingPlatforms?.join(', ')} (has ${o.platforms?.join(', ') || 'none'})`;
        case 'error':
            return `registry error: ${o.detail}`;
        default:
            return o.checks === 0 ? 'missing (not checked before the timeout)' : 'missing';
    }
}
function waitOutputs(result) {
    const present = result.outcomes.filter((o) => o.status === 'present');
    const absent = result.outcomes.filter((o) => o.status !== 'present');
    return {
        found: present.map((o) => o.item.text),
        missing: absent.map((o) => o.item.text),
        'missing-json': JSON.stringify(absent.map((o) => o.item.text)),
        unauthorized: absent.filter((o) => o.status === 'unauthorized').map((o) => o.item.text),
        digests: Object.fromEntries(present.map((o) => [o.item.text, o.digest ?? ''])),
        'all-present': result.allPresent,
        'elapsed-seconds': (result.elapsedMs / 1000).toFixed(1),
    };
}
/** The failure (or, with fail-on-missing: false, warning) text: every absent reference and why. */
function missingMessage(result, timeoutMs) {
    const absent = result.outcomes.filter((o) => o.status !== 'present');
    const when = timeoutMs === 0 ? 'in a single check' : `after ${(0,duration/* formatDuration */.a3)(timeoutMs)}`;
    const lines = absent.map((o) => `  ${o.item.text}: ${reason(o)}`);
    return `${absent.length} of ${result.outcomes.length} image(s) not present ${when}:\n${lines.join('\n')}`;
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const STATUS_CELL = {
    present: '✅ present',
    missing: '❌ missing',
    unauthorized: '🔒 unauthorized or missing',
    'platforms-missing': '⚠️ platforms missing',
    error: '❌ registry error',
};
/** core.summary writes an empty cell as an unclosed <td>: give it something. */
const cell = (html) => html || '—';
/** Rows for core.summary.addTable: reference, status, digest, platforms, time to appear. */
function summaryRows(result) {
    return result.outcomes.map((o) => {
        const platforms = o.missingPlatforms?.length
            ? `${o.platforms?.join(', ') || '-'} (missing ${o.missingPlatforms.join(', ')})`
            : (o.platforms?.join(', ') ?? '');
        const status = o.status === 'present' || o.status === 'missing'
            ? STATUS_CELL[o.status]
            : `${STATUS_CELL[o.status]}: ${o.detail ?? ''}`;
        return [
            `<code>${escapeHtml(o.item.text)}</code>`,
            escapeHtml(o.status === 'platforms-missing' ? STATUS_CELL[o.status] : status),
            o.digest ? `<code>${o.digest}</code>` : '',
            escapeHtml(platforms),
            o.status === 'present' ? seconds(o.waitedMs ?? 0) : '',
        ].map(cell);
    });
}

// EXTERNAL MODULE: ./packages/time-limit/when-aborted.ts
var when_aborted = __nccwpck_require__(5664);
;// CONCATENATED MODULE: ./actions/wait-for-manifests/wait-loop.ts

/** Jitter takes up to this share off each delay, so delays stay within [interval, max-interval]. */
const JITTER = 0.2;
/** The delay before the n-th re-poll (n >= 1) of a reference: interval * 2^(n-1), capped, jittered. */
function backoffDelay(n, intervalMs, maxIntervalMs, random) {
    const base = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(n - 1, 30));
    return Math.max(1, Math.round(base * (1 - JITTER * random())));
}
class DeadlineReached extends Error {
    name = 'DeadlineReached';
}
async function waitForManifests(opts) {
    const { clock } = opts;
    const start = clock.now();
    const deadline = start + opts.timeoutMs;
    // The last round starts this long before the deadline, so its answers can still arrive.
    const finalLead = Math.min(1_000, opts.intervalMs, opts.timeoutMs);
    // Checks due within this window of a round's start join that round (one progress line, not many).
    const coalesceMs = Math.min(opts.intervalMs / 4, 2_000);
    const slots = opts.items.map((item) => ({
        outcome: { item, status: 'missing', checks: 0 },
        nextAt: start,
    }));
    const waiting = () => slots.filter((s) => s.outcome.status !== 'present');
    const stop = new AbortController();
    const atDeadline = new AbortController();
    if (opts.timeoutMs > 0) {
        clock.sleep(opts.timeoutMs, stop.signal).then(() => atDeadline.abort(new DeadlineReached('timeout reached')), () => { });
    }
    const runOne = async (slot) => {
        const { outcome } = slot;
        let result;
        try {
            result = await untilAborted(opts.check(outcome.item, atDeadline.signal), atDeadline.signal);
        }
        catch (error) {
            if (atDeadline.signal.aborted)
                return; // cut off by the deadline: keep the last answer
            result = { status: 'error', detail: error instanceof Error ? error.message : String(error) };
        }
        const now = clock.now();
        outcome.checks++;
        if (result.status === 'present') {
            Object.assign(outcome, {
                status: 'present',
                digest: result.digest,
                mediaType: result.mediaType,
                platforms: result.platforms,
                missingPlatforms: undefined,
                detail: undefined,
                waitedMs: now - start,
            });
            opts.onPresent?.(outcome);
            return;
        }
        outcome.status = result.status;
        outcome.detail = 'detail' in result ? result.detail : undefined;
        if (result.status === 'platforms-missing') {
            Object.assign(outcome, {
                digest: result.digest,
                platforms: result.platforms,
                missingPlatforms: result.missing,
            });
        }
        const retryAfter = result.status === 'error' ? (result.retryAfterMs ?? 0) : 0;
        const delay = Math.max(retryAfter, backoffDelay(outcome.checks, opts.intervalMs, opts.maxIntervalMs, opts.random));
        slot.nextAt = now + delay;
    };
    try {
        for (;;) {
            const roundStart = clock.now();
            const due = waiting().filter((s) => s.nextAt <= roundStart + coalesceMs);
            await runPool(due, opts.concurrency, runOne, atDeadline.signal);
            const left = waiting();
            const now = clock.now();
            const lastRoundAt = deadline - finalLead;
            if (left.length === 0 || opts.timeoutMs === 0 || atDeadline.signal.aborted || now >= lastRoundAt) {
                opts.onRound?.({ present: slots.length - left.length, total: slots.length, waiting: left.length });
                break;
            }
            const next = Math.min(lastRoundAt, ...left.map((s) => s.nextAt));
            const wait = Math.max(0, next - now);
            opts.onRound?.({
                present: slots.length - left.length,
                total: slots.length,
                waiting: left.length,
                nextPollInMs: wait,
            });
            // Past the last moment a round may start, every remaining reference is due then.
            for (const s of left)
                s.nextAt = Math.min(s.nextAt, lastRoundAt);
            try {
                await clock.sleep(wait, atDeadline.signal);
            }
            catch {
                break;
            }
        }
    }
    finally {
        stop.abort();
    }
    const left = waiting().length;
    return { outcomes: slots.map((s) => s.outcome), elapsedMs: clock.now() - start, allPresent: left === 0 };
}
/**
 * The check's answer, or a rejection as soon as `signal` aborts even if the check does not honour
 * it (a slow credential helper, say): the deadline holds whatever a check is doing.
 */
function untilAborted(work, signal) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const stopWaiting = (0,when_aborted/* whenAborted */.e)(signal, () => reject(signal.reason));
        work.then((value) => {
            stopWaiting();
            resolve(value);
        }, (error) => {
            stopWaiting();
            reject(error);
        });
    });
}
/** Runs `work` over `items` with at most `limit` at once; stops taking new items once `signal` aborts. */
async function runPool(items, limit, work, signal) {
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal.aborted)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

;// CONCATENATED MODULE: ./actions/wait-for-manifests/run.ts
// wait-for-manifests: load the credentials, poll every reference until all are present or the
// timeout, then write the outputs and the job summary, and fail (or warn) listing what is missing.






const realClock = {
    now: () => Date.now(),
    sleep: sleep/* sleep */.y,
};
async function run(inputs, env) {
    // A credential helper may not outlive the wait by much (the loop stops at the deadline anyway).
    const helperTimeoutMs = Math.min(30_000, Math.max(5_000, inputs.timeoutMs));
    const credentials = await (0,registry_client/* loadCredentialStore */.pC)(inputs.credentials, env, { helperTimeoutMs });
    const client = (0,registry_client/* createRegistryClient */.Hn)({
        credentials,
        insecureRegistries: inputs.insecureRegistries,
        requestTimeoutMs: inputs.requestTimeoutMs,
        userAgent: 'docker-pipeline-actions/wait-for-manifests',
        log: action_io/* core.debug */.I8.debug,
        mask: action_io/* core.setSecret */.I8.setSecret,
    });
    const { images, platforms } = inputs;
    const what = platforms.length ? ` with ${platforms.join(', ')}` : '';
    const limit = inputs.timeoutMs === 0 ? 'one check' : `timeout ${(0,duration/* formatDuration */.a3)(inputs.timeoutMs)}`;
    // References found together are logged together (within 100 ms), not one write per line.
    const appeared = new action_io/* LineBatch */.TT(action_io/* core.info */.I8.info, 100);
    const result = await action_io/* core.group */.I8.group(`Waiting for ${images.length} image(s)${what} (${limit})`, async () => {
        try {
            return await waitForManifests({
                items: images,
                check: (image, signal) => client.checkManifest(image.ref, { platforms, signal }),
                timeoutMs: inputs.timeoutMs,
                intervalMs: inputs.intervalMs,
                maxIntervalMs: inputs.maxIntervalMs,
                concurrency: inputs.concurrency,
                clock: realClock,
                random: Math.random,
                onPresent: (o) => appeared.add(appearedLine(o)),
                onRound: (p) => {
                    appeared.flush();
                    action_io/* core.info */.I8.info(progressLine(p));
                },
            });
        }
        finally {
            appeared.flush();
        }
    });
    (0,action_io/* setOutputs */.n0)(waitOutputs(result));
    const present = result.outcomes.filter((o) => o.status === 'present').length;
    action_io/* core.info */.I8.info(`${present}/${images.length} present after ${seconds(result.elapsedMs)} (${client.requestCount} HTTP requests)`);
    await action_io/* core.summary */.I8.summary
        .addHeading('Images', 3)
        .addRaw(`${present} of ${images.length} present after ${seconds(result.elapsedMs)}.`, true)
        .addTable([
        [
            { data: 'Reference', header: true },
            { data: 'Status', header: true },
            { data: 'Digest', header: true },
            { data: 'Platforms', header: true },
            { data: 'Time to appear', header: true },
        ],
        ...summaryRows(result),
    ])
        .write();
    if (result.allPresent)
        return;
    const message = missingMessage(result, inputs.timeoutMs);
    if (inputs.failOnMissing)
        throw new action_io/* ActionError */.lZ(message);
    action_io/* core.warning */.I8.warning(message);
}


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ InputError),
  G0: () => (/* reexport */ Inputs),
  TT: () => (/* reexport */ LineBatch),
  I8: () => (/* reexport */ runner_core_namespaceObject),
  VN: () => (/* reexport */ runMain),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: NeutralizingLineWriter, formatOutput, logUntrusted, mapInputs, neutralize, reportFailure, runnerInputs, safe, splitLines, splitList

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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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

;// CONCATENATED MODULE: ./packages/action-io/line-batch.ts
// Log lines that come in bursts (hundreds of "present:" lines within a fraction of a second),
// written a batch at a time: one write of many lines instead of one per line. Each write wakes
// the runner's log reader, which on a busy machine competes with the action for the CPU.
class LineBatch {
    write;
    maxDelayMs;
    lines = [];
    timer;
    /** `write` gets the batch as one text; no line waits longer than `maxDelayMs`. */
    constructor(write, maxDelayMs) {
        this.write = write;
        this.maxDelayMs = maxDelayMs;
    }
    add(line) {
        this.lines.push(line);
        if (this.timer)
            return;
        this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
        this.timer.unref(); // a pending batch never keeps the process alive: the caller flushes at the end
    }
    /** Writes what is pending now (before any other output, so the log keeps its order). */
    flush() {
        clearTimeout(this.timer);
        this.timer = undefined;
        if (this.lines.length === 0)
            return;
        const text = this.lines.join('\n');
        this.lines = [];
        this.write(text);
    }
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

/***/ 1668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DOCKER_HUB_API_HOST, isValidTag, isValidDigest, parseImageName, serviceName, sanitizeTag */
// Image names and references, following the grammar of distribution/reference
// (https://github.com/distribution/reference/blob/main/reference.go), plus Docker Hub's
// familiar-name rules. Pure functions: no I/O.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|${IPV6})(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_RE = new RegExp(`^${DOMAIN}$`);
const PATH_COMPONENT_RE = new RegExp(`^${PATH_COMPONENT}$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const MAX_NAME_LENGTH = 255;
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** Thrown for malformed names, tags and digests; `message` says what is allowed. */
class ReferenceError extends Error {
    name = 'ReferenceError';
}
function isValidTag(tag) {
    return TAG_RE.test(tag);
}
function isValidDigest(digest) {
    return DIGEST_RE.test(digest);
}
/** True when the first path component names a registry rather than a Docker Hub namespace. */
function looksLikeDomain(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
function splitName(name) {
    if (name.length === 0)
        throw new ReferenceError('the image name is empty');
    if (/\s/.test(name))
        throw new ReferenceError(`"${name}" contains white space`);
    const parts = name.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeDomain(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN_RE.test(registry))
            throw new ReferenceError(`"${registry}" is not a valid registry host`);
        registry = registry.toLowerCase();
    }
    const path = parts.map((p) => p.toLowerCase());
    for (const component of path) {
        if (!PATH_COMPONENT_RE.test(component)) {
            throw new ReferenceError(`"${name}" has an invalid path component "${component}" (allowed: lower-case letters, digits, and single '.', '_', '__' or '-' runs between them)`);
        }
    }
    let repository = path.join('/');
    if (registry === DOCKER_HUB && path.length === 1)
        repository = `library/${repository}`;
    const shown = registry === DOCKER_HUB && !name.toLowerCase().startsWith(`${DOCKER_HUB}/`)
        ? path.join('/')
        : `${registry}/${path.join('/')}`;
    if (shown.length > MAX_NAME_LENGTH)
        throw new ReferenceError(`"${name}" is longer than ${MAX_NAME_LENGTH} characters`);
    return { registry, repository, name: shown };
}
/**
 * An image name without tag or digest, e.g. `ghcr.io/Org/Repo/api` -> `ghcr.io/org/repo/api`.
 * Upper case is folded (as docker/metadata-action does); anything else invalid is an error.
 */
function parseImageName(input) {
    const name = input.trim();
    if (name.includes('@'))
        throw new ReferenceError(`"${name}" has a digest; give the image name only`);
    const lastSlash = name.lastIndexOf('/');
    if (name.slice(lastSlash + 1).includes(':')) {
        throw new ReferenceError(`"${name}" has a tag; give the image name only`);
    }
    return splitName(name);
}
/** A full reference `[registry/]name[:tag][@digest]`; at least a tag or a digest is required. */
function parseReference(input, opts = {}) {
    const text = input.trim();
    if (/\s/.test(text) || text.length === 0)
        throw new ReferenceError(`"${input}" is not an image reference`);
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isValidDigest(digest)) {
            throw new ReferenceError(`"${text}" has a malformed digest "${digest}" (allowed: sha256: and 64 hex digits)`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isValidTag(tag)) {
            throw new ReferenceError(`"${text}" has an invalid tag "${tag}" (allowed: [A-Za-z0-9_.-], at most 128, not starting with '.' or '-')`);
        }
    }
    if ((opts.requireTagOrDigest ?? true) && !tag && !digest) {
        throw new ReferenceError(`"${text}" has neither a tag nor a digest (write name:tag or name@sha256:...)`);
    }
    const image = splitName(rest);
    const ref = `${image.name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    return { ...image, tag, digest, ref };
}
/** The host to send registry API requests to (Docker Hub's API lives on another host). */
function registryApiHost(registry) {
    return registry === DOCKER_HUB || registry === 'index.docker.io' ? DOCKER_HUB_API_HOST : registry;
}
/** The last path segment of a name: the "service" a reference belongs to. */
function serviceName(image) {
    const segments = image.repository.split('/');
    return segments[segments.length - 1];
}
/**
 * Make any text a valid tag: characters outside [A-Za-z0-9_.-] become '-', leading '.' and '-'
 * are dropped, and the result is cut to 128 characters.
 */
function sanitizeTag(text) {
    return text
        .replace(/[^A-Za-z0-9_.-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}


/***/ }),

/***/ 5776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hn: () => (/* reexport */ createRegistryClient),
  pC: () => (/* reexport */ loadCredentialStore),
  FL: () => (/* reexport */ parsePlatform),
  lk: () => (/* reexport */ readCredentialInputs)
});

// UNUSED EXPORTS: formatPlatform, isLoopbackRegistry, missingPlatforms, normalizeRegistryKey, parseChallenges, parseRegistryAuth, parseRetryAfter, platformMatches, runCredentialHelper

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: ./packages/image-ref/index.ts
var image_ref = __nccwpck_require__(1668);
;// CONCATENATED MODULE: ./packages/registry-client/auth.ts
/** Parses `Bearer realm="https://a/token",service="reg",scope="repository:x:pull", Basic realm="r"`. */
function parseChallenges(header) {
    if (!header)
        return [];
    const challenges = [];
    let current;
    let i = 0;
    const skip = (chars) => {
        while (i < header.length && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        skip(/[\w!#$%&'*+.^`|~-]/);
        return header.slice(start, i);
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const name = token();
        if (!name)
            break;
        skip(/ /);
        if (header[i] !== '=') {
            const scheme = name.toLowerCase();
            current = scheme === 'basic' || scheme === 'bearer' ? { scheme, params: {} } : undefined;
            if (current)
                challenges.push(current);
            continue;
        }
        i++;
        skip(/ /);
        let value = '';
        if (header[i] === '"') {
            for (i++; i < header.length && header[i] !== '"'; i++) {
                if (header[i] === '\\')
                    i++;
                value += header[i] ?? '';
            }
            i++;
        }
        else {
            const start = i;
            while (i < header.length && !/[\s,]/.test(header[i]))
                i++;
            value = header.slice(start, i);
        }
        if (current)
            current.params[name.toLowerCase()] = value;
    }
    return challenges;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/** The token server refused us: wrong or insufficient credentials (not a transient failure). */
class AuthError extends Error {
    name = 'AuthError';
}
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** Renew this long before expiry so a token never lapses in flight. */
const RENEW_MARGIN_MS = 5_000;
class TokenCache {
    http;
    now;
    mask;
    tokens = new Map();
    pending = new Map();
    constructor(http, now, mask) {
        this.http = http;
        this.now = now;
        this.mask = mask;
    }
    /** A bearer token for `scope`, from the cache or the realm; concurrent callers share one request. */
    async token(challenge, scope, credential, signal) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new AuthError('the registry sent a Bearer challenge without a realm');
        const service = challenge.params.service ?? '';
        const key = `${realm}\n${service}\n${scope}`;
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt - RENEW_MARGIN_MS > this.now())
            return cached.token;
        let request = this.pending.get(key);
        if (!request) {
            request = this.fetchToken(realm, service, scope, credential, signal).then((fresh) => {
                this.pending.delete(key);
                this.tokens.set(key, fresh);
                return fresh.token;
            }, (error) => {
                this.pending.delete(key);
                throw error;
            });
            this.pending.set(key, request);
        }
        return request;
    }
    /** Forget a token the registry rejected, so the next request fetches a fresh one. */
    invalidate(challenge, scope) {
        this.tokens.delete(`${challenge.params.realm}\n${challenge.params.service ?? ''}\n${scope}`);
    }
    async fetchToken(realm, service, scope, credential, signal) {
        const url = new URL(realm);
        let response;
        if (credential?.kind === 'identity') {
            // OAuth2 refresh-token grant, as docker does for identity tokens (credential helpers, ACR).
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.identityToken,
                service,
                scope,
                client_id: 'docker-pipeline-actions',
            });
            response = await this.http.send({
                method: 'POST',
                url: url.toString(),
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            }, signal);
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const authorization = credential?.kind === 'basic'
                ? basicAuthorization(credential.username, credential.password)
                : undefined;
            response = await this.http.send({ method: 'GET', url: url.toString(), authorization }, signal);
        }
        if (response.status === 401 || response.status === 403) {
            throw new AuthError(`the token server ${url.host} refused ${credential ? 'the credentials' : 'anonymous access'} (HTTP ${response.status})`);
        }
        if (response.status !== 200)
            throw new AuthError(`the token server ${url.host} answered HTTP ${response.status}`);
        let body;
        try {
            body = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new AuthError(`the token server ${url.host} answered with something that is not JSON`);
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!token)
            throw new AuthError(`the token server ${url.host} answered without a token`);
        this.mask(token);
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_LIFETIME_S;
        const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : NaN;
        // Count from when we received it unless the server's clock is plausibly in step with ours.
        const start = Number.isFinite(issued) && Math.abs(issued - this.now()) < 60_000 ? issued : this.now();
        return { token, expiresAt: start + lifetime * 1000 };
    }
}

// EXTERNAL MODULE: ./packages/time-limit/sleep.ts
var sleep = __nccwpck_require__(8967);
// EXTERNAL MODULE: ./packages/time-limit/when-aborted.ts
var when_aborted = __nccwpck_require__(5664);
;// CONCATENATED MODULE: ./packages/registry-client/http1-answer.ts
// Reading one HTTP/1.1 answer from a byte stream: the header block, then the content framed as
// RFC 9112 section 6.3 says (none for HEAD, 1xx, 204 and 304; chunked; Content-Length; or up to
// the end of the connection). Pure and incremental: ./connection-pool.ts feeds it what the socket
// delivers, as latin1 strings (one character per byte, so nothing is lost or re-encoded).
/** An answer that is not HTTP/1.1, or a connection that ended before the whole answer. */
class ProtocolError extends Error {
    name = 'ProtocolError';
}
/** A registry's header block is a few hundred bytes; anything this big is not one. */
const MAX_HEAD_BYTES = 64 * 1024;
/** Manifests, config blobs and token answers are small; anything this big is not one of them. */
const MAX_BODY_BYTES = 8 << 20;
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: |$)/;
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9a-fA-F]{1,7})[ \t]*(?:;.*)?$/;
const EMPTY = Buffer.alloc(0);
/** Parses one header block (without its final blank line). */
function parseHeadBlock(block) {
    const lines = block.split('\r\n');
    const status = STATUS_LINE.exec(lines[0]);
    if (!status)
        throw new ProtocolError(`not an HTTP/1.1 answer: ${JSON.stringify(lines[0].slice(0, 40))}`);
    const fields = new Map();
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon) : '';
        // A field without a name, or one folded onto the next line (obsolete), is malformed.
        if (!FIELD_NAME.test(name))
            throw new ProtocolError(`malformed header field: ${JSON.stringify(line.slice(0, 40))}`);
        const key = name.toLowerCase();
        const value = line.slice(colon + 1).trim();
        const before = fields.get(key);
        fields.set(key, before === undefined ? value : `${before}, ${value}`);
    }
    return { status: Number(status[2]), fields, http10: status[1] === '0' };
}
/** One answer, read incrementally: `push` what arrives, `closed` when the connection ends. */
class AnswerReader {
    withContent;
    buffer = '';
    phase = 'head';
    head;
    body = [];
    bodyBytes = 0;
    /** Content bytes still to come: of the Content-Length, or of the current chunk. */
    remaining = 0;
    /** No Content-Length nor Transfer-Encoding: the content ends with the connection. */
    untilClose = false;
    /** Some byte of the answer has arrived. */
    started = false;
    /** `withContent`: false for an answer to HEAD, which never has content (RFC 9110, 9.3.2). */
    constructor(withContent) {
        this.withContent = withContent;
    }
    /** Feeds bytes; returns the answer once complete (later bytes are `leftover`). */
    push(chunk) {
        if (chunk)
            this.started = true;
        this.buffer += chunk;
        for (;;) {
            switch (this.phase) {
                case 'head': {
                    const end = this.buffer.indexOf('\r\n\r\n');
                    if (end < 0) {
                        if (this.buffer.length > MAX_HEAD_BYTES)
                            throw new ProtocolError('the answer header is too large');
                        return undefined;
                    }
                    const head = parseHeadBlock(this.buffer.slice(0, end));
                    this.buffer = this.buffer.slice(end + 4);
                    // 1xx (e.g. 103 Early Hints) precede the real answer.
                    if (head.status >= 200)
                        this.startContent(head);
                    break;
                }
                case 'length':
                case 'chunk-data': {
                    const take = Math.min(this.remaining, this.buffer.length);
                    this.addContent(this.buffer.slice(0, take));
                    this.buffer = this.buffer.slice(take);
                    this.remaining -= take;
                    if (this.remaining > 0)
                        return undefined;
                    if (this.phase === 'length')
                        this.phase = 'done';
                    else {
                        if (this.buffer.length < 2)
                            return undefined;
                        if (!this.buffer.startsWith('\r\n'))
                            throw new ProtocolError('a chunk is longer than its size');
                        this.buffer = this.buffer.slice(2);
                        this.phase = 'chunk-size';
                    }
                    break;
                }
                case 'chunk-size':
                case 'trailers': {
                    const eol = this.buffer.indexOf('\r\n');
                    if (eol < 0) {
                        if (this.buffer.length > MAX_HEAD_BYTES)
                            throw new ProtocolError('a chunk line is too long');
                        return undefined;
                    }
                    const line = this.buffer.slice(0, eol);
                    this.buffer = this.buffer.slice(eol + 2);
                    if (this.phase === 'trailers') {
                        if (line === '')
                            this.phase = 'done'; // trailer fields, if any, are not needed
                        break;
                    }
                    const size = CHUNK_SIZE.exec(line);
                    if (!size)
                        throw new ProtocolError(`malformed chunk size: ${JSON.stringify(line.slice(0, 20))}`);
                    this.remaining = parseInt(size[1], 16);
                    this.phase = this.remaining === 0 ? 'trailers' : 'chunk-data';
                    break;
                }
                case 'until-close':
                    this.addContent(this.buffer);
                    this.buffer = '';
                    return undefined;
                case 'done':
                    return this.answer();
            }
        }
    }
    /** The connection ended: the answer if its content runs to the end of the connection. */
    closed() {
        if (this.phase !== 'until-close')
            throw new ProtocolError('the connection closed before the whole answer arrived');
        this.phase = 'done';
        return this.answer();
    }
    /** Bytes after the answer: for a HEAD, content nobody asked for. */
    get leftover() {
        return this.buffer;
    }
    /** Whether the connection may carry another request after this answer. */
    get reusable() {
        const connection = this.head?.fields.get('connection') ?? '';
        return (this.phase === 'done' &&
            this.buffer === '' &&
            !this.untilClose &&
            !this.head.http10 &&
            !/(^|,)\s*close\s*(,|$)/i.test(connection));
    }
    startContent(head) {
        this.head = head;
        const { status, fields } = head;
        if (!this.withContent || status === 204 || status === 304) {
            this.phase = 'done';
            return;
        }
        const coding = fields.get('transfer-encoding');
        if (coding !== undefined) {
            // We never ask for compression, so chunked is the only coding a server may send us.
            if (coding.trim().toLowerCase() !== 'chunked')
                throw new ProtocolError(`unsupported Transfer-Encoding: ${JSON.stringify(coding.slice(0, 40))}`);
            this.phase = 'chunk-size';
            return;
        }
        const length = fields.get('content-length');
        if (length === undefined) {
            this.phase = 'until-close';
            this.untilClose = true;
            return;
        }
        // Repeated fields arrive joined ("12, 12"): all must agree (RFC 9112, 6.3).
        const values = new Set(length.split(',').map((v) => v.trim()));
        const [value] = values;
        if (values.size !== 1 || !/^\d{1,10}$/.test(value))
            throw new ProtocolError(`malformed Content-Length: ${JSON.stringify(length.slice(0, 40))}`);
        this.remaining = Number(value);
        if (this.remaining > MAX_BODY_BYTES)
            throw new ProtocolError(tooLarge());
        this.phase = this.remaining === 0 ? 'done' : 'length';
    }
    addContent(part) {
        if (!part)
            return;
        this.bodyBytes += part.length;
        if (this.bodyBytes > MAX_BODY_BYTES)
            throw new ProtocolError(tooLarge());
        this.body.push(part);
    }
    answer() {
        const { status, fields } = this.head;
        const body = this.body.length ? Buffer.from(this.body.join(''), 'latin1') : EMPTY;
        return { status, fields, body };
    }
}
function tooLarge() {
    return `an answer larger than ${MAX_BODY_BYTES} bytes`;
}

;// CONCATENATED MODULE: ./packages/registry-client/connection-pool.ts
// Registry requests over pooled keep-alive HTTP/1.1 connections, without node:http.
//
// Why: a wait is hundreds of HEADs whose answers are a status line and a few headers, plus a
// token or a manifest now and then. node:http's machinery (ClientRequest, IncomingMessage
// streams, agent bookkeeping) costs a cold action process more CPU than the registry spends
// answering: 185 HEADs took 238 ms from a fresh Node with node:http and 175 ms this way, and the
// first token request took ~9 ms more (see bench/wait-for-manifests). The answer itself is read
// by ./http1-answer.ts.



const FIELD_VALUE = /^[\t\x20-\x7e]*$/;
/** The bytes of a request: the request line, Host, the fields, Content-Length with a body. */
function requestBytes({ method, url, fields, body }) {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
    for (const name in fields) {
        const value = fields[name];
        if (!FIELD_NAME.test(name) || !FIELD_VALUE.test(value))
            throw new Error(`invalid header field ${name}`);
        lines.push(`${name}: ${value}`);
    }
    if (body !== undefined)
        lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
    return `${lines.join('\r\n')}\r\n\r\n${body ?? ''}`;
}
/** One keep-alive connection: one request at a time. */
class Connection {
    socket;
    onClosed;
    reader;
    waiter;
    /** Answered before: a failure before any byte of the next answer may be a stale socket. */
    reused = false;
    /** Ended by the caller (time limit, cancellation): never retried. */
    ended = false;
    constructor(socket, onClosed) {
        this.socket = socket;
        this.onClosed = onClosed;
        socket.setEncoding('latin1');
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.receive(chunk));
        socket.on('error', (error) => this.settle(error));
        socket.on('close', () => {
            this.onClosed(this);
            if (!this.waiter)
                return;
            try {
                this.settle(undefined, this.reader.closed());
            }
            catch (error) {
                this.settle(error);
            }
        });
    }
    send(bytes, withContent) {
        this.reader = new AnswerReader(withContent);
        this.socket.ref();
        return new Promise((resolve, reject) => {
            this.waiter = { resolve, reject };
            this.socket.write(bytes);
        });
    }
    /** Whether the failure happened on a reused connection before any byte of the answer. */
    get staleFailure() {
        return this.reused && !this.reader?.started;
    }
    receive(chunk) {
        if (!this.waiter) {
            // Bytes nobody asked for (content after a HEAD answer): this connection cannot be trusted.
            this.socket.destroy();
            return;
        }
        let answer;
        try {
            answer = this.reader.push(chunk);
        }
        catch (error) {
            this.socket.destroy(error);
            return;
        }
        if (!answer)
            return;
        this.reused = true;
        if (this.reader.reusable)
            this.socket.unref();
        else
            this.socket.destroy();
        this.settle(undefined, answer);
    }
    settle(error, answer) {
        const waiter = this.waiter;
        this.waiter = undefined;
        if (error)
            waiter?.reject(error);
        else
            waiter?.resolve(answer);
    }
}
/** Idle keep-alive connections per origin; unref'd while idle, so they never hold the process. */
class ConnectionPool {
    options;
    idle = new Map();
    tls;
    /** `ca`: trust these certificates instead of Node's (tests); verification is always on. */
    constructor(options = {}) {
        this.options = options;
    }
    /** Sends `request`; `started` gets a handle to end it early (time limits, cancellation). */
    async request(request, started) {
        const bytes = requestBytes(request);
        const { url } = request;
        const key = `${url.protocol}//${url.host}`;
        for (let fresh = false;; fresh = true) {
            const connection = fresh
                ? await this.connect(url, key)
                : (this.takeIdle(key) ?? (await this.connect(url, key)));
            started({
                destroy: (error) => {
                    connection.ended = true;
                    connection.socket.destroy(error);
                },
            });
            try {
                const answer = await connection.send(bytes, request.method !== 'HEAD');
                if (!connection.socket.destroyed)
                    this.putIdle(key, connection);
                return answer;
            }
            catch (error) {
                // A keep-alive connection the server had closed meanwhile: once more on a new one. (Every
                // request we send is idempotent: HEAD, GET, and a token POST that only asks for a token.)
                if (!fresh && !connection.ended && connection.staleFailure)
                    continue;
                throw error;
            }
        }
    }
    /**
     * Opens a connection to `url`'s origin for a request to come, so that its handshakes (TCP, TLS)
     * overlap whatever that request is waiting for (e.g. the registry's token). Failures are left
     * to that request, which meets them again on a fresh connection.
     */
    preconnect(url) {
        const key = `${url.protocol}//${url.host}`;
        this.connect(url, key).then((connection) => {
            connection.socket.unref();
            if (!connection.socket.destroyed)
                this.putIdle(key, connection);
        }, () => { });
    }
    takeIdle(key) {
        // A socket destroyed a moment ago may not have announced its close yet (a write to it would
        // never be answered): skip those.
        const list = this.idle.get(key);
        let connection = list?.pop();
        while (connection?.socket.destroyed)
            connection = list?.pop();
        return connection;
    }
    putIdle(key, connection) {
        let list = this.idle.get(key);
        if (!list)
            this.idle.set(key, (list = []));
        list.push(connection);
    }
    async connect(url, key) {
        const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const onClosed = (c) => {
            const list = this.idle.get(key);
            const at = list?.indexOf(c) ?? -1;
            if (at >= 0)
                list.splice(at, 1);
        };
        if (url.protocol === 'https:') {
            // node:tls is loaded only when a registry is reached over HTTPS.
            const tls = await (this.tls ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 23)));
            const servername = /^[\d.]+$|:/.test(host) ? undefined : host;
            const socket = tls.connect({
                host,
                port,
                servername,
                ALPNProtocols: ['http/1.1'],
                ca: this.options.ca,
            });
            return new Connection(socket, onClosed);
        }
        return new Connection((0,external_node_net_namespaceObject.connect)({ host, port }), onClosed);
    }
}

;// CONCATENATED MODULE: ./packages/registry-client/http.ts
// One HTTP exchange with a registry or token server, made robust: a time limit per attempt,
// retries with backoff for 408/429/5xx and network errors (reset, timeout, truncated body),
// Retry-After honoured (and shared by every request to that host), redirects followed by hand so
// Authorization never reaches another host.



/** A failure that survived the retries (or is not retryable); `retryAfterMs` from a 429/503. */
class TransientError extends Error {
    retryAfterMs;
    name = 'TransientError';
    constructor(message, retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 5;
/** Retry-After is either delta-seconds or an HTTP date; returns milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
class HttpClient {
    opts;
    /** Requests sent, including retries, redirects and token requests. */
    requestCount = 0;
    /** Per host: no request before this time (set by Retry-After). */
    pausedUntil = new Map();
    /** Keep-alive connections per origin (their idle sockets never hold the process open). */
    pool = new ConnectionPool();
    constructor(opts) {
        this.opts = opts;
    }
    /** Opens a connection to `url`'s origin ahead of a request that waits for something else first. */
    preconnect(url) {
        const parsed = new URL(url);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
            this.pool.preconnect(parsed);
    }
    /** Sends with retries; resolves with any non-retryable status (2xx, 3xx unfollowed, 4xx). */
    async send(request, signal) {
        let lastError = '';
        let retryAfterMs;
        for (let attempt = 0; attempt <= this.opts.maxRetries; attempt++) {
            if (attempt > 0) {
                const backoff = Math.min(this.opts.retryMaxDelayMs, this.opts.retryBaseMs * 2 ** (attempt - 1));
                const delay = Math.max(retryAfterMs ?? 0, backoff * (0.5 + this.opts.random() / 2));
                this.opts.log(`retrying ${request.method} ${request.url} in ${Math.round(delay)} ms (${lastError})`);
                await (0,sleep/* sleep */.y)(delay, signal);
            }
            if (this.pausedUntil.size)
                await this.waitForHost(new URL(request.url).host, signal);
            retryAfterMs = undefined;
            try {
                const response = await this.attempt(request, signal);
                if (!RETRYABLE_STATUS.has(response.status))
                    return response;
                lastError = `HTTP ${response.status}`;
                retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.opts.now());
                if (retryAfterMs !== undefined && response.status === 429) {
                    this.pausedUntil.set(new URL(response.url).host, this.opts.now() + retryAfterMs);
                }
            }
            catch (error) {
                if (signal?.aborted)
                    throw signal.reason;
                lastError = describeNetworkError(error);
            }
        }
        throw new TransientError(`${request.method} ${request.url} failed after ${this.opts.maxRetries + 1} attempts: ${lastError}`, retryAfterMs);
    }
    async waitForHost(host, signal) {
        const until = this.pausedUntil.get(host);
        if (until === undefined)
            return;
        const wait = until - this.opts.now();
        if (wait <= 0)
            this.pausedUntil.delete(host);
        else
            await (0,sleep/* sleep */.y)(wait, signal);
    }
    /** One attempt: follows redirects itself, all under one time limit. */
    async attempt(request, signal) {
        if (signal?.aborted)
            throw signal.reason;
        // The time limit and the caller's signal end the request in flight by destroying it: one
        // timer per attempt and no listener of its own on the signal (AbortControllers, and a
        // listener per request, cost more for every one of hundreds of requests).
        let inFlight;
        let stopped;
        const stop = (reason) => {
            stopped ??= reason;
            inFlight?.destroy(reason instanceof Error ? reason : new Error(String(reason)));
        };
        const timer = setTimeout(() => stop(new TimeLimitError(this.opts.requestTimeoutMs)), this.opts.requestTimeoutMs);
        const stopWaiting = signal && (0,when_aborted/* whenAborted */.e)(signal, () => stop(signal.reason));
        let url = new URL(request.url);
        const origin = url.origin;
        try {
            for (let hop = 0;; hop++) {
                const headers = { 'user-agent': this.opts.userAgent, ...request.headers };
                // Credentials belong to the origin they were issued for: a redirect to a blob store or
                // CDN (another host) must not receive them.
                if (request.authorization && url.origin === origin)
                    headers.authorization = request.authorization;
                this.requestCount++;
                const method = hop === 0 ? request.method : request.method === 'POST' ? 'GET' : request.method;
                const response = await this.exchange(url, method, headers, hop === 0 ? request.body : undefined, (req) => {
                    inFlight = req;
                    if (stopped !== undefined)
                        stop(stopped);
                });
                inFlight = undefined;
                if (stopped !== undefined)
                    throw stopped;
                const location = response.headers.get('location');
                if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
                    url = new URL(location, url);
                    continue;
                }
                return { ...response, url: hop === 0 ? request.url : url.toString() };
            }
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            throw stopped ?? error;
        }
        finally {
            clearTimeout(timer);
            stopWaiting?.();
        }
    }
    /**
     * One request on a pooled keep-alive connection (./connection-pool.ts). (fetch is not used: its
     * first use loads undici, and it closes the connection after every HEAD, so 185 HEADs would cost
     * 185 TCP handshakes.) `started` receives the request so the caller can end it.
     */
    async exchange(url, method, fields, body, started) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`unsupported URL ${url.origin}`);
        const answer = await this.pool.request({ method, url, fields, body }, started);
        const headers = answer.fields;
        return {
            status: answer.status,
            headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
            body: answer.body,
        };
    }
}
/** An attempt that took longer than the per-request limit. */
class TimeLimitError extends Error {
    ms;
    name = 'TimeLimitError';
    constructor(ms) {
        super(`no answer within ${ms} ms`);
        this.ms = ms;
    }
}
function describeNetworkError(error) {
    if (error instanceof Error) {
        const code = error.code;
        if (code && !error.message.includes(code))
            return `${error.message} (${code})`;
        const cause = error.cause;
        if (cause?.code)
            return `${error.message} (${cause.code})`;
        if (cause?.message)
            return `${error.message} (${cause.message})`;
        return error.message;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./packages/registry-client/platforms.ts
// Platforms (`os/architecture[/variant]`) as written in inputs and as found in image indexes.
// Matching follows containerd's normalisation where it matters for real indexes: arm64 without a
// variant is v8, arm without a variant is v7, and a wanted platform without a variant accepts any.
const PLATFORM_RE = /^([a-z0-9_-]+)\/([a-z0-9_-]+)(?:\/([a-z0-9_.-]+))?$/;
const ARCH_ALIASES = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    armhf: 'arm',
};
const DEFAULT_VARIANT = { arm64: 'v8', arm: 'v7' };
/** `linux/arm64/v8` -> {os, architecture, variant}; undefined when malformed. */
function parsePlatform(text) {
    const m = PLATFORM_RE.exec(text.trim().toLowerCase());
    if (!m)
        return undefined;
    return { os: m[1], architecture: m[2], ...(m[3] ? { variant: m[3] } : {}) };
}
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
function normalize(p) {
    const architecture = ARCH_ALIASES[p.architecture] ?? p.architecture;
    return { os: p.os, architecture, variant: p.variant ?? DEFAULT_VARIANT[architecture] };
}
/** Does an index entry's platform satisfy a wanted one? */
function platformMatches(wanted, offered) {
    const w = normalize(wanted);
    const o = normalize(offered);
    if (w.os !== o.os || w.architecture !== o.architecture)
        return false;
    return wanted.variant === undefined || w.variant === o.variant;
}
/** The wanted platforms (as written) that none of the offered ones satisfies. */
function missingPlatforms(wanted, offered) {
    return wanted.filter((text) => {
        const w = parsePlatform(text);
        return !w || !offered.some((o) => platformMatches(w, o));
    });
}
const INDEX_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/** Attestation manifests (buildx provenance/SBOM) appear as `unknown/unknown` with an annotation. */
function isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown'));
}
function parseManifest(body, contentType) {
    const data = JSON.parse(body.toString('utf8'));
    const mediaType = data.mediaType ?? contentType?.split(';')[0].trim() ?? '';
    if (Array.isArray(data.manifests)) {
        const platforms = data.manifests
            .filter((d) => d.platform?.os && d.platform.architecture && !isAttestation(d))
            .map((d) => ({
            os: d.platform.os,
            architecture: d.platform.architecture,
            ...(d.platform.variant ? { variant: d.platform.variant } : {}),
        }));
        return { kind: 'index', mediaType, platforms };
    }
    return { kind: 'manifest', mediaType, platforms: [], configDigest: data.config?.digest };
}
/** The platform in an image config blob (`os`, `architecture`, `variant`). */
function platformOfConfig(body) {
    const data = JSON.parse(body.toString('utf8'));
    if (!data.os || !data.architecture)
        return undefined;
    return { os: data.os, architecture: data.architecture, ...(data.variant ? { variant: data.variant } : {}) };
}

;// CONCATENATED MODULE: ./packages/registry-client/client.ts
// An OCI distribution client that answers one question well: does this reference exist (and with
// which digest and platforms)? HEAD only unless platforms are wanted or the registry omits
// Docker-Content-Digest; auth, retries and timeouts as in ./auth.ts and ./http.ts.





const ACCEPT = [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES].join(', ');
/** 127.0.0.0/8, ::1 and localhost, with or without a port. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(1, registry.indexOf(']'))
        : registry.replace(/:\d+$/, '');
    if (host === 'localhost' || host === '::1')
        return true;
    return (0,external_node_net_namespaceObject.isIP)(host) === 4 && host.startsWith('127.');
}
/** node:crypto is loaded only for a registry that omits Docker-Content-Digest (~10 ms of start-up). */
async function sha256Digest(body) {
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
function createRegistryClient(opts) {
    const now = opts.now ?? Date.now;
    const log = opts.log ?? (() => { });
    const http = new HttpClient({
        requestTimeoutMs: opts.requestTimeoutMs ?? 10_000,
        maxRetries: opts.maxRetries ?? 3,
        retryBaseMs: opts.retryBaseMs ?? 250,
        retryMaxDelayMs: 5_000,
        userAgent: opts.userAgent ?? 'docker-pipeline-actions',
        log,
        random: opts.random ?? Math.random,
        now,
    });
    const tokens = new TokenCache(http, now, opts.mask ?? (() => { }));
    const insecure = new Set((opts.insecureRegistries ?? []).map((r) => r.toLowerCase()));
    /**
     * Per API host: the auth challenge (null: none needed), learned from the first request sent
     * there, which goes out alone and without credentials (the others wait for it). It does what
     * the usual `GET /v2/` ping would, while being one of the checks itself: one request and one
     * round trip fewer per registry.
     */
    const challenges = new Map();
    // Both are asked for every request (hundreds per run): worked out once per registry.
    const baseUrls = new Map();
    const baseUrl = (registry) => {
        let url = baseUrls.get(registry);
        if (url === undefined) {
            const host = (0,image_ref/* registryApiHost */.Mb)(registry);
            const plain = isLoopbackRegistry(host) || insecure.has(registry) || insecure.has(host);
            url = `${plain ? 'http' : 'https'}://${host}`;
            baseUrls.set(registry, url);
        }
        return url;
    };
    const credentialsOf = new Map();
    const credentialFor = (registry) => {
        let credential = credentialsOf.get(registry);
        if (!credential)
            credentialsOf.set(registry, (credential = opts.credentials.get(registry)));
        return credential;
    };
    const pickChallenge = (response) => {
        const all = parseChallenges(response.headers.get('www-authenticate'));
        return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic') ?? null;
    };
    /** Hosts whose first request is out, learning the challenge. */
    const learning = new Set();
    /** The host's challenge once known; undefined when this request is to learn it (`learned`). */
    const challengeFor = (host) => {
        const known = challenges.get(host);
        if (known)
            return { known };
        let resolve;
        challenges.set(host, new Promise((r) => (resolve = r)));
        learning.add(host);
        const learned = (challenge) => {
            learning.delete(host);
            resolve(challenge);
        };
        return { learned };
    };
    const authorization = async (challenge, scope, credential, signal) => {
        if (credential?.kind === 'token')
            return `Bearer ${credential.token}`;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            return credential?.kind === 'basic'
                ? basicAuthorization(credential.username, credential.password)
                : undefined;
        }
        return `Bearer ${await tokens.token(challenge, scope, credential, signal)}`;
    };
    const describeDenied = (status, credential, registry) => credential
        ? `HTTP ${status}: ${registry} refused the credentials from ${credential.source} (or the repository does not exist yet)`
        : `HTTP ${status}: ${registry} wants credentials and none were given (or the repository does not exist yet)`;
    /** One authenticated request; a challenge met mid-way (or an expired token) is answered once. */
    const request = async (ref, method, path, accept, signal) => {
        const scope = `repository:${ref.repository}:pull`;
        const credential = await credentialFor(ref.registry);
        const host = (0,image_ref/* registryApiHost */.Mb)(ref.registry);
        const { known, learned } = challengeFor(host);
        // Waiting for the first request's answer (and maybe a token): connect meanwhile.
        if (known && learning.has(host))
            http.preconnect(baseUrl(ref.registry));
        let challenge = known ? await known : null;
        const send = async () => {
            const auth = await authorization(challenge, scope, credential, signal);
            return http.send({ method, url: `${baseUrl(ref.registry)}${path}`, headers: { accept }, authorization: auth }, signal);
        };
        try {
            let response = await send();
            if (response.status === 401 && credential?.kind !== 'token') {
                const offered = pickChallenge(response);
                // insufficient_scope: the token was fine but grants no pull here (a repository that does
                // not exist yet, or no access): asking for another token would change nothing.
                const tokenLacksScope = challenge?.scheme === 'bearer' && offered?.params.error === 'insufficient_scope';
                if (offered && !tokenLacksScope) {
                    if (challenge?.scheme === 'bearer')
                        tokens.invalidate(challenge, scope);
                    challenge = offered;
                    challenges.set(host, Promise.resolve(offered));
                    learned?.(offered); // the others need not wait for this request's own retry
                    response = await send();
                }
            }
            // The first answer from this host told whether (and how) it wants credentials.
            learned?.(challenge);
            if (response.status === 401 || response.status === 403) {
                return { status: 'unauthorized', detail: describeDenied(response.status, credential, ref.registry) };
            }
            return response;
        }
        catch (error) {
            if (learned) {
                // Nothing learned: the next request asks again; those waiting go on without credentials
                // and meet the challenge themselves if there is one.
                if (!challenge)
                    challenges.delete(host);
                learned(challenge);
            }
            if (error instanceof AuthError)
                return { status: 'unauthorized', detail: error.message };
            throw error;
        }
    };
    const platformsOf = async (ref, digest, body, contentType, signal) => {
        const manifest = parseManifest(body, contentType);
        if (manifest.kind === 'index' || !manifest.configDigest)
            return manifest;
        const config = await request(ref, 'GET', `/v2/${ref.repository}/blobs/${manifest.configDigest}`, '*/*', signal);
        if ('status' in config && config.status === 'unauthorized')
            return config;
        const response = config;
        if (response.status !== 200)
            throw new TransientError(`config blob of ${digest}: HTTP ${response.status}`);
        const platform = platformOfConfig(response.body);
        return { mediaType: manifest.mediaType, platforms: platform ? [platform] : [] };
    };
    const check = async (ref, options) => {
        const { signal } = options;
        const reference = ref.digest ?? ref.tag;
        if (!reference)
            throw new Error(`${ref.ref} has neither a tag nor a digest`);
        const path = `/v2/${ref.repository}/manifests/${reference}`;
        const head = await request(ref, 'HEAD', path, ACCEPT, signal);
        if (head.status === 'unauthorized')
            return head;
        if (head.status === 404)
            return { status: 'missing' };
        if (head.status !== 200)
            return { status: 'error', detail: `HEAD ${path}: HTTP ${head.status}` };
        let digest = ref.digest ?? head.headers.get('docker-content-digest') ?? '';
        let mediaType = head.headers.get('content-type')?.split(';')[0].trim() ?? '';
        const wanted = options.platforms ?? [];
        if (digest && wanted.length === 0 && !options.listPlatforms)
            return { status: 'present', digest, mediaType };
        // A GET by digest (when known) so the body is the very manifest the HEAD found.
        const get = await request(ref, 'GET', `/v2/${ref.repository}/manifests/${digest || reference}`, ACCEPT, signal);
        if (get.status === 'unauthorized')
            return get;
        if (get.status === 404)
            return { status: 'missing' };
        if (get.status !== 200)
            return { status: 'error', detail: `GET ${path}: HTTP ${get.status}` };
        if (!digest)
            digest = await sha256Digest(get.body);
        mediaType = get.headers.get('content-type')?.split(';')[0].trim() || mediaType;
        if (wanted.length === 0 && !options.listPlatforms)
            return { status: 'present', digest, mediaType };
        const found = await platformsOf(ref, digest, get.body, get.headers.get('content-type'), signal);
        if ('status' in found)
            return found;
        const platforms = found.platforms.map(formatPlatform);
        const missing = missingPlatforms(wanted, found.platforms);
        if (missing.length)
            return { status: 'platforms-missing', digest, mediaType, platforms, missing };
        return { status: 'present', digest, mediaType: found.mediaType || mediaType, platforms };
    };
    return {
        async checkManifest(ref, options = {}) {
            try {
                return await check(ref, options);
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (error instanceof TransientError) {
                    return { status: 'error', detail: error.message, retryAfterMs: error.retryAfterMs };
                }
                if (error instanceof SyntaxError)
                    return { status: 'error', detail: `unreadable manifest: ${error.message}` };
                throw error;
            }
        },
        get requestCount() {
            return http.requestCount;
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-io/index.ts + 8 modules
var action_io = __nccwpck_require__(3580);
;// CONCATENATED MODULE: ./packages/registry-client/credentials.ts
// Where registry credentials come from, in order of precedence for a registry:
//   1. `registry-auth`: a YAML or JSON map registry -> {username, password} | {auth} | {token};
//   2. `username` / `password`: for every registry;
//   3. the Docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as docker/login-action
//      writes it): `credHelpers[registry]`, then `credsStore`, then `auths[registry]`.
// Credential helpers run as `docker-credential-<name> get` with the server URL on stdin (no shell).
// Every secret is masked (core.setSecret) as soon as it is known.
// node:child_process and node:os are loaded only when needed (a credential helper; no HOME), and
// the (small) config is read synchronously rather than with node:fs/promises: each costs a cold
// action ~1-2 ms.



const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
const HELPER_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** `https://index.docker.io/v1/` -> `docker.io`; `https://GHCR.io/` -> `ghcr.io`. */
function normalizeRegistryKey(key) {
    const host = key
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
/** Reads `username`, `password` and `registry-auth`, checking them (an InputError names the input). */
async function readCredentialInputs(inputs) {
    const username = inputs.string('username');
    const password = inputs.string('password');
    if (username && !password)
        throw new action_io/* InputError */.dz('password', 'is required when username is given');
    if (password && !username)
        throw new action_io/* InputError */.dz('username', 'is required when password is given');
    const registryAuth = inputs.raw('registry-auth');
    const entries = await parseRegistryAuth(registryAuth);
    // Masked the moment they are read: a run that never contacts a registry (every digest given,
    // or a failure before the first request) must still keep them out of its log.
    const given = [...entries.values()];
    if (password)
        given.push({ kind: 'basic', username, password });
    for (const secret of given.flatMap(secretsOf))
        action_io/* core.setSecret */.I8.setSecret(secret);
    return { username, password, registryAuth };
}
/** Parses `registry-auth`; error messages name the registry and never echo a secret. */
async function parseRegistryAuth(text) {
    const result = new Map();
    if (text.trim() === '')
        return result;
    const fail = (problem) => {
        throw new action_io/* InputError */.dz('registry-auth', `${problem} (allowed: a YAML or JSON map from registry to {username, password}, {auth: base64 of "user:password"} or {token})`);
    };
    let data;
    try {
        data = JSON.parse(text); // JSON is YAML too: the same answer, without loading the YAML parser
    }
    catch {
        // yaml would be most of the bundle (~11 ms of start-up): loaded only for YAML that is not JSON.
        const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        try {
            data = yaml.parse(text, { prettyErrors: false });
        }
        catch (error) {
            // The parser's message quotes the source, which may hold a secret: report the position only.
            const at = error instanceof yaml.YAMLParseError
                ? ` at line ${text.slice(0, error.pos[0]).split('\n').length}`
                : '';
            fail(`is not valid YAML or JSON${at}`);
        }
    }
    if (data === null || data === undefined)
        return result;
    if (typeof data !== 'object' || Array.isArray(data))
        return fail('is not a map');
    for (const [key, entry] of Object.entries(data)) {
        const registry = normalizeRegistryKey(key);
        if (!registry)
            fail(`has an empty registry name`);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            return fail(`entry "${registry}" is not a map`);
        }
        const { username, password, auth, token, ...rest } = entry;
        if (Object.keys(rest).length)
            fail(`entry "${registry}" has unknown keys: ${Object.keys(rest).join(', ')}`);
        const given = [username !== undefined || password !== undefined, auth !== undefined, token !== undefined];
        if (given.filter(Boolean).length !== 1)
            fail(`entry "${registry}" must have exactly one form`);
        if (token !== undefined) {
            if (typeof token !== 'string' || !token)
                fail(`entry "${registry}": token must be a non-empty string`);
            result.set(registry, { kind: 'token', token: token });
        }
        else if (auth !== undefined) {
            const decoded = typeof auth === 'string' ? decodeAuth(auth) : undefined;
            if (!decoded)
                fail(`entry "${registry}": auth must be base64 of "user:password"`);
            result.set(registry, decoded);
        }
        else {
            if (typeof username !== 'string' || !username || typeof password !== 'string' || !password) {
                fail(`entry "${registry}": username and password must both be non-empty strings`);
            }
            result.set(registry, { kind: 'basic', username: username, password: password });
        }
    }
    return result;
}
function decodeAuth(auth) {
    if (!/^[A-Za-z0-9+/]+=*$/.test(auth.trim()))
        return undefined;
    const text = Buffer.from(auth.trim(), 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon <= 0 || colon === text.length - 1)
        return undefined;
    return { kind: 'basic', username: text.slice(0, colon), password: text.slice(colon + 1) };
}
function readDockerConfig(dir, warn) {
    const file = (0,external_node_path_.join)(dir, 'config.json');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const data = JSON.parse(text);
        return typeof data === 'object' && data !== null ? data : {};
    }
    catch {
        warn(`ignoring ${file}: it is not valid JSON`);
        return {};
    }
}
function fromDockerAuth(entry) {
    if (entry.registrytoken)
        return { kind: 'token', token: entry.registrytoken };
    if (entry.identitytoken)
        return { kind: 'identity', identityToken: entry.identitytoken };
    if (entry.username && entry.password)
        return { kind: 'basic', username: entry.username, password: entry.password };
    return entry.auth ? decodeAuth(entry.auth) : undefined;
}
/** Secrets of a credential, masked before any use; for Basic also the header's base64 form. */
function secretsOf(c) {
    if (c.kind === 'basic')
        return [c.password, Buffer.from(`${c.username}:${c.password}`).toString('base64')];
    return [c.kind === 'token' ? c.token : c.identityToken];
}
/** Runs `docker-credential-<name> get`; undefined when the helper has nothing for this server. */
async function runCredentialHelper(name, serverUrl, env, timeoutMs) {
    if (!HELPER_NAME_RE.test(name))
        throw new Error(`"${name}" is not a credential helper name`);
    const program = `docker-credential-${name}`;
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const child = execFile(program, ['get'], { env, timeout: timeoutMs, maxBuffer: 1 << 20, windowsHide: true }, (error, stdout) => {
            if (error) {
                if (/credentials not found/i.test(String(stdout)))
                    return resolve(undefined);
                const why = error.code === 'ENOENT'
                    ? 'is not on PATH'
                    : `failed (${error.message.split('\n')[0]})`;
                return reject(new Error(`${program} ${why}`));
            }
            try {
                const { Username, Secret } = JSON.parse(String(stdout));
                if (!Secret)
                    return resolve(undefined);
                if (Username === '<token>')
                    return resolve({ kind: 'identity', identityToken: Secret });
                resolve({ kind: 'basic', username: Username ?? '', password: Secret });
            }
            catch {
                reject(new Error(`${program} printed something that is not JSON`));
            }
        });
        child.stdin?.on('error', () => { }); // a helper that exits without reading stdin
        child.stdin?.end(serverUrl);
    });
}
async function loadCredentialStore(c, env, opts = {}) {
    const mask = opts.mask ?? action_io/* core.setSecret */.I8.setSecret;
    const warn = opts.warn ?? action_io/* core.warning */.I8.warning;
    const helperTimeoutMs = opts.helperTimeoutMs ?? 30_000;
    const fromInput = await parseRegistryAuth(c.registryAuth);
    const everywhere = c.username && c.password ? { kind: 'basic', username: c.username, password: c.password } : undefined;
    const configDir = c.dockerConfigDir ??
        env.DOCKER_CONFIG ??
        (0,external_node_path_.join)(env.HOME ?? (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8161, 23))).homedir(), '.docker');
    const config = readDockerConfig(configDir, warn);
    const auths = new Map();
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        const credential = entry && typeof entry === 'object' ? fromDockerAuth(entry) : undefined;
        if (credential)
            auths.set(normalizeRegistryKey(key), credential);
    }
    const helpers = new Map();
    for (const [key, name] of Object.entries(config.credHelpers ?? {}))
        helpers.set(normalizeRegistryKey(key), name);
    for (const credential of [...fromInput.values(), ...(everywhere ? [everywhere] : []), ...auths.values()]) {
        secretsOf(credential).forEach(mask);
    }
    const helperResults = new Map();
    const fromHelper = (registry, name) => {
        let result = helperResults.get(registry);
        if (!result) {
            const serverUrl = registry === 'docker.io' ? DOCKER_HUB_SERVER_URL : registry;
            result = runCredentialHelper(name, serverUrl, env, helperTimeoutMs).then((credential) => {
                if (!credential)
                    return undefined;
                secretsOf(credential).forEach(mask);
                return { ...credential, source: `docker-credential-${name}` };
            }, (error) => {
                warn(`no credentials for ${registry} from the Docker config: ${error.message}`);
                return undefined;
            });
            helperResults.set(registry, result);
        }
        return result;
    };
    return {
        async get(registry) {
            const key = normalizeRegistryKey(registry);
            const input = fromInput.get(key);
            if (input)
                return { ...input, source: 'registry-auth' };
            if (everywhere)
                return { ...everywhere, source: 'username/password' };
            const helper = helpers.get(key) ?? config.credsStore;
            if (helper) {
                const found = await fromHelper(key, helper);
                if (found)
                    return found;
            }
            const auth = auths.get(key);
            return auth ? { ...auth, source: `Docker config ${(0,external_node_path_.join)(configDir, 'config.json')}` } : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./packages/registry-client/index.ts
// The project's one registry client (OCI distribution API): wait-for-manifests and
// append-image-digests-to-release resolve references with it, from the same credential inputs.







/***/ }),

/***/ 8967:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// An abortable sleep, as node:timers/promises' setTimeout(ms, undefined, {signal}) behaves, without
// loading that module (about 0.5 ms of a cold action's start-up, for one function).
/** Resolves after `ms`; rejects with `signal.reason` when it aborts first (and clears the timer). */
function sleep(ms, signal) {
    if (signal?.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 5664:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ whenAborted)
/* harmony export */ });
// Many waiters on one AbortSignal (a wait's deadline is shared by hundreds of checks, each with
// its own request) through a single 'abort' listener: an EventTarget listener added and removed
// per request costs a cold process measurably more than a Set entry.
const subscribers = new WeakMap();
/**
 * Calls `callback` once, when `signal` aborts (not if it already has: check `signal.aborted`
 * first). Returns the way to stop waiting.
 */
function whenAborted(signal, callback) {
    const callbacks = subscribers.get(signal) ?? listen(signal);
    callbacks.add(callback);
    return () => void callbacks.delete(callback);
}
/** The signal's one listener, calling every waiter still waiting. */
function listen(signal) {
    const callbacks = new Set();
    subscribers.set(signal, callbacks);
    signal.addEventListener('abort', () => {
        // A waiter stopped by an earlier one's callback is not called.
        for (const call of [...callbacks])
            if (callbacks.delete(call))
                call();
    }, { once: true });
    return callbacks;
}


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ts: () => (/* binding */ durationInput),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports DURATION_FORMS, MAX_DURATION_MS, parseDuration */
/* harmony import */ var _action_io_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3580);
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
        throw new _action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${text.trim()}" ${why} (allowed: ${DURATION_FORMS})`);
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
        throw new _action_io_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `"${text}" is out of range (allowed: ${bounds})`);
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7466);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
