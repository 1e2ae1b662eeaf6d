export const id = 742;
export const ids = [742];
export const modules = {

/***/ 3742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SHA_LENGTH: () => (/* reexport */ SHA_LENGTH),
  buildDate: () => (/* reexport */ buildDate),
  computeImageMetadata: () => (/* reexport */ computeImageMetadata),
  readEventPayload: () => (/* reexport */ readEventPayload),
  readGitContext: () => (/* reexport */ readGitContext)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, DATE_TOKENS, DEFAULT_TAG_RULES, SHA_OVERRIDE, checkDateFormat, checkTimeZone, computeParsedMetadata, decideAutoLatest, formatDate, formatPep440, higherStableTag, isDefaultBranch, joinList, levelledAnnotations, metadataActionJson, metadataActionOutputs, outputEnvEntries, parseAnnotationLevels, parseEntries, parseFlavor, parseImageEntries, parseImages, parsePep440, parseTagRules, parseTagRulesInput, parseVersion, readMetadataEnv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/action-io/inputs.ts
var inputs = __webpack_require__(6279);
// EXTERNAL MODULE: ./packages/action-io/run.ts
var run = __webpack_require__(4621);
// EXTERNAL MODULE: ./packages/image-tags/annotation-levels.ts
var annotation_levels = __webpack_require__(5181);
;// CONCATENATED MODULE: ./packages/image-tags/context.ts
// What a build is about (the commit, the branch/tag/PR, the repository), read from the runner's
// environment and the event payload, and docker/metadata-action's DOCKER_METADATA_* variables.
// Pure (both come in as arguments), except readEventPayload, which reads the payload file.




/** A `sha` input: 7 to 40 hex digits (a commit id, possibly abbreviated). */
const SHA_OVERRIDE = /^[0-9a-fA-F]{7,40}$/;
const SHA_LENGTH = { min: 4, max: 40, default: 7 };
/** `v1.2.3`, `1.2.3-rc.1`: a semver version as a tag name. */
const VERSION_TAG = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;
function obj(value) {
    return value && typeof value === 'object' ? value : {};
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function num(value) {
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
function fromRef(ref) {
    if (ref.startsWith('refs/heads/'))
        return { refType: 'branch', branch: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { refType: 'tag', tag: ref.slice('refs/tags/'.length) };
    const pr = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pr)
        return { refType: 'pr', prNumber: Number(pr[1]) };
    return {};
}
/** The commit timestamp the push payload gives for `sha`, if any. */
function pushCommitDate(event, sha) {
    const head = obj(event.head_commit);
    if (str(head.id) === sha)
        return str(head.timestamp);
    const commits = Array.isArray(event.commits) ? event.commits.map(obj) : [];
    return str(commits.find((c) => str(c.id) === sha)?.timestamp);
}
/** The webhook payload of the triggering event, from GITHUB_EVENT_PATH ({} without one). */
function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new run/* ActionError */.l(`cannot read the event payload ${path}: ${error.message}`);
    }
}
function readGitContext(env, event, opts) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repo = obj(event.repository);
    const base = {
        eventName,
        sha: (env.GITHUB_SHA ?? '').toLowerCase(),
        ref: env.GITHUB_REF ?? '',
        repository: env.GITHUB_REPOSITORY ?? str(repo.full_name) ?? '',
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        defaultBranch: str(repo.default_branch),
        runId: env.GITHUB_RUN_ID,
    };
    let ctx;
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = obj(event.pull_request);
        const prNumber = num(pr.number) ?? num(event.number) ?? fromRef(base.ref).prNumber;
        const headSha = str(obj(pr.head).sha);
        ctx = {
            ...base,
            // pull_request_target runs on the base branch; its tags still belong to the PR.
            ref: prNumber !== undefined ? `refs/pull/${prNumber}/merge` : base.ref,
            refType: 'pr',
            prNumber,
            baseRef: str(obj(pr.base).ref) ?? env.GITHUB_BASE_REF,
            sha: opts.prHeadSha && headSha ? headSha.toLowerCase() : base.sha,
        };
    }
    else if (eventName === 'workflow_run') {
        // The chain's commit is the triggering run's; GITHUB_SHA/GITHUB_REF are the default branch's.
        const run = obj(event.workflow_run);
        const headSha = str(run.head_sha)?.toLowerCase() ?? base.sha;
        const pr = Array.isArray(run.pull_requests) ? obj(run.pull_requests[0]) : {};
        const prNumber = String(run.event ?? '').startsWith('pull_request') ? num(pr.number) : undefined;
        const branch = str(run.head_branch);
        ctx = { ...base, sha: headSha, commitDate: str(obj(run.head_commit).timestamp) };
        if (prNumber !== undefined) {
            Object.assign(ctx, {
                ref: `refs/pull/${prNumber}/merge`,
                refType: 'pr',
                prNumber,
                baseRef: str(obj(pr.base).ref),
            });
        }
        else if (branch && run.event === 'push' && VERSION_TAG.test(branch)) {
            // For a tag push GitHub puts the tag name in head_branch; a version-shaped name is taken as
            // that tag, so a chained release workflow gets the version tags.
            Object.assign(ctx, { ref: `refs/tags/${branch}`, refType: 'tag', tag: branch });
        }
        else if (branch) {
            Object.assign(ctx, { ref: `refs/heads/${branch}`, refType: 'branch', branch });
        }
        else {
            Object.assign(ctx, fromRef(base.ref));
        }
    }
    else {
        ctx = { ...base, ...fromRef(base.ref), commitDate: pushCommitDate(event, base.sha) };
        if (ctx.refType === 'tag')
            ctx.baseRef = str(event.base_ref)?.replace(/^refs\/heads\//, '');
    }
    if (opts.sha)
        ctx.sha = opts.sha.toLowerCase();
    ctx.refName =
        ctx.branch ?? ctx.tag ?? (ctx.prNumber !== undefined ? `${ctx.prNumber}/merge` : env.GITHUB_REF_NAME);
    for (const key of Object.keys(ctx))
        if (ctx[key] === undefined)
            delete ctx[key];
    return ctx;
}
/** Whether the build is for the repository's default branch ({{is_default_branch}}). */
function isDefaultBranch(ctx) {
    // A schedule always runs on the default branch's last commit.
    if (ctx.eventName === 'schedule')
        return true;
    return ctx.refType === 'branch' && ctx.branch !== undefined && ctx.branch === ctx.defaultBranch;
}
/**
 * The build date: SOURCE_DATE_EPOCH (seconds; the reproducible-builds convention) when set,
 * else now. A malformed value is an error, as that convention asks.
 */
