import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ abandonedRequests),
/* harmony export */   U: () => (/* binding */ withTimeLimit)
/* harmony export */ });
// A time limit for one request made through @actions/github (Octokit). Without one, a request the
// server (or a proxy) never answers hangs the step forever, and the fetch @actions/github uses
// (undici's, with its own dispatcher) does not reliably honour an abort signal. So the limit is
// enforced by racing a timer: past it the request is abandoned (and aborted where the fetch
// listens) with a 504-like error, which callers treat as transient or as "no answer".
let abandoned = 0;
/**
 * Requests given up at their time limit in this process. Their sockets may still be open and keep
 * Node alive once the work is done: an entry point ends the process explicitly when this is > 0.
 */
function abandonedRequests() {
    return abandoned;
}
/** Resolves as `send` does, or rejects with `{status: 504}` after `ms`. */
async function withTimeLimit(send, ms) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandoned++;
            controller.abort();
            reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { status: 504 }));
        }, ms);
    });
    try {
        return await Promise.race([Promise.resolve(send(controller.signal)), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
var __webpack_exports__ = {};

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
    process.env.PATH = `${inputPath}${PATH_DELIMITER}${process.env.PATH}`;
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
function runner_core_warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function runner_core_notice(message, properties = {}) {
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
    info(neutralize(text));
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


// EXTERNAL MODULE: ./packages/time-limit/index.ts
var time_limit = __nccwpck_require__(8792);
;// CONCATENATED MODULE: ./packages/image-tags/context.ts
// What a build is about (the commit, the branch/tag/PR, the repository), read from the runner's
// environment and the event payload. Pure: both come in as arguments.
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

;// CONCATENATED MODULE: ./packages/image-tags/expressions.ts
// The `{{...}}` placeholders docker/metadata-action allows in `value=`, `prefix=`, `suffix=` and
// `enable=`: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}},
// {{is_not_default_branch}}, {{date 'FORMAT'}} and {{commit_date 'FORMAT'}}. Checked when the
// rules are parsed (an unknown placeholder is an input error, not an empty string), expanded when
// tags are computed.
const PLACEHOLDER = /\{\{\s*([A-Za-z_]+)(?:\s+'([^']*)')?\s*\}\}/g;
const SIMPLE = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch'];
const DATED = ['date', 'commit_date'];
const ALLOWED_PLACEHOLDERS = [
    ...SIMPLE.map((p) => `{{${p}}}`),
    "{{date 'YYYYMMDD'}}",
    "{{commit_date 'YYYYMMDD'}}",
];
/** Returns a problem description when `text` uses a placeholder we cannot expand. */
function checkExpressions(text) {
    for (const match of text.matchAll(PLACEHOLDER)) {
        const [whole, name, format] = match;
        if (SIMPLE.includes(name) && format === undefined)
            continue;
        if (DATED.includes(name) && format !== undefined)
            continue;
        return `"${whole}" is not a known placeholder (allowed: ${ALLOWED_PLACEHOLDERS.join(', ')})`;
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}'))
        return `"${text}" has an unbalanced "{{" or "}}"`;
    return undefined;
}
function expand(text, scope) {
    return text.replace(PLACEHOLDER, (_whole, name, format) => {
        switch (name) {
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
                return formatDate(scope.date, format ?? '');
            case 'commit_date':
                return formatDate(scope.commitDate, format ?? '');
            default:
                return '';
        }
    });
}
/** Moment-style tokens, in UTC (what metadata-action does without a `tz`). */
function formatDate(date, format) {
    const two = (n) => String(n).padStart(2, '0');
    return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => {
        switch (token) {
            case 'YYYY':
                return String(date.getUTCFullYear());
            case 'YY':
                return two(date.getUTCFullYear() % 100);
            case 'MM':
                return two(date.getUTCMonth() + 1);
            case 'DD':
                return two(date.getUTCDate());
            case 'HH':
                return two(date.getUTCHours());
            case 'mm':
                return two(date.getUTCMinutes());
            default:
                return two(date.getUTCSeconds());
        }
    });
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
            throw new InputError('flavor', `"${line}" ${problem}`);
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

;// CONCATENATED MODULE: ./packages/image-ref/index.ts
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

;// CONCATENATED MODULE: ./packages/image-tags/images.ts
// The `images` input: image names without tag or digest, lower-cased (`ghcr.io/Org/Repo/api`
// becomes `ghcr.io/org/repo/api`), duplicates dropped.


function parseImages(names) {
    if (names.length === 0)
        throw new InputError('images', 'needs at least one image name (one per line or comma-separated)');
    const images = [];
    for (const name of names) {
        try {
            const { name: normalised } = parseImageName(name);
            if (!images.includes(normalised))
                images.push(normalised);
        }
        catch (error) {
            if (error instanceof ReferenceError)
                throw new InputError('images', error.message);
            throw error;
        }
    }
    return images;
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
 * prefix (`index:`, `manifest:`, ...); `manifest:` is the default level, so it is dropped.
 */
function parseEntries(input, lines) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        let key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (key === '' || /\s/.test(key)) {
            throw new InputError(input, `"${line}" is not a key=value entry (one per line, the key without spaces)`);
        }
        if (input === 'annotations' && key.startsWith('manifest:'))
            key = key.slice('manifest:'.length);
        return [key, line.slice(eq + 1).trim()];
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
var compare = __nccwpck_require__(8469);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(8780);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
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

;// CONCATENATED MODULE: ./packages/image-tags/rules.ts
// Parsing the `tags` input: one rule per line in docker/metadata-action's syntax, so a workflow
// can switch to us without rewriting its rules. Everything that can be checked without knowing the
// event is checked here, so bad rules fail before anything else happens.




/** docker/metadata-action's default priorities: higher comes first, the first tag is the version. */
const DEFAULT_PRIORITIES = { semver: 900, ref: 600, raw: 200, sha: 100 };
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
    semver: [...COMMON, 'pattern', 'value'],
    raw: [...COMMON, 'value'],
};
const TYPES = Object.keys(ATTRIBUTES);
const EVENTS = ['branch', 'tag', 'pr'];
const FORMATS = ['short', 'long'];
const ENABLE_PLACEHOLDER = /\{\{\s*is_(?:not_)?default_branch\s*\}\}/g;
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
        throw new InputError('tags', `rule "${line}" ${problem}`);
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
    for (const key of [
        'enable',
        'prefix',
        'suffix',
        ...(type === 'raw' || type === 'semver' ? ['value'] : []),
    ]) {
        const problem = attrs.has(key) ? checkExpressions(attrs.get(key)) : undefined;
        if (problem)
            fail(`${key}=: ${problem}`);
    }
    const enable = attrs.get('enable') ?? 'true';
    const enableValue = enable.replace(ENABLE_PLACEHOLDER, 'true').toLowerCase();
    if (enableValue !== 'true' && enableValue !== 'false') {
        fail(`has enable=${enable} (allowed: true, false, {{is_default_branch}}, {{is_not_default_branch}})`);
    }
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
        case 'semver': {
            const pattern = attrs.get('pattern');
            if (pattern === undefined)
                fail('needs pattern= (for example {{version}} or {{major}}.{{minor}})');
            const problem = checkSemverPattern(pattern);
            if (problem)
                fail(`has a bad ${problem}`);
            return { ...base, type, pattern: pattern, value: attrs.get('value') ?? '' };
        }
        default: {
            const value = attrs.get('value');
            if (value === undefined || value === '')
                fail('needs a non-empty value= (for example type=raw,value=stable)');
            return { ...base, type: 'raw', value: value };
        }
    }
}

;// CONCATENATED MODULE: ./packages/image-tags/metadata.ts









function computeImageMetadata(input, ctx, knownVersionTags) {
    const images = parseImages(input.images);
    const rules = parseTagRules(input.tagRules);
    const flavor = parseFlavor(input.flavor);
    const extraLabels = parseEntries('labels', input.labels);
    const extraAnnotations = parseEntries('annotations', input.annotations);
    const created = input.created ?? new Date();
    const shortSha = ctx.sha.slice(0, input.shaLength);
    const scope = {
        branch: ctx.branch ?? '',
        tag: ctx.tag ?? '',
        sha: shortSha,
        baseRef: ctx.baseRef ?? '',
        isDefaultBranch: isDefaultBranch(ctx),
        date: created,
        commitDate: ctx.commitDate ? new Date(ctx.commitDate) : created,
    };
    const warnings = [];
    const notices = [];
    const produced = [];
    for (const rule of rules) {
        if (expand(rule.enable, scope).toLowerCase() !== 'true')
            continue;
        const result = produce(rule, ctx, shortSha, scope, warnings);
        if (!result)
            continue;
        const value = sanitizeTag(decorate(result.core, rule, flavor, scope));
        if (value === '') {
            warnings.push(`rule "${rule.source}" yields an empty tag; skipped`);
            continue;
        }
        produced.push({ value, rule, latestCandidate: result.latestCandidate });
    }
    const first = produced[0];
    let latest = false;
    let latestUnchecked;
    if (first && flavor.latest === 'true')
        latest = true;
    if (first && flavor.latest === 'auto') {
        const decision = decideAutoLatest(first.latestCandidate, knownVersionTags);
        latest = decision.latest;
        if (decision.unchecked)
            latestUnchecked = first.latestCandidate?.raw;
        if (decision.reason)
            notices.push(decision.reason);
    }
    const tagNames = [...new Set(produced.map((p) => p.value))];
    if (latest) {
        const name = sanitizeTag(`${flavor.prefixLatest ? expand(flavor.prefix, scope) : ''}latest${flavor.suffixLatest ? expand(flavor.suffix, scope) : ''}`);
        if (!tagNames.includes(name))
            tagNames.push(name);
    }
    if (!first)
        warnings.push(`no tag rule produced a tag for this ${ctx.eventName || 'event'} (ref "${ctx.ref}")`);
    const shaTag = produced.find((p) => p.rule.type === 'sha')?.value;
    const version = first?.value ?? '';
    const tags = images.flatMap((image) => tagNames.map((name) => `${image}:${name}`));
    const shaTags = shaTag ? images.map((image) => `${image}:${shaTag}`) : [];
    const oci = ociEntries({ ctx, version, created });
    const labelMap = mergeEntries(oci, extraLabels);
    const annotationMap = mergeEntries(oci, extraAnnotations);
    const json = {
        tags,
        'tag-names': tagNames,
        labels: Object.fromEntries(labelMap),
        annotations: Object.fromEntries(annotationMap),
        version,
        sha: ctx.sha,
        'short-sha': shortSha,
        'sha-tags': shaTags,
        latest,
    };
    return {
        images,
        tags,
        tagNames,
        labels: entryLines(labelMap),
        annotations: entryLines(annotationMap),
        version,
        sha: ctx.sha,
        shortSha,
        shaTags,
        latest,
        latestUnchecked,
        rules: rules.map((r) => r.source),
        notices,
        warnings: [...new Set(warnings)],
        json,
    };
}
/** The rule's own text for this build (before prefix/suffix), or undefined when it does not apply. */
function produce(rule, ctx, shortSha, scope, warnings) {
    switch (rule.type) {
        case 'sha':
            if (!ctx.sha)
                return undefined;
            return { core: rule.format === 'long' ? ctx.sha : shortSha };
        case 'ref': {
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
        case 'semver': {
            let raw = rule.value ? expand(rule.value, scope) : ctx.refType === 'tag' ? (ctx.tag ?? '') : '';
            if (raw === '')
                return undefined;
            raw = raw.replace(/\//g, '-');
            const version = parseVersion(raw);
            if (!version) {
                warnings.push(`"${raw}" is not a semver version (https://semver.org): type=semver rules yield no tag`);
                return undefined;
            }
            const core = renderSemverPattern(rule.pattern, raw, version);
            if (core === undefined)
                return undefined;
            return { core, latestCandidate: isStable(version) ? version : undefined };
        }
        default: {
            const core = expand(rule.value, scope);
            return core === '' ? undefined : { core };
        }
    }
}
/** A rule's own prefix/suffix, else the flavor's (metadata-action's precedence). */
function decorate(core, rule, flavor, scope) {
    const prefix = expand(rule.prefix ?? flavor.prefix, scope);
    const suffix = expand(rule.suffix ?? flavor.suffix, scope);
    return `${prefix}${core}${suffix}`;
}

;// CONCATENATED MODULE: ./packages/image-tags/index.ts
// Image tags, labels and annotations from docker/metadata-action-style rules: the engine behind
// the compute-sha-tags action, also called in-process by the build action.








/** A `sha` input: 7 to 40 hex digits (a commit id, possibly abbreviated). */
const SHA_OVERRIDE = /^[0-9a-fA-F]{7,40}$/;
const SHA_LENGTH = { min: 4, max: 40, default: 7 };

;// CONCATENATED MODULE: ./actions/compute-sha-tags/inputs.ts
// Every input of compute-sha-tags, read and checked once: a bad value fails here, before any
// git, API or output work, with one error naming the input.


function readInputs(inputs = new Inputs()) {
    const images = parseImages(inputs.list('images'));
    const tags = inputs.raw('tags');
    parseTagRules(tags);
    const flavor = inputs.raw('flavor');
    parseFlavor(flavor);
    const shaLength = inputs.integer('sha-length', SHA_LENGTH.default, SHA_LENGTH);
    const sha = inputs.string('sha');
    if (sha !== '' && !SHA_OVERRIDE.test(sha)) {
        throw new InputError('sha', `"${sha}" is not a commit id (allowed: 7 to 40 hexadecimal digits)`);
    }
    const prHeadSha = inputs.boolean('pr-head-sha', true);
    const labels = inputs.lines('labels');
    parseEntries('labels', labels);
    const annotations = inputs.lines('annotations');
    parseEntries('annotations', annotations);
    return {
        images,
        tags,
        flavor,
        shaLength,
        sha: sha === '' ? undefined : sha.toLowerCase(),
        prHeadSha,
        labels,
        annotations,
        githubToken: inputs.string('github-token'),
    };
}

;// CONCATENATED MODULE: ./actions/compute-sha-tags/summary.ts
// The job summary: the tags and labels this step computed, as tables.

async function writeSummary(meta) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const header = (text) => ({ data: text, header: true });
    const code = (text) => `<code>${summary_escape(text)}</code>`;
    summary
        .addHeading('compute-sha-tags', 3)
        .addRaw(`Version ${code(meta.version || '(none)')}, commit ${code(meta.sha || '(none)')}`, true)
        .addTable([[header('Tag')], ...meta.tags.map((t) => [code(t)])])
        .addTable([
        [header('Label'), header('Value')],
        ...meta.labels.map((line) => {
            const eq = line.indexOf('=');
            return [code(line.slice(0, eq)), summary_escape(line.slice(eq + 1))];
        }),
    ]);
    await summary.write();
}
function summary_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./actions/compute-sha-tags/run.ts
// compute-sha-tags: inputs + event -> tags, labels and annotations, written as outputs and a job
// summary. Only reads the environment it is given; git and the API are used only when needed.






function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new ActionError(`cannot read the event payload ${path}: ${error.message}`);
    }
}
function describeSha(ctx, inputs, env) {
    if (inputs.sha)
        return 'the sha input';
    if (ctx.eventName === 'workflow_run')
        return `workflow_run.head_sha (GITHUB_SHA ${env.GITHUB_SHA ?? ''} is the default branch head)`;
    if (ctx.refType === 'pr')
        return inputs.prHeadSha ? 'the pull request head' : 'GITHUB_SHA (the merge commit; pr-head-sha: false)';
    return 'GITHUB_SHA';
}
async function computeShaTags(inputs, env) {
    const created = buildDate(env);
    if (typeof created === 'string')
        throw new ActionError(created);
    const ctx = readGitContext(env, readEvent(env), { sha: inputs.sha, prHeadSha: inputs.prHeadSha });
    if (!ctx.sha)
        throw new ActionError('no commit to tag: GITHUB_SHA is not set and the sha input is empty');
    let api;
    if (inputs.githubToken) {
        setSecret(inputs.githubToken);
        api = {
            token: inputs.githubToken,
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            repository: ctx.repository,
        };
        const { repoInfo } = await __nccwpck_require__.e(/* import() */ 171).then(__nccwpck_require__.bind(__nccwpck_require__, 3171));
        const { info, warning } = await repoInfo(api);
        if (warning)
            runner_core_warning(neutralize(warning));
        ctx.repoDescription = info.description;
        ctx.repoLicense = info.license;
    }
    const rulesInput = { ...inputs, tagRules: inputs.tags, created };
    let meta = computeImageMetadata(rulesInput, ctx);
    const workspace = env.GITHUB_WORKSPACE;
    const checkout = workspace !== undefined && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, '.git'));
    if (meta.latestUnchecked && (checkout || api)) {
        // Only a stable version with latest=auto needs the repository's tags, and only a checkout or
        // the API can list them: otherwise the git-tags code is not even loaded.
        const { listVersionTags } = await __nccwpck_require__.e(/* import() */ 171).then(__nccwpck_require__.bind(__nccwpck_require__, 3171));
        const listing = await listVersionTags({ workspace, currentTag: ctx.tag, api });
        if (listing.warning)
            runner_core_warning(neutralize(listing.warning));
        if (listing.tags) {
            info(`${listing.tags.length} tag(s) listed from ${listing.source === 'git' ? 'the workspace' : 'the GitHub API'}`);
            meta = computeImageMetadata(rulesInput, ctx, listing.tags);
        }
    }
    // Refs, rules, labels, API text and error messages come from users and events: every line we
    // print is neutralised so none of it can act as a workflow command.
    startGroup('Git context');
    logUntrusted(`event: ${ctx.eventName}, ref: ${ctx.ref}`);
    logUntrusted(`commit: ${ctx.sha} (from ${describeSha(ctx, inputs, env)})`);
    logUntrusted(`rules, in priority order:\n  ${meta.rules.join('\n  ')}`);
    endGroup();
    startGroup(`Tags (${meta.tags.length})`);
    logUntrusted(meta.tags.join('\n'));
    endGroup();
    startGroup('Labels');
    logUntrusted(meta.labels.join('\n'));
    endGroup();
    for (const notice of meta.notices)
        runner_core_notice(neutralize(notice));
    for (const warning of meta.warnings)
        runner_core_warning(neutralize(warning));
    if (meta.shaTags.length === 0)
        runner_core_notice('sha-tags is empty: no type=sha rule is enabled');
    setOutputs({
        tags: meta.tags,
        'tag-names': meta.tagNames,
        labels: meta.labels,
        annotations: meta.annotations,
        version: meta.version,
        sha: meta.sha,
        'short-sha': meta.shortSha,
        'sha-tags': meta.shaTags,
        latest: meta.latest,
        json: meta.json,
    });
    await writeSummary(meta);
    return meta;
}

;// CONCATENATED MODULE: ./actions/compute-sha-tags/main.ts
// Entry point of compute-sha-tags (bundled to dist/compute-sha-tags/index.js).




// No top-level await: it would make the bundle an async module (more runtime code to start).
void runMain(async () => {
    await computeShaTags(readInputs(), process.env);
}).then(() => {
    // A GitHub API request abandoned at its time limit can leave a socket that keeps Node alive
    // after the work is done; only then, end the process explicitly.
    if ((0,time_limit/* abandonedRequests */.B)() > 0)
        process.exit();
});