function buildDate(env, now = new Date()) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (!epoch)
        return now;
    if (!/^\d{1,12}$/.test(epoch))
        return `SOURCE_DATE_EPOCH "${epoch}" is not a whole number of seconds since 1970`;
    return new Date(Number(epoch) * 1000);
}
function envBoolean(env, name) {
    const text = env[name]?.trim().toLowerCase();
    if (!text)
        return undefined;
    if (text === 'true' || text === 'false')
        return text === 'true';
    throw new InputError(name, `"${env[name]}" is not a boolean (allowed: true, false)`);
}
function readMetadataEnv(env) {
    const lengthText = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    let shortShaLength;
    if (lengthText) {
        shortShaLength = Number(lengthText);
        if (!/^\d+$/.test(lengthText) || shortShaLength < SHA_LENGTH.min || shortShaLength > SHA_LENGTH.max) {
            throw new InputError('DOCKER_METADATA_SHORT_SHA_LENGTH', `"${lengthText}" is not a length (allowed: ${SHA_LENGTH.min} to ${SHA_LENGTH.max})`);
        }
    }
    return {
        prHeadSha: envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA'),
        shortShaLength,
        annotationLevels: parseAnnotationLevels(env[ANNOTATION_LEVELS_VARIABLE]),
        setOutputEnv: envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV') ?? true,
    };
}

;// CONCATENATED MODULE: ./packages/image-tags/dates.ts
// `{{date 'format' tz='Zone'}}` and `{{commit_date ...}}`: the moment.js display tokens
// docker/metadata-action documents, rendered in an IANA time zone (UTC by default) with Intl, so
// no date library is needed. A moment token we do not render is an error naming it, never a
// silently wrong tag.
/** The moment.js tokens rendered here (`[text]` is literal text, as in moment). */
// prettier-ignore
const DATE_TOKENS = [
    'YYYY', 'YY', 'Q', 'M', 'Mo', 'MM', 'MMM', 'MMMM', 'D', 'Do', 'DD', 'DDD', 'DDDD',
    'd', 'dd', 'ddd', 'dddd', 'H', 'HH', 'h', 'hh', 'k', 'kk', 'm', 'mm', 's', 'ss',
    'S', 'SS', 'SSS', 'A', 'a', 'Z', 'ZZ', 'X', 'x',
];
/** Letters that start a moment token; any other letter (such as `T`) is literal text. */
const TOKEN_OR_LITERAL = /\[([^\]]*)\]|([MQDdeEwWYgGNAaHhkmsSXxZzLl])\2*o?/g;
// prettier-ignore
const MONTHS = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A problem description when `format` uses a token we cannot render, else undefined. */
function checkDateFormat(format) {
    for (const match of format.matchAll(TOKEN_OR_LITERAL)) {
        if (match[1] !== undefined)
            continue;
        if (!DATE_TOKENS.includes(match[0])) {
            return `date format '${format}' uses "${match[0]}", which is not supported (supported: ${DATE_TOKENS.join(' ')}, [literal text])`;
        }
    }
    return undefined;
}
/** A problem description when `zone` is not an IANA time zone Intl knows, else undefined. */
function checkTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return undefined;
    }
    catch {
        return `tz='${zone}' is not a known time zone (use an IANA name such as UTC or Asia/Tokyo)`;
    }
}
function wallClock(date, zone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(date);
    const part = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const [year, month, day] = [part('year'), part('month'), part('day')];
    const [hour, minute, second] = [part('hour'), part('minute'), part('second')];
    const ms = date.getUTCMilliseconds();
    const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    return {
        year,
        month,
        day,
        hour,
        minute,
        second,
        ms,
        offset: Math.round((localAsUtc - date.getTime()) / 60000),
        weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
        dayOfYear: Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1,
    };
}
function ordinal(n) {
    const tens = n % 100;
    if (tens >= 11 && tens <= 13)
        return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
function pad(n, width = 2) {
    return String(n).padStart(width, '0');
}
function zoneOffset(minutes, colon) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}
function renderToken(token, c, date) {
    const hour12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
    const values = {
        YYYY: String(c.year),
        YY: pad(c.year % 100),
        Q: String(Math.ceil(c.month / 3)),
        M: String(c.month),
        Mo: ordinal(c.month),
        MM: pad(c.month),
        MMM: MONTHS[c.month - 1].slice(0, 3),
        MMMM: MONTHS[c.month - 1],
        D: String(c.day),
        Do: ordinal(c.day),
        DD: pad(c.day),
        DDD: String(c.dayOfYear),
        DDDD: pad(c.dayOfYear, 3),
        d: String(c.weekday),
        dd: DAYS[c.weekday].slice(0, 2),
        ddd: DAYS[c.weekday].slice(0, 3),
        dddd: DAYS[c.weekday],
        H: String(c.hour),
        HH: pad(c.hour),
        h: String(hour12),
        hh: pad(hour12),
        k: String(c.hour === 0 ? 24 : c.hour),
        kk: pad(c.hour === 0 ? 24 : c.hour),
        m: String(c.minute),
        mm: pad(c.minute),
        s: String(c.second),
        ss: pad(c.second),
        S: String(Math.floor(c.ms / 100)),
        SS: pad(Math.floor(c.ms / 10)),
        SSS: pad(c.ms, 3),
        A: c.hour < 12 ? 'AM' : 'PM',
        a: c.hour < 12 ? 'am' : 'pm',
        Z: zoneOffset(c.offset, true),
        ZZ: zoneOffset(c.offset, false),
        X: String(Math.floor(date.getTime() / 1000)),
        x: String(date.getTime()),
    };
    return values[token] ?? token;
}
/**
 * Renders `date` with moment display tokens in time zone `zone` (default UTC). The format and
 * zone are checked when the rules are parsed; here an unknown token is left as written.
 */
function formatDate(date, format, zone = 'UTC') {
    const clock = wallClock(date, zone);
    return format.replace(TOKEN_OR_LITERAL, (whole, literal) => literal !== undefined ? literal : renderToken(whole, clock, date));
}

;// CONCATENATED MODULE: ./packages/image-tags/expressions.ts
// The `{{...}}` placeholders docker/metadata-action allows in `value=`, `prefix=`, `suffix=`,
// `enable=` and `type=schedule`'s `pattern=`: {{branch}}, {{tag}}, {{sha}}, {{base_ref}},
// {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT' tz='ZONE'}} and
// {{commit_date 'FORMAT' tz='ZONE'}}. Checked when the rules are parsed (an unknown placeholder,
// date token or time zone is an input error naming it, not an empty string), expanded when tags
// are computed.


/** Any `{{...}}` with no braces inside: parsed by `parsePlaceholder`. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** `name`, then an optional quoted argument, then an optional tz='ZONE' (either quote style). */
const PARTS = /^\s*([A-Za-z_]+)(?:\s+(?:'([^']*)'|"([^"]*)"))?(?:\s+tz\s*=\s*(?:'([^']*)'|"([^"]*)"))?\s*$/;
const SIMPLE = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const DATED = ['date', 'commit_date'];
const ALLOWED_PLACEHOLDERS = [
    ...SIMPLE.map((p) => `{{${p}}}`),
    "{{date 'FORMAT' tz='ZONE'}}",
    "{{commit_date 'FORMAT' tz='ZONE'}}",
];
/** The placeholder's parts, or a problem description. */
function parsePlaceholder(whole, inner) {
    const unknown = `"${whole}" is not a known placeholder (allowed: ${ALLOWED_PLACEHOLDERS.join(', ')})`;
    const m = PARTS.exec(inner);
    if (!m)
        return unknown;
    const [, name, single, double, zoneSingle, zoneDouble] = m;
    const format = single ?? double;
    const zone = zoneSingle ?? zoneDouble;
    if (SIMPLE.includes(name) && format === undefined && zone === undefined)
        return { name };
    if (!DATED.includes(name) || format === undefined)
        return unknown;
    const problem = checkDateFormat(format) ?? (zone !== undefined ? checkTimeZone(zone) : undefined);
    if (problem)
        return `"${whole}": ${problem}`;
    return { name, format, zone };
}
/** Returns a problem description when `text` uses a placeholder we cannot expand. */
function checkExpressions(text) {
    for (const [whole, inner] of text.matchAll(PLACEHOLDER)) {
        const parsed = parsePlaceholder(whole, inner);
        if (typeof parsed === 'string')
            return parsed;
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}'))
        return `"${text}" has an unbalanced "{{" or "}}"`;
    return undefined;
}
function expand(text, scope) {
    return text.replace(PLACEHOLDER, (whole, inner) => {
        const parsed = parsePlaceholder(whole, inner);
        if (typeof parsed === 'string')
            return '';
        switch (parsed.name) {
            case 'branch':
                return scope.branch;
            case 'tag':
                return scope.tag;
            case 'sha':
                return scope.sha;
            case 'base_ref':
                return scope.baseRef;
            case 'is_default_branch':
                return String(scope.isDefaultBranch);
            case 'is_not_default_branch':
                return String(!scope.isDefaultBranch);
            case 'date':
                return formatDate(scope.date, parsed.format ?? '', parsed.zone);
            default:
                return formatDate(scope.commitDate, parsed.format ?? '', parsed.zone);
        }
    });
}
const ENABLE_PLACEHOLDER = /\{\{\s*is_(?:not_)?default_branch\s*\}\}/g;
/** A problem description when an `enable=` text cannot expand to `true` or `false`. */
function checkEnable(enable) {
    const value = enable.replace(ENABLE_PLACEHOLDER, 'true').toLowerCase();
    if (value === 'true' || value === 'false')
        return undefined;
    return `enable=${enable} (allowed: true, false, {{is_default_branch}}, {{is_not_default_branch}})`;
}

;// CONCATENATED MODULE: ./packages/image-tags/fields.ts
// Splitting one rule or flavor line into `key=value` fields, the way docker/metadata-action reads
// them (a CSV record): commas separate fields, double quotes protect commas inside a value, keys
// are case-insensitive, and a field without `=` is a bare value.
/** Returns the fields of one line, or a problem description when its quoting is broken. */
function splitFields(line) {
    const raw = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                current += '"';
                i++;
            }
            else if (c === '"') {
                quoted = false;
            }
            else {
                current += c;
            }
        }
        else if (c === '"') {
            quoted = true;
        }
        else if (c === ',') {
            raw.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    if (quoted)
        return 'has an unterminated double quote';
    raw.push(current);
    const fields = [];
    for (const text of raw) {
        if (text.trim() === '')
            continue;
        const eq = text.indexOf('=');
        if (eq < 0)
            fields.push({ value: text.trim() });
        else
            fields.push({ key: text.slice(0, eq).trim().toLowerCase(), value: text.slice(eq + 1).trim() });
    }
    return fields;
}

;// CONCATENATED MODULE: ./packages/image-tags/flavor.ts
// The `flavor` input (docker/metadata-action's syntax): `latest=auto|true|false`, `prefix=` and
// `suffix=` for every tag whose rule sets none (a matrix variant such as `-large-v3-zh`), each
// optionally followed by `onlatest=true` to also decorate the `latest` tag.



const KEYS = ['latest', 'prefix', 'suffix', 'onlatest'];
const LATEST = ['auto', 'true', 'false'];
function parseFlavor(text) {
    const flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    for (const line of lines) {
        const fail = (problem) => {
            throw new inputs/* InputError */.dz('flavor', `"${line}" ${problem}`);
        };
        const fields = splitFields(line);
        if (typeof fields === 'string')
            fail(fields);
        // `onlatest=` applies to the prefix or suffix written just before it on the same line.
        let last;
        for (const { key, value } of fields) {
            if (key === undefined)
                fail(`has "${value}" without a key (allowed: ${KEYS.join(', ')})`);
            switch (key) {
                case 'latest':
                    if (!LATEST.includes(value.toLowerCase())) {
                        fail(`has latest=${value} (allowed: ${LATEST.join(', ')})`);
                    }
                    flavor.latest = value.toLowerCase();
                    break;
                case 'prefix':
                case 'suffix': {
                    const problem = checkExpressions(value);
                    if (problem)
                        fail(problem);
                    flavor[key] = value;
                    last = key;
                    break;
                }
                case 'onlatest': {
                    const on = value.toLowerCase();
                    if (on !== 'true' && on !== 'false')
                        fail(`has onlatest=${value} (allowed: true, false)`);
                    if (!last)
                        fail('has onlatest= without a prefix= or suffix= before it');
                    if (last === 'prefix')
                        flavor.prefixLatest = on === 'true';
                    else
                        flavor.suffixLatest = on === 'true';
                    break;
                }
                default:
                    fail(`has an unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
            }
        }
    }
    return flavor;
}

// EXTERNAL MODULE: ./packages/image-ref/index.ts
var image_ref = __webpack_require__(1668);
;// CONCATENATED MODULE: ./packages/image-tags/images.ts
// The `images` input: image names without tag or digest, lower-cased (`ghcr.io/Org/Repo/api`
// becomes `ghcr.io/org/repo/api`), duplicates dropped. As in docker/metadata-action a line may
// also be `name=ghcr.io/x/y,enable=<condition>` (the condition as a rule's enable=), and no images
// at all means bare tags (`1.2.3`, not `image:1.2.3`).




function normalise(name) {
    try {
        return (0,image_ref/* parseImageName */["if"])(name).name;
    }
    catch (error) {
        if (error instanceof image_ref/* ReferenceError */.AF)
            throw new inputs/* InputError */.dz('images', error.message);
        throw error;
    }
}
/** One `images` line: comma-separated names, or `name=...,enable=...` attributes. */
function parseLine(line) {
    const fail = (problem) => {
        throw new inputs/* InputError */.dz('images', `"${line}" ${problem}`);
    };
    const fields = splitFields(line);
    if (typeof fields === 'string')
        return fail(fields);
    if (fields.every((f) => f.key === undefined))
        return fields.map((f) => ({ name: f.value, enable: 'true' }));
    const attrs = new Map();
    for (const { key, value } of fields) {
        if (key !== 'name' && key !== 'enable')
            fail(`has "${key ?? value}" (allowed: name=, enable=)`);
        if (attrs.has(key))
            fail(`sets "${key}" twice`);
        attrs.set(key, value);
    }
    const name = attrs.get('name');
    if (!name)
        fail('needs a non-empty name= (an image name without tag or digest)');
    const enable = attrs.get('enable') ?? 'true';
    const problem = checkEnable(enable);
    if (problem)
        fail(`has ${problem}`);
    return [{ name: name, enable }];
}
/**
 * Image entries from `images` lines (or already comma-split names), normalised, the first of
 * duplicates kept. Empty input is allowed: it means bare tags.
 */
function parseImageEntries(lines) {
    const entries = [];
    for (const line of lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
        for (const entry of parseLine(line)) {
            const name = normalise(entry.name);
            if (!entries.some((e) => e.name === name))
                entries.push({ ...entry, name });
        }
    }
    return entries;
}
/** Normalised image names; at least one is needed (the compute-sha-tags `images` input today). */
function parseImages(names) {
    if (names.length === 0)
        throw new InputError('images', 'needs at least one image name (one per line or comma-separated)');
    return parseImageEntries(names).map((e) => e.name);
}

;// CONCATENATED MODULE: ./packages/image-tags/labels.ts
// OCI image labels and annotations (org.opencontainers.image.*), plus the user's extra entries,
// which override computed ones with the same key.


const OCI = 'org.opencontainers.image.';
/** The computed entries; description and licenses only when the repository data is known. */
function ociEntries({ ctx, version, created }) {
    const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
    const entries = [
        ['created', created.toISOString()],
        ['description', ctx.repoDescription],
        ['licenses', ctx.repoLicense],
        ['revision', ctx.sha],
        ['source', url],
        ['title', ctx.repository.split('/').pop()],
        ['url', url],
        ['version', version],
    ];
    const oneLineEntries = entries.map(([k, v]) => [OCI + k, oneLine(v ?? '')]);
    return new Map(oneLineEntries.filter(([, v]) => v !== ''));
}
/**
 * Labels are output one per line, so a line break inside a value (a multi-line repository
 * description from the API) would forge another entry: line breaks and the spaces around them
 * become one space.
 */
function oneLine(text) {
    return text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').trim();
}
/**
 * `key=value` lines of the `labels`/`annotations` input. Annotation keys may carry buildx's level
 * prefix (`index:`, `manifest:`, ...); `manifest:` is the default level, so it is dropped. Values
 * may use the rules' placeholders (`{{commit_date 'YYYY-MM-DD'}}`), checked here.
 */
function parseEntries(input, lines) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        let key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (key === '' || /\s/.test(key)) {
            throw new inputs/* InputError */.dz(input, `"${line}" is not a key=value entry (one per line, the key without spaces)`);
        }
        if (input === 'annotations' && key.startsWith('manifest:'))
            key = key.slice('manifest:'.length);
        const value = line.slice(eq + 1).trim();
        const problem = checkExpressions(value);
        if (problem)
            throw new inputs/* InputError */.dz(input, `"${line}": ${problem}`);
        return [key, value];
    });
}
/** Computed entries overridden by extra ones, sorted by key (as metadata-action outputs them). */
function mergeEntries(computed, extra) {
    const merged = new Map(computed);
    for (const [key, value] of extra)
        merged.set(key, value);
    return new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function entryLines(entries) {
    return [...entries].map(([k, v]) => `${k}=${v}`);
}

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var compare = __webpack_require__(8469);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/image-tags/semver-pattern.ts


const semver_pattern_PLACEHOLDER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;
const SEMVER_PLACEHOLDERS = ['version', 'major', 'minor', 'patch', 'raw'];
/** A problem description when the pattern cannot produce a version tag, else undefined. */
function checkSemverPattern(pattern) {
    const allowed = SEMVER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');
    const rest = pattern.replace(semver_pattern_PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}'))
        return `pattern "${pattern}" has an unbalanced "{{" or "}}"`;
    const names = [...pattern.matchAll(semver_pattern_PLACEHOLDER)].map((m) => m[1]);
    if (names.length === 0)
        return `pattern "${pattern}" has no placeholder (use ${allowed})`;
    const unknown = names.find((n) => !SEMVER_PLACEHOLDERS.includes(n));
    if (unknown)
        return `pattern "${pattern}" has an unknown placeholder {{${unknown}}} (allowed: ${allowed})`;
    return undefined;
}
/** A version as written (`v1.2.3`), parsed; undefined when it is not semver. */
function parseVersion(raw) {
    if (!valid_default()(raw))
        return undefined;
    return parse_default()(raw, { loose: true }) ?? undefined;
}
function isStable(version) {
    return version.prerelease.length === 0;
}
function placeholders(pattern) {
    return [...pattern.matchAll(semver_pattern_PLACEHOLDER)].map((m) => m[1]);
}
/** The tag text for `pattern`, or undefined when this version yields no tag for it. */
function renderSemverPattern(pattern, raw, version) {
    const used = placeholders(pattern);
    if (!isStable(version)) {
        // A pre-release only ever gets its own full version: `2.0.0-rc.1` must not become `2`.
        const rawOnly = used.length === 1 && used[0] === 'raw' && pattern.trim().replace(semver_pattern_PLACEHOLDER, '') === '';
        return rawOnly ? raw : version.version;
    }
    if (version.major === 0 && used.every((p) => p === 'major'))
        return undefined;
    const values = {
        version: version.version,
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        raw,
    };
    return pattern.replace(semver_pattern_PLACEHOLDER, (_whole, name) => values[name]);
}

;// CONCATENATED MODULE: ./packages/image-tags/latest.ts


/** The highest stable version among `tags` that is greater than `version`, as written. */
function higherStableTag(version, tags) {
    let best;
    for (const tag of tags) {
        const parsed = parseVersion(tag);
        if (!parsed || !isStable(parsed) || compare_default()(parsed, version) <= 0)
            continue;
        if (!best || compare_default()(parsed, best.version) > 0)
            best = { tag, version: parsed };
    }
    return best?.tag;
}
/**
 * `candidate`: the stable version the first tag came from, when the rules say it deserves
 * `latest`; `knownTags`: the repository's tags, or undefined when they could not be listed.
 */
function decideAutoLatest(candidate, knownTags) {
    if (!candidate)
        return { latest: false };
    if (knownTags === undefined) {
        return {
            latest: true,
            unchecked: true,
            reason: `tagged latest for ${candidate.version} without checking for a higher version tag (no tags in the workspace and no github-token); fetch tags (actions/checkout fetch-depth: 0) or pass github-token to check`,
        };
    }
    const higher = higherStableTag(candidate, knownTags);
    if (higher)
        return { latest: false, reason: `not tagged latest: ${higher} is higher than ${candidate.version}` };
    return { latest: true };
}

;// CONCATENATED MODULE: ./packages/image-tags/pep440.ts

// The PEP's permissive spelling: optional `v`, separators `.`, `-`, `_` or none, long labels.
const PEP440 = new RegExp([
    '^v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release (`-N` is implicit post)
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // development release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$', // local version
].join(''), 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Parses a PEP 440 version; undefined when `raw` is not one. */
function parsePep440(raw) {
    const m = PEP440.exec(raw.trim());
    // Numbers past 2^53 would not survive normalisation: such a "version" is refused, not mangled.
    if (!m || /\d{16}/.test(raw))
        return undefined;
    const [, epoch, release, preLabel, preNumber, implicitPost, postLabel, postNumber, devLabel, devNumber, local,] = m;
    const version = {
        epoch: epoch ? Number(epoch) : 0,
        release: release.split('.').map(Number),
    };
    if (preLabel)
        version.pre = { label: PRE_LABELS[preLabel.toLowerCase()], number: Number(preNumber ?? 0) };
    if (implicitPost !== undefined)
        version.post = Number(implicitPost);
    else if (postLabel)
        version.post = Number(postNumber ?? 0);
    if (devLabel)
        version.dev = Number(devNumber ?? 0);
    if (local)
        version.local = local.toLowerCase().replace(/[-_]/g, '.');
    return version;
}
/** The PEP's normalised form: `1!1.2.3rc1.post2.dev3+abc.5`. */
function formatPep440(v) {
    let text = v.epoch ? `${v.epoch}!` : '';
    text += v.release.join('.');
    if (v.pre)
        text += `${v.pre.label}${v.pre.number}`;
    if (v.post !== undefined)
        text += `.post${v.post}`;
    if (v.dev !== undefined)
        text += `.dev${v.dev}`;
    if (v.local)
        text += `+${v.local}`;
    return text;
}
/** A final release: no pre, post, dev or local part. */
function isFinalPep440(v) {
    return v.pre === undefined && v.post === undefined && v.dev === undefined && v.local === undefined;
}
/**
 * The semver twin of a final release of at most three numbers and no epoch (`1.2` is 1.2.0), so
 * `latest=auto` can compare it with the repository's version tags; undefined otherwise.
 */
function pep440LatestCandidate(v) {
    if (!isFinalPep440(v) || v.epoch !== 0 || v.release.length > 3)
        return undefined;
    const [major, minor = 0, patch = 0] = v.release;
    return parseVersion(`${major}.${minor}.${patch}`);
}
const pep440_PLACEHOLDER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;
/** The tag text for `pattern` (checked by checkSemverPattern), or undefined for no tag. */
function renderPep440Pattern(pattern, raw, v) {
    const used = [...pattern.matchAll(pep440_PLACEHOLDER)].map((m) => m[1]);
    if (!isFinalPep440(v)) {
        const rawOnly = used.length === 1 && used[0] === 'raw' && pattern.replace(pep440_PLACEHOLDER, '').trim() === '';
        return rawOnly ? raw : formatPep440(v);
    }
    const [major, minor = 0, patch = 0] = v.release;
    // As for semver: a `{{major}}`-only tag for 0.x would claim compatibility 0.x does not promise.
    if (major === 0 && used.every((p) => p === 'major'))
        return undefined;
    const values = {
        version: formatPep440(v),
        major: String(major),
        minor: String(minor),
        patch: String(patch),
        raw,
    };
    return pattern.replace(pep440_PLACEHOLDER, (_whole, name) => values[name] ?? '');
}

;// CONCATENATED MODULE: ./packages/image-tags/produce.ts



/** `value=` when given, else the pushed tag; '' when there is neither. */
function versionSource(value, { ctx, scope }) {
    if (value)
        return expand(value, scope);
    return ctx.refType === 'tag' ? (ctx.tag ?? '') : '';
}
/** `match=`: the first group of the match, else the whole match; undefined when it does not match. */
function applyMatch(raw, match) {
    if (!match)
        return raw;
    const m = match.exec(raw);
    if (!m)
        return undefined;
    return m.length > 1 ? (m[1] ?? '') : m[0];
}
function semverOutput(rule, p) {
    const source = versionSource(rule.value, p);
    if (source === '')
        return undefined;
    const matched = applyMatch(source, rule.match);
    if (!matched)
        return undefined;
    const raw = rule.match ? matched : matched.replace(/\//g, '-');
    const version = parseVersion(raw);
    if (!version) {
        p.warnings.push(`"${raw}" is not a semver version (https://semver.org): type=semver rules yield no tag`);
        return undefined;
    }
    const core = renderSemverPattern(rule.pattern, raw, version);
    if (core === undefined)
        return undefined;
    return { core, latestCandidate: isStable(version) ? version : undefined };
}
function pep440Output(rule, p) {
    const source = versionSource(rule.value, p);
    if (source === '')
        return undefined;
    const raw = applyMatch(source, rule.match);
    if (!raw)
        return undefined;
    const version = parsePep440(raw);
    if (!version) {
        p.warnings.push(`"${raw}" is not a PEP 440 version (https://peps.python.org/pep-0440/): type=pep440 rules yield no tag`);
        return undefined;
    }
    const core = renderPep440Pattern(rule.pattern, raw, version);
    if (core === undefined)
        return undefined;
    return { core, latestCandidate: pep440LatestCandidate(version) };
}
function matchOutput(rule, p) {
    const source = versionSource(rule.value, p);
    if (source === '')
        return undefined;
    const core = rule.pattern.exec(source)?.[rule.group];
    if (!core)
        return undefined;
    // metadata-action gives any match `latest`; here only a stable semver version may have it.
    const version = parseVersion(core);
    return { core, latestCandidate: version && isStable(version) ? version : undefined };
}
function edgeOutput(rule, p) {
    const branch = rule.branch ?? p.ctx.defaultBranch;
    if (branch === undefined) {
        p.warnings.push(`rule "${rule.source}": the default branch is unknown (the event carries no repository); set branch=`);
        return undefined;
    }
    return p.ctx.refType === 'branch' && p.ctx.branch === branch ? { core: 'edge' } : undefined;
}
function refOutput(rule, { ctx }) {
    if (ctx.refType !== rule.event)
        return undefined;
    if (rule.event === 'branch')
        return ctx.branch ? { core: ctx.branch } : undefined;
    if (rule.event === 'pr')
        return ctx.prNumber !== undefined ? { core: String(ctx.prNumber) } : undefined;
    if (!ctx.tag)
        return undefined;
    // Only a stable version tag may earn `latest` (metadata-action gives it to any tag).
    const version = parseVersion(ctx.tag);
    return { core: ctx.tag, latestCandidate: version && isStable(version) ? version : undefined };
}
/** The rule's own text for this build (before prefix/suffix), or undefined when it does not apply. */
function produce(rule, p) {
    switch (rule.type) {
        case 'sha':
            if (!p.ctx.sha)
                return undefined;
            return { core: rule.format === 'long' ? p.ctx.sha : p.shortSha };
        case 'ref':
            return refOutput(rule, p);
        case 'semver':
            return semverOutput(rule, p);
        case 'pep440':
            return pep440Output(rule, p);
        case 'match':
            return matchOutput(rule, p);
        case 'edge':
            return edgeOutput(rule, p);
        case 'schedule': {
            if (p.ctx.eventName !== 'schedule')
                return undefined;
            const core = expand(rule.pattern, p.scope);
            return core === '' ? undefined : { core };
        }
        default: {
            const core = expand(rule.value, p.scope);
            return core === '' ? undefined : { core };
        }
    }
}

;// CONCATENATED MODULE: ./packages/image-tags/rule-types.ts
// The rule types of the `tags` input and what each one needs beyond the common attributes
// (enable, prefix, suffix, priority): sha, ref, semver, pep440, match, edge, schedule, raw, as
// docker/metadata-action documents them. Each attribute is checked here, so a bad rule fails when
// the rules are parsed, naming what is allowed.


const EVENTS = ['branch', 'tag', 'pr'];
const FORMATS = ['short', 'long'];
/** `/body/flags`: a regular expression with flags (`/^V(.*)$/i`); `g` and `y` do not apply. */
const WITH_FLAGS = /^\/(.+)\/([dimsuv]*)$/;
/** A regular expression attribute (`pattern=` of type=match, `match=`), compiled. */
function regexAttribute(key, text, fail) {
    if (text === undefined)
        return undefined;
    if (text === '')
        fail(`has an empty ${key}= (a regular expression)`);
    const withFlags = WITH_FLAGS.exec(text);
    try {
        return withFlags ? new RegExp(withFlags[1], withFlags[2]) : new RegExp(text);
    }
    catch (error) {
        return fail(`has ${key}=${text}, not a valid regular expression (${error.message})`);
    }
}
function versionRule(attrs, fail) {
    const pattern = attrs.get('pattern');
    if (pattern === undefined)
        fail('needs pattern= (for example {{version}} or {{major}}.{{minor}})');
    const problem = checkSemverPattern(pattern);
    if (problem)
        fail(`has a bad ${problem}`);
    const match = regexAttribute('match', attrs.get('match'), fail);
    return { pattern: pattern, value: attrs.get('value') ?? '', ...(match ? { match } : {}) };
}
function matchRule(attrs, fail) {
    const pattern = regexAttribute('pattern', attrs.get('pattern'), fail);
    if (!pattern)
        return fail('needs pattern= (a regular expression, for example v(.*) with group=1)');
    const groupText = attrs.get('group') ?? '0';
    // A regex matching the empty string tells how many groups the pattern has.
    const groups = new RegExp(`${pattern.source}|`).exec('').length - 1;
    if (!/^\d+$/.test(groupText) || Number(groupText) > groups) {
        fail(`has group=${groupText} (allowed: 0 for the whole match, up to ${groups}, the pattern's groups)`);
    }
    return { pattern, group: Number(groupText), value: attrs.get('value') ?? '' };
}
/** The type-specific part of a rule whose common attributes are already checked. */
function buildRule(type, attrs, base, fail) {
    switch (type) {
        case 'sha': {
            const format = (attrs.get('format') ?? 'short').toLowerCase();
            if (!FORMATS.includes(format))
                fail(`has format=${attrs.get('format')} (allowed: ${FORMATS.join(', ')})`);
            return { ...base, type, format, prefix: base.prefix ?? 'sha-' };
        }
        case 'ref': {
            const event = attrs.get('event')?.toLowerCase();
            if (event === undefined)
                fail(`needs event= (allowed: ${EVENTS.join(', ')})`);
            if (!EVENTS.includes(event)) {
                fail(`has event=${attrs.get('event')} (allowed: ${EVENTS.join(', ')})`);
            }
            return {
                ...base,
                type,
                event: event,
                prefix: base.prefix ?? (event === 'pr' ? 'pr-' : undefined),
            };
        }
        case 'semver':
        case 'pep440':
            return { ...base, type, ...versionRule(attrs, fail) };
        case 'match':
            return { ...base, type, ...matchRule(attrs, fail) };
        case 'edge': {
            const branch = attrs.get('branch');
            if (branch === '')
                fail('has an empty branch= (leave it out for the default branch)');
            return { ...base, type, ...(branch !== undefined ? { branch } : {}) };
        }
        case 'schedule': {
            const pattern = attrs.get('pattern') ?? 'nightly';
            const problem = pattern === '' ? 'is empty' : checkExpressions(pattern);
            if (problem)
                fail(`has a bad pattern=: ${problem} (for example nightly or {{date 'YYYYMMDD'}})`);
            return { ...base, type, pattern };
        }
        default: {
            const value = attrs.get('value');
            if (value === undefined || value === '')
                fail('needs a non-empty value= (for example type=raw,value=stable)');
            return { ...base, type: 'raw', value: value };
        }
    }
}

;// CONCATENATED MODULE: ./packages/image-tags/rules.ts
// Parsing the `tags` input: one rule per line in docker/metadata-action's syntax, so a workflow
// can switch to us without rewriting its rules. Everything that can be checked without knowing the
// event is checked here, so bad rules fail before anything else happens.




/** docker/metadata-action's default priorities: higher comes first, the first tag is the version. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** What an empty `tags` input means. */
const DEFAULT_TAG_RULES = [
    'type=sha',
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
].join('\n');
const COMMON = ['type', 'enable', 'prefix', 'suffix', 'priority'];
const ATTRIBUTES = {
    sha: [...COMMON, 'format'],
    ref: [...COMMON, 'event'],
    semver: [...COMMON, 'pattern', 'value', 'match'],
    raw: [...COMMON, 'value'],
    schedule: [...COMMON, 'pattern'],
    pep440: [...COMMON, 'pattern', 'value', 'match'],
    match: [...COMMON, 'pattern', 'group', 'value'],
    edge: [...COMMON, 'branch'],
};
/** Placeholders are expanded in these attributes (and checked when the rules are parsed). */
const EXPANDED = ['enable', 'prefix', 'suffix', 'value'];
const TYPES = Object.keys(ATTRIBUTES);
function ruleLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Parses rules and sorts them by priority (highest first; equal priorities keep their order). */
function parseTagRules(text) {
    const lines = ruleLines(text);
    const rules = (lines.length ? lines : ruleLines(DEFAULT_TAG_RULES)).map(parseRule);
    return rules
        .map((rule, index) => ({ rule, index }))
        .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
        .map(({ rule }) => rule);
}
function parseRule(line) {
    const fail = (problem) => {
        throw new inputs/* InputError */.dz('tags', `rule "${line}" ${problem}`);
    };
    const fields = splitFields(line);
    if (typeof fields === 'string')
        return fail(fields);
    const attrs = new Map();
    for (const field of fields) {
        // A bare word is a value: `latest` means `type=raw,value=latest` (as in metadata-action).
        const key = field.key ?? 'value';
        if (key === '')
            fail(`has a field with no name before "="`);
        if (attrs.has(key))
            fail(`sets "${key}" twice`);
        attrs.set(key, field.value);
    }
    const type = (attrs.get('type') ?? 'raw').toLowerCase();
    if (!TYPES.includes(type))
        fail(`has an unknown type "${attrs.get('type')}" (allowed: ${TYPES.join(', ')})`);
    for (const key of attrs.keys()) {
        if (!ATTRIBUTES[type].includes(key)) {
            fail(`has an unknown attribute "${key}" for type=${type} (allowed: ${ATTRIBUTES[type].join(', ')})`);
        }
    }
    for (const key of EXPANDED) {
        const problem = attrs.has(key) ? checkExpressions(attrs.get(key)) : undefined;
        if (problem)
            fail(`${key}=: ${problem}`);
    }
    const enable = attrs.get('enable') ?? 'true';
    const enableProblem = checkEnable(enable);
    if (enableProblem)
        fail(`has ${enableProblem}`);
    const priorityText = attrs.get('priority');
    if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) {
        fail(`has priority=${priorityText} (allowed: a whole number; higher comes first)`);
    }
    const base = {
        enable,
        prefix: attrs.get('prefix'),
        suffix: attrs.get('suffix'),
        priority: priorityText !== undefined ? Number(priorityText) : DEFAULT_PRIORITIES[type],
        source: line,
    };
    return buildRule(type, attrs, base, fail);
}

;// CONCATENATED MODULE: ./packages/image-tags/metadata.ts









/** Each enabled rule's tag, sanitised, in priority order; empty results are skipped with a warning. */
function produceTags(rules, flavor, p) {
    const produced = [];
    for (const rule of rules) {
        if (expand(rule.enable, p.scope).toLowerCase() !== 'true')
            continue;
        const result = produce(rule, p);
        if (!result)
            continue;
        const value = (0,image_ref/* sanitizeTag */.iP)(decorate(result.core, rule, flavor, p.scope));
        if (value === '') {
            p.warnings.push(`rule "${rule.source}" yields an empty tag; skipped`);
            continue;
        }
        produced.push({ value, rule, latestCandidate: result.latestCandidate });
    }
    return produced;
}
/** Whether `latest` is added, following the flavor and the first (highest-priority) tag. */
function decideLatest(first, flavor, knownVersionTags, notices) {
    if (!first || flavor.latest === 'false')
        return { latest: false };
    if (flavor.latest === 'true')
        return { latest: true };
    const decision = decideAutoLatest(first.latestCandidate, knownVersionTags);
    if (decision.reason)
        notices.push(decision.reason);
    return {
        latest: decision.latest,
        latestUnchecked: decision.unchecked ? first.latestCandidate?.raw : undefined,
    };
}
/** `image:name` for every enabled image; bare names when the input lists no image at all. */
function references(entries, images, names) {
    return entries.length ? images.flatMap((image) => names.map((name) => `${image}:${name}`)) : names;
}
function scopeFor(ctx, shortSha, created) {
    return {
        branch: ctx.branch ?? '',
        tag: ctx.tag ?? '',
        sha: shortSha,
        baseRef: ctx.baseRef ?? '',
        isDefaultBranch: isDefaultBranch(ctx),
        date: created,
        commitDate: ctx.commitDate ? new Date(ctx.commitDate) : created,
    };
}
function parseTagRulesInput(input) {
    return {
        images: parseImageEntries(input.images),
        rules: parseTagRules(input.tagRules),
        flavor: parseFlavor(input.flavor),
        shaLength: input.shaLength,
        labels: parseEntries('labels', input.labels),
        annotations: parseEntries('annotations', input.annotations),
        created: input.created,
    };
}
function computeImageMetadata(input, ctx, knownVersionTags) {
    return computeParsedMetadata(parseTagRulesInput(input), ctx, knownVersionTags);
}
/** The tag names in order: each produced tag once, then `latest` (decorated as the flavor says). */
function tagNamesOf(produced, latest, flavor, scope) {
    const names = [...new Set(produced.map((p) => p.value))];
    if (latest) {
        const prefix = flavor.prefixLatest ? expand(flavor.prefix, scope) : '';
        const suffix = flavor.suffixLatest ? expand(flavor.suffix, scope) : '';
        const name = (0,image_ref/* sanitizeTag */.iP)(`${prefix}latest${suffix}`);
        if (!names.includes(name))
            names.push(name);
    }
    return names;
}
/** OCI labels and annotations: computed ones, then the inputs' (their values expanded as rules are). */
function labelAndAnnotationMaps(parsed, scope, oci) {
    const expandValues = (entries) => entries.map(([key, value]) => [key, expand(value, scope)]);
    return {
        labelMap: mergeEntries(oci, expandValues(parsed.labels)),
        annotationMap: mergeEntries(oci, expandValues(parsed.annotations)),
    };
}
/** computeImageMetadata for rules parsed already (an action's inputs, parsed once). */
function computeParsedMetadata(parsed, ctx, knownVersionTags) {
    const { images: imageEntries, rules, flavor } = parsed;
    const created = parsed.created ?? new Date();
    const shortSha = ctx.sha.slice(0, parsed.shaLength);
    const scope = scopeFor(ctx, shortSha, created);
    const warnings = [];
    const notices = [];
    const images = imageEntries
        .filter((e) => expand(e.enable, scope).toLowerCase() === 'true')
        .map((e) => e.name);
    const produced = produceTags(rules, flavor, { ctx, shortSha, scope, warnings });
    const first = produced[0];
    const { latest, latestUnchecked } = decideLatest(first, flavor, knownVersionTags, notices);
    const tagNames = tagNamesOf(produced, latest, flavor, scope);
    if (!first)
        warnings.push(`no tag rule produced a tag for this ${ctx.eventName || 'event'} (ref "${ctx.ref}")`);
    const shaTag = produced.find((p) => p.rule.type === 'sha')?.value;
    const version = first?.value ?? '';
    const tags = references(imageEntries, images, tagNames);
    const shaTags = shaTag ? references(imageEntries, images, [shaTag]) : [];
    const oci = ociEntries({ ctx, version, created });
    const { labelMap, annotationMap } = labelAndAnnotationMaps(parsed, scope, oci);
    const common = { tags, version, sha: ctx.sha, latest };
    const json = {
        ...common,
        'tag-names': tagNames,
        labels: Object.fromEntries(labelMap),
        annotations: Object.fromEntries(annotationMap),
        'short-sha': shortSha,
        'sha-tags': shaTags,
    };
    return {
        ...common,
        images,
        tagNames,
        labels: entryLines(labelMap),
        annotations: entryLines(annotationMap),
        shortSha,
        shaTags,
        latestUnchecked,
        rules: rules.map((r) => r.source),
        notices,
        warnings: [...new Set(warnings)],
        json,
    };
}
/** A rule's own prefix/suffix, else the flavor's (metadata-action's precedence). */
function decorate(core, rule, flavor, scope) {
    const prefix = expand(rule.prefix ?? flavor.prefix, scope);
    const suffix = expand(rule.suffix ?? flavor.suffix, scope);
    return `${prefix}${core}${suffix}`;
}

;// CONCATENATED MODULE: ./packages/image-tags/outputs.ts
// docker/metadata-action's output formats, as pure functions of computed metadata: lists joined by
// `sep-tags`/`sep-labels`/`sep-annotations`, annotations prefixed with their level (`manifest:`,
// `index:`, as DOCKER_METADATA_ANNOTATIONS_LEVELS selects), its `json` shape (tags array, labels
// map, annotations array) and the DOCKER_METADATA_OUTPUT_<NAME> environment entries. The actions
// write what these return; nothing here touches the runner.

/** A list output: the items joined by `separator` (one per line by default). */
function joinList(items, separator = '\n') {
    return items.join(separator);
}
/**
 * `key=value` annotation lines, each once per level as `<level>:key=value`; a line whose key
 * already names a level (from the `annotations` input) is kept as written.
 */
function levelledAnnotations(lines, levels = ['manifest']) {
    const out = [];
    for (const level of levels) {
        for (const line of lines)
            if (!LEVEL_PREFIX.test(line))
                out.push(`${level}:${line}`);
    }
    for (const line of lines)
        if (LEVEL_PREFIX.test(line))
            out.push(line);
    return out;
}
/** metadata-action's `json` output: tags and tag names, labels map, annotations array (levelled). */
function metadataActionJson(meta, levels) {
    return {
        tags: meta.tags,
        'tag-names': meta.tagNames,
        labels: { ...meta.json.labels },
        annotations: levelledAnnotations(meta.annotations, levels),
    };
}
/** The outputs metadata-action users script against, as strings with its separators. */
function metadataActionOutputs(meta, options = {}) {
    const annotations = levelledAnnotations(meta.annotations, options.annotationLevels);
    return {
        version: meta.version,
        tags: joinList(meta.tags, options.sepTags),
        'tag-names': joinList(meta.tagNames, options.sepTags),
        labels: joinList(meta.labels, options.sepLabels),
        annotations: joinList(annotations, options.sepAnnotations),
        json: JSON.stringify(metadataActionJson(meta, options.annotationLevels)),
    };
}
/** `DOCKER_METADATA_OUTPUT_<NAME>` entries for outputs (`tag-names` -> `..._TAG_NAMES`). */
function outputEnvEntries(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => [
        `DOCKER_METADATA_OUTPUT_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
        value,
    ]));
}

;// CONCATENATED MODULE: ./packages/image-tags/index.ts
// Image tags, labels and annotations from docker/metadata-action-style rules: the engine behind
// the compute-sha-tags action, also called in-process by the build action.














/***/ })

};
