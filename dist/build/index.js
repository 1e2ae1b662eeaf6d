import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

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

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


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

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


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

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


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

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


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

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 5886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uN: () => (/* binding */ isRemoteContext),
  qJ: () => (/* binding */ readBuildInputs)
});

// UNUSED EXPORTS: CACHE_TIERS, DEFAULT_TIERS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-io/index.ts + 3 modules
var action_io = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./packages/image-ref/index.ts
var image_ref = __nccwpck_require__(1668);
;// CONCATENATED MODULE: ./actions/build/secret-inputs.ts
// The secret inputs: `secrets` (ID=value, written to files), `secret-files` (ID=path) and
// `secret-envs` (ID=ENV_VAR). Errors name the entry by number, never by content.

const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
/**
 * `secrets` entries are `ID=value`, one per line like build-push-action; a value spanning several
 * lines is written in double quotes (`"KEY=line1\nline2"`, `""` for a literal quote). Errors name
 * the entry by number, never by content.
 */
function readSecrets(text) {
    const secrets = [];
    for (const [index, entry] of splitQuotedLines(text).entries()) {
        const eq = entry.indexOf('=');
        const id = eq > 0 ? entry.slice(0, eq).trim() : '';
        if (!id || !SECRET_ID_RE.test(id)) {
            throw new action_io/* InputError */.dz('secrets', `entry ${index + 1} has no id (write ID=value, the ID of letters, digits, '_', '.' or '-')`);
        }
        secrets.push({ id, value: entry.slice(eq + 1) });
    }
    return secrets;
}
function readSecretRefs(inputs, name, form, map) {
    return inputs.lines(name).map((entry, index) => {
        const eq = entry.indexOf('=');
        const id = eq > 0 ? entry.slice(0, eq).trim() : '';
        const source = entry.slice(eq + 1).trim();
        if (!id || !SECRET_ID_RE.test(id) || !source) {
            throw new action_io/* InputError */.dz(name, `entry ${index + 1} is not ${form} (the ID of letters, digits, '_', '.' or '-')`);
        }
        return { id, source: map(source) };
    });
}
/** Lines, except that a line opening with `"` runs until its closing quote (CSV style). */
function splitQuotedLines(text) {
    const entries = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        if (text[i] === '"') {
            let value = '';
            i++;
            for (; i < text.length; i++) {
                if (text[i] === '"' && text[i + 1] === '"') {
                    value += '"';
                    i++;
                }
                else if (text[i] === '"') {
                    i++;
                    break;
                }
                else
                    value += text[i];
            }
            // Anything after the closing quote up to the end of the line is ignored, as csv-parse does.
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length : eol + 1;
            entries.push(value);
        }
        else {
            const eol = text.indexOf('\n', i);
            const line = text.slice(i, eol < 0 ? text.length : eol).replace(/\r$/, '');
            i = eol < 0 ? text.length : eol + 1;
            entries.push(...(0,action_io/* splitLines */.uz)(line));
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./actions/build/inputs.ts
// Every input of the build action, read once into one typed object and validated before anything
// runs: a bad value becomes one InputError naming the input and what is allowed.





const CACHE_TIERS = ['gha', 'registry', 'previous', 'inline', 'local'];
const DEFAULT_TIERS = ['gha', 'registry', 'previous', 'inline'];
const PLATFORM_RE = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)?$/i;
const SIZE_RE = /^\d+(\.\d+)?\s*[bkmg]?b?$/i;
const ULIMIT_RE = /^[a-z]+=-?\d+(:-?\d+)?$/;
const SCOPE_RE = /^[A-Za-z0-9_./-]+$/;
function isRemoteContext(context) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context === '-';
}
function readBuildInputs(inputs, workspace) {
    const context = inputs.string('context', '.');
    const file = inputs.string('file');
    const dockerfile = checkContextAndFile(context, file, workspace);
    const tags = inputs.list('tags');
    tags.forEach((tag) => reference('tags', tag, false));
    const cacheRef = inputs.string('cache-ref');
    if (cacheRef) {
        const ref = reference('cache-ref', cacheRef, true);
        if (ref.digest || !ref.tag)
            throw new action_io/* InputError */.dz('cache-ref', `"${cacheRef}" must be name:tag (no digest)`);
    }
    const cachePreviousTag = inputs.string('cache-previous-tag', 'latest');
    if (!(0,image_ref/* isValidTag */.r_)(cachePreviousTag)) {
        throw new action_io/* InputError */.dz('cache-previous-tag', `"${cachePreviousTag}" is not a valid tag (allowed: [A-Za-z0-9_.-], at most 128)`);
    }
    const cacheScope = inputs.string('cache-scope');
    if (cacheScope && !SCOPE_RE.test(cacheScope)) {
        throw new action_io/* InputError */.dz('cache-scope', `"${cacheScope}" may only contain letters, digits, '_', '.', '-' and '/'`);
    }
    const shmSize = inputs.string('shm-size');
    if (shmSize && !SIZE_RE.test(shmSize)) {
        throw new action_io/* InputError */.dz('shm-size', `"${shmSize}" is not a size (allowed: a number with an optional unit b, k, m or g, e.g. 2g)`);
    }
    const ulimit = inputs.lines('ulimit');
    for (const limit of ulimit) {
        if (!ULIMIT_RE.test(limit))
            throw new action_io/* InputError */.dz('ulimit', `"${limit}" is not type=soft[:hard] (e.g. nofile=1024:1024)`);
    }
    return {
        context,
        file,
        dockerfile,
        target: inputs.string('target'),
        tags,
        labels: inputs.lines('labels'),
        annotations: inputs.lines('annotations'),
        buildArgs: inputs.lines('build-args'),
        buildContexts: inputs.lines('build-contexts'),
        platforms: readPlatforms(inputs),
        push: inputs.boolean('push', false),
        load: inputs.boolean('load', false),
        provenance: inputs.string('provenance'),
        sbom: inputs.string('sbom'),
        secrets: readSecrets(inputs.raw('secrets')),
        secretFiles: readSecretRefs(inputs, 'secret-files', 'ID=path', (v) => (0,external_node_path_.resolve)(workspace, v)),
        secretEnvs: readSecretRefs(inputs, 'secret-envs', 'ID=ENV_VAR', (v) => v),
        ssh: inputs.list('ssh'),
        builder: inputs.string('builder'),
        noCache: inputs.boolean('no-cache', false),
        pull: inputs.boolean('pull', false),
        outputs: inputs.lines('outputs'),
        network: inputs.string('network'),
        shmSize,
        ulimit,
        cacheFrom: inputs.lines('cache-from'),
        cacheTo: inputs.lines('cache-to'),
        images: inputs.list('images').map((name) => imageName(name)),
        tagRules: inputs.raw('tag-rules'),
        flavor: inputs.raw('flavor'),
        cache: readTiers(inputs),
        cacheScope,
        cacheRef,
        cacheMode: inputs.choice('cache-mode', ['max', 'min'], 'max'),
        cachePreviousTag,
        retries: inputs.integer('retries', 2, { min: 0, max: 10 }),
        builderSetup: inputs.choice('builder-setup', ['auto', 'false'], 'auto'),
    };
}
function reference(input, text, requireTag) {
    try {
        return (0,image_ref/* parseReference */.F2)(text, { requireTagOrDigest: requireTag });
    }
    catch (error) {
        if (error instanceof image_ref/* ReferenceError */.AF)
            throw new action_io/* InputError */.dz(input, error.message);
        throw error;
    }
}
function imageName(text) {
    try {
        return (0,image_ref/* parseImageName */["if"])(text);
    }
    catch (error) {
        if (error instanceof image_ref/* ReferenceError */.AF)
            throw new action_io/* InputError */.dz('images', error.message);
        throw error;
    }
}
/** The context must exist (unless remote) and the Dockerfile too; both are checked up front. */
function checkContextAndFile(context, file, workspace) {
    if (isRemoteContext(context))
        return file && file !== '-' ? (0,external_node_path_.resolve)(workspace, file) : '';
    const contextDir = (0,external_node_path_.resolve)(workspace, context);
    if (!(0,external_node_fs_.existsSync)(contextDir) || !(0,external_node_fs_.statSync)(contextDir).isDirectory()) {
        throw new action_io/* InputError */.dz('context', `"${context}" is not a directory (looked for ${contextDir})`);
    }
    if (file === '-')
        return '';
    // buildx resolves a relative `file` against the working directory, not the context.
    const dockerfile = file
        ? (0,external_node_path_.isAbsolute)(file)
            ? file
            : (0,external_node_path_.resolve)(workspace, file)
        : (0,external_node_path_.join)(contextDir, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(dockerfile) || !(0,external_node_fs_.statSync)(dockerfile).isFile()) {
        throw new action_io/* InputError */.dz('file', `Dockerfile "${file || (0,external_node_path_.join)(context, 'Dockerfile')}" not found (looked for ${dockerfile})`);
    }
    return dockerfile;
}
function readPlatforms(inputs) {
    const platforms = inputs.list('platforms');
    for (const platform of platforms) {
        if (!PLATFORM_RE.test(platform)) {
            throw new action_io/* InputError */.dz('platforms', `"${platform}" is not os/arch[/variant] (e.g. linux/amd64, linux/arm64/v8)`);
        }
    }
    return platforms;
}
function readTiers(inputs) {
    const words = inputs.list('cache').map((w) => w.toLowerCase());
    if (words.length === 0)
        return [...DEFAULT_TIERS];
    if (words.length === 1 && (words[0] === 'none' || words[0] === 'false'))
        return [];
    const tiers = [];
    for (const word of words) {
        const tier = CACHE_TIERS.find((t) => t === word);
        if (!tier)
            throw new action_io/* InputError */.dz('cache', `unknown tier "${word}" (allowed: ${CACHE_TIERS.join(', ')}, or none)`);
        if (!tiers.includes(tier))
            tiers.push(tier);
    }
    return tiers;
}


/***/ }),

/***/ 3828:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5886);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7188);
// Entry point of the build action (bundled to dist/build/index.js).




await (0,_packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runMain */ .VN)(async () => {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBuildInputs */ .qJ)(new _packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0(), workspace);
    const eventPath = process.env.GITHUB_EVENT_PATH;
    const event = eventPath && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(eventPath)
        ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'))
        : {};
    (0,_packages_action_io_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runBuild */ .c)(inputs, { env: process.env, workspace, event }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7188:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./packages/action-io/index.ts + 3 modules
var action_io = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/image-ref/index.ts
var image_ref = __nccwpck_require__(1668);
;// CONCATENATED MODULE: ./actions/build/argv.ts
/** Outputs that write files rather than an image: no image id and no provenance default. */
function writesFilesOnly(inputs) {
    return (!inputs.push &&
        !inputs.load &&
        inputs.outputs.length > 0 &&
        inputs.outputs.every((o) => /(^|,)type=(local|tar)(,|$)/.test(o) || (!o.includes('=') && o !== '-')));
}
/** True when the only image destination is the docker image store (--load or type=docker). */
function loadsOnly(inputs) {
    if (inputs.push || inputs.outputs.some((o) => /(^|,)(type=(registry|image|oci)|push=true)(,|$)/.test(o))) {
        return false;
    }
    return inputs.load || inputs.outputs.some((o) => /(^|,)type=docker(,|$)/.test(o));
}
/**
 * Provenance: `mode=min` unless set (not when the result only goes to the docker image store or
 * to files, where an attestation cannot be stored); `false` disables it; anything else is passed
 * to buildx as written.
 */
function provenanceArg(inputs, builderId) {
    if (inputs.provenance !== '')
        return inputs.provenance;
    if (loadsOnly(inputs) || writesFilesOnly(inputs))
        return undefined;
    return `mode=min,inline-only=true${builderId ? `,builder-id=${builderId}` : ''}`;
}
function buildxArgv(inputs, ctx) {
    const args = ['buildx', 'build'];
    const each = (flag, values) => values.forEach((v) => args.push(flag, v));
    each('--annotation', ctx.annotations);
    each('--build-arg', inputs.buildArgs);
    each('--build-context', inputs.buildContexts);
    each('--cache-from', ctx.cacheFrom);
    each('--cache-to', ctx.cacheTo);
    if (inputs.file)
        args.push('--file', inputs.file);
    if (!writesFilesOnly(inputs))
        args.push('--iidfile', ctx.iidFile);
    each('--label', ctx.labels);
    if (inputs.network)
        args.push('--network', inputs.network);
    if (inputs.noCache)
        args.push('--no-cache');
    each('--output', inputs.outputs);
    if (inputs.platforms.length > 0)
        args.push('--platform', inputs.platforms.join(','));
    const provenance = provenanceArg(inputs, ctx.builderId);
    if (provenance !== undefined)
        args.push('--provenance', provenance);
    if (inputs.sbom)
        args.push('--sbom', inputs.sbom);
    if (inputs.pull)
        args.push('--pull');
    each('--secret', ctx.secretFiles.map((s) => `id=${s.id},src=${s.path}`));
    each('--secret', inputs.secretFiles.map((s) => `id=${s.id},src=${s.source}`));
    each('--secret', inputs.secretEnvs.map((s) => `id=${s.id},env=${s.source}`));
    if (inputs.shmSize)
        args.push('--shm-size', inputs.shmSize);
    each('--ssh', inputs.ssh);
    each('--tag', ctx.tags);
    if (inputs.target)
        args.push('--target', inputs.target);
    each('--ulimit', inputs.ulimit);
    if (ctx.builder)
        args.push('--builder', ctx.builder);
    args.push('--metadata-file', ctx.metadataFile, '--progress=rawjson');
    if (inputs.load)
        args.push('--load');
    if (inputs.push)
        args.push('--push');
    args.push(inputs.context);
    return args;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./actions/build/cache-tiers.ts
// Cache tiers -> buildx --cache-from / --cache-to entries. Pure: the caller decides which tiers
// cannot work here (no gha runtime, a builder that cannot export) and passes that in.

/** Tiers that need the builder to export cache (the plain docker driver cannot). */
const EXPORTING_TIERS = ['gha', 'registry', 'local'];
const MAX_SCOPE = 100;
/** `ghcr.io/org/app` + target `api` + `linux/amd64` -> `org-app-api-linux-amd64`. */
function defaultScope(inputs, image) {
    const name = image
        ? image.repository.replace(/^library\//, '')
        : `${inputs.context}/${inputs.file || 'Dockerfile'}`;
    const parts = [name, inputs.target, ...[...inputs.platforms].sort()].filter((p) => p !== '');
    return scopeText(parts.join('-'));
}
/** Any text -> a scope that is also valid inside a tag; long ones keep a hash of the whole. */
function scopeText(text) {
    const clean = text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
    if (clean.length <= MAX_SCOPE)
        return clean || 'build';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
    return `${clean.slice(0, MAX_SCOPE - 9).replace(/-+$/, '')}-${hash}`;
}
function isEcrHost(registry) {
    return /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/i.test(registry);
}
/** True when the build produces an image that an inline cache can travel in. */
function exportsImage(inputs) {
    return (inputs.push ||
        inputs.load ||
        inputs.outputs.some((o) => /(^|,)type=(image|registry|docker|oci)(,|$)/.test(o)));
}
/** A bare `name:tag` cache entry means a registry cache, as buildx reads it. */
function normaliseEntry(entry) {
    return entry.includes('=') ? entry : `type=registry,ref=${entry}`;
}
/** Every cache export gets ignore-error=true: a failed export must not fail a pushed build. */
function tolerantCacheTo(entry) {
    const normal = normaliseEntry(entry);
    if (/(^|,)type=inline(,|$)/.test(normal) || /(^|,)ignore-error=/.test(normal))
        return normal;
    return `${normal},ignore-error=true`;
}
/** The scope in force: `cache-scope`, else derived from the first image, target and platforms. */
function cacheScope(inputs, images) {
    return inputs.cacheScope || defaultScope(inputs, images[0]);
}
function planCache(inputs, ctx) {
    const image = ctx.images[0];
    const scope = cacheScope(inputs, ctx.images);
    const ref = inputs.cacheRef || (image ? `${image.name}:${`buildcache-${scopeText(scope)}`.slice(0, 128)}` : '');
    const mode = inputs.cacheMode;
    const plan = { scope, ref, cacheFrom: [], cacheTo: [], tiers: [], skipped: [], notes: [] };
    for (const tier of inputs.cache) {
        const dropped = ctx.dropped?.[tier];
        if (dropped) {
            plan.skipped.push({ tier, reason: dropped });
            continue;
        }
        const use = tierEntries(tier, inputs, { scope, ref, mode, image, localDir: ctx.localDir }, plan);
        if (!use)
            continue;
        plan.tiers.push(use);
        if (use.from)
            plan.cacheFrom.push(use.from);
        if (use.to)
            plan.cacheTo.push(use.to);
    }
    plan.cacheFrom.push(...inputs.cacheFrom.map(normaliseEntry));
    if (ctx.dropUserCacheTo && inputs.cacheTo.length > 0) {
        plan.skipped.push({ tier: 'cache-to', reason: ctx.dropUserCacheTo });
    }
    else {
        plan.cacheTo.push(...inputs.cacheTo.map(tolerantCacheTo));
    }
    return plan;
}
function tierEntries(tier, inputs, s, plan) {
    const skip = (reason) => {
        plan.skipped.push({ tier, reason });
        return undefined;
    };
    switch (tier) {
        case 'gha':
            return {
                tier,
                from: `type=gha,scope=${s.scope}`,
                to: `type=gha,scope=${s.scope},mode=${s.mode},ignore-error=true`,
            };
        case 'registry': {
            if (!s.ref)
                return skip('no image to store the cache beside (set images, tags or cache-ref)');
            const registry = s.ref.split('/')[0];
            const ecr = isEcrHost(registry) ? ',image-manifest=true,oci-mediatypes=true' : '';
            return {
                tier,
                from: `type=registry,ref=${s.ref}`,
                to: `type=registry,ref=${s.ref},mode=${s.mode},ignore-error=true${ecr}`,
            };
        }
        case 'previous':
            if (!s.image)
                return skip('no image to take the previous tag of (set images or tags)');
            return { tier, from: `type=registry,ref=${s.image.name}:${inputs.cachePreviousTag}` };
        case 'inline':
            if (!exportsImage(inputs))
                return skip('the build exports no image to carry an inline cache (push or load)');
            if (s.mode === 'max') {
                plan.notes.push('inline cache supports mode=min only: it carries the final stage; other tiers keep mode=max');
            }
            return { tier, to: 'type=inline' };
        case 'local':
            if (!s.localDir)
                return skip('no local cache directory');
            return {
                tier,
                from: `type=local,src=${s.localDir.src}`,
                to: `type=local,dest=${s.localDir.dest},mode=${s.mode},ignore-error=true`,
            };
    }
}

;// CONCATENATED MODULE: ./actions/build/build-plan.ts
// Composes the pure pieces: resolved tags -> image names -> cache plan -> buildx argv. The runtime
// and the unit tests go through this same function.



/** Distinct image names of a tag list, in order (`a/b:1`, `a/b:2` -> `a/b`). */
function imagesOfTags(tags) {
    const seen = new Map();
    for (const tag of tags) {
        const { registry, repository, name } = (0,image_ref/* parseReference */.F2)(tag, { requireTagOrDigest: false });
        if (!seen.has(name))
            seen.set(name, { registry, repository, name });
    }
    return [...seen.values()];
}
function planBuild(inputs, resolved) {
    const images = resolved.tags.length > 0 ? imagesOfTags(resolved.tags) : inputs.images;
    const cache = planCache(inputs, {
        images,
        localDir: resolved.localDir,
        dropped: resolved.dropped,
        dropUserCacheTo: resolved.dropUserCacheTo,
    });
    const argv = buildxArgv(inputs, { ...resolved, cacheFrom: cache.cacheFrom, cacheTo: cache.cacheTo });
    return { images, cache, argv };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
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

;// CONCATENATED MODULE: ./actions/build/progress.ts
// Reads buildx's --progress=rawjson stream (one JSON SolveStatus per line) into readable log
// lines like the plain progress output, and counts cached build steps.
//
// Which vertices count for the cache-hit ratio: the Dockerfile's own steps, i.e. vertices named
// `[stage n/m] INSTRUCTION` (RUN, COPY, WORKDIR, ...; `[linux/arm64 stage n/m]` for multi-platform
// builds), each distinct vertex once. Not counted: FROM (fetching the base image is not work a
// cache tier stores; a base image already on the machine shows as CACHED even in a cold build)
// and internal vertices (loading the Dockerfile and context, resolving image metadata,
// importing/exporting cache, pushing).
const STEP_RE = /^\[[^\]]*?\b\d+\/\d+\]\s+(\S+)/;
function isStepVertex(name) {
    const match = STEP_RE.exec(name);
    return match !== null && match[1].toUpperCase() !== 'FROM';
}
class ProgressReader {
    log;
    vertices = new Map();
    plain = [];
    recent = [];
    pending = [];
    depth = 0;
    shown = 0;
    inString = false;
    constructor(log = () => undefined) {
        this.log = log;
    }
    /**
     * One line of buildx output. buildx 0.13 prints each status as indented JSON over many lines
     * (newer ones print one per line): lines are gathered until the object's braces balance.
     * Lines outside any object (buildx's own messages, e.g. the final ERROR) are kept as they are.
     */
    line(text) {
        if (this.pending.length === 0) {
            const trimmed = text.trim();
            if (trimmed === '')
                return;
            if (!trimmed.startsWith('{')) {
                this.plain.push(trimmed);
                this.emit(trimmed);
                return;
            }
        }
        this.pending.push(text);
        [this.depth, this.inString] = braceDepth(text, this.depth, this.inString);
        if (this.depth > 0)
            return;
        const json = this.pending.join('\n');
        this.pending = [];
        this.depth = 0;
        this.inString = false;
        let status;
        try {
            status = JSON.parse(json);
        }
        catch {
            for (const line of json.split('\n')) {
                this.plain.push(line.trim());
                this.emit(line.trim());
            }
            return;
        }
        for (const vertex of status.vertexes ?? [])
            this.vertex(vertex);
        for (const log of status.logs ?? [])
            this.logData(log);
        for (const warning of status.warnings ?? []) {
            if (warning.short)
                this.emit(`WARNING: ${decode(warning.short).trim()}`);
        }
    }
    /** Flushes an unfinished object (a stream cut short) as plain text. */
    end() {
        const rest = this.pending.join('\n').trim();
        this.pending = [];
        this.depth = 0;
        if (rest) {
            this.plain.push(rest);
            this.emit(rest);
        }
    }
    vertex(v) {
        let state = this.vertices.get(v.digest);
        if (!state) {
            if (!v.name)
                return;
            state = { id: 0, name: v.name, step: isStepVertex(v.name), cached: false, done: false, partial: '' };
            this.vertices.set(v.digest, state);
        }
        // buildx lists the whole graph up front; a vertex is shown once it starts (as plain does).
        if (v.started || v.cached || v.error)
            this.show(state);
        if (v.cached && !state.cached) {
            state.cached = true;
            this.emit(`#${state.id} CACHED`);
        }
        if (v.error && state.error === undefined) {
            state.error = v.error;
            this.flush(state);
            this.emit(`#${state.id} ERROR: ${v.error}`);
        }
        else if (v.completed && !state.done && !state.cached) {
            state.done = true;
            this.flush(state);
            const seconds = v.started ? (Date.parse(v.completed) - Date.parse(v.started)) / 1000 : undefined;
            this.emit(`#${state.id} DONE${seconds !== undefined && seconds >= 0 ? ` ${seconds.toFixed(1)}s` : ''}`);
        }
    }
    show(state) {
        if (state.id !== 0)
            return;
        state.id = ++this.shown;
        this.emit(`#${state.id} ${state.name}`);
    }
    logData(log) {
        const state = this.vertices.get(log.vertex);
        if (!state || !log.data)
            return;
        this.show(state);
        const lines = (state.partial + decode(log.data)).split(/\r?\n/);
        state.partial = lines.pop() ?? '';
        for (const line of lines)
            this.emit(`#${state.id} ${line}`);
    }
    flush(state) {
        if (state.partial)
            this.emit(`#${state.id} ${state.partial}`);
        state.partial = '';
    }
    emit(line) {
        this.recent.push(line);
        if (this.recent.length > 200)
            this.recent.splice(0, this.recent.length - 200);
        this.log(line);
    }
    stats() {
        const steps = [...this.vertices.values()].filter((v) => v.step);
        const cached = steps.filter((v) => v.cached);
        return {
            steps: steps.length,
            cached: cached.length,
            ratio: steps.length === 0 ? 0 : Math.round((cached.length / steps.length) * 1000) / 1000,
            cachedNames: cached.map((v) => v.name),
            builtNames: steps.filter((v) => !v.cached).map((v) => v.name),
        };
    }
    /** Vertex errors: a build step's error is a Dockerfile/build failure, never retried. */
    errors() {
        return [...this.vertices.values()]
            .filter((v) => v.error !== undefined)
            .map((v) => ({ name: v.name, step: v.step, error: v.error }));
    }
    /** Output that was not a progress record (buildx's own messages, e.g. the final ERROR). */
    plainLines() {
        return [...this.plain];
    }
    /** The last readable lines, for the job summary of a failed build. */
    tail(count) {
        return this.recent.slice(-count);
    }
}
/** Brace depth after `text`, given the depth (and whether inside a JSON string) before it. */
function braceDepth(text, depth, inString) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
    }
    return [depth, inString];
}
function decode(data) {
    return Buffer.from(data, 'base64').toString('utf8');
}

;// CONCATENATED MODULE: ./actions/build/retry.ts
// Which failed builds are worth running again: only transient registry or network trouble seen
// in buildx's error output, and never when a build step or the Dockerfile itself failed (running
// those again wastes minutes and fails the same way).
const TRANSIENT = [
    [/\b(?:status|response|code)\b[^\n]{0,80}?\b(5\d\d)\b/i, 'HTTP 5xx'],
    [/\b(5\d\d) (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/i, 'HTTP 5xx'],
    [/\b429\b|Too Many Requests|toomanyrequests/i, 'HTTP 429'],
    [/connection reset by peer/i, 'connection reset'],
    // What a reset looks like when it hits a request that is still being written.
    [/use of closed network connection/i, 'connection reset'],
    [/i\/o timeout/i, 'i/o timeout'],
    [/TLS handshake timeout/i, 'TLS handshake timeout'],
    [/unexpected EOF/i, 'unexpected EOF'],
    // Go's io.EOF from a connection the server dropped: `Put "https://...": EOF`.
    [/"[^"\n]*":\s*EOF\b/, 'connection closed (EOF)'],
    [/\bbroken pipe\b/i, 'broken pipe'],
];
const BUILD_ERROR = [
    /dockerfile parse error/i,
    /failed to (?:read|parse) dockerfile/i,
    /unknown instruction/i,
    /Syntax error/i,
    /did not complete successfully: exit code/i,
    /failed to compute cache key/i,
    /failed to calculate checksum/i,
    /target stage "[^"]*" could not be found/i,
];
function classifyFailure(info) {
    if (info.stepFailed)
        return { retry: false, reason: 'a build step failed' };
    const text = info.messages.join('\n');
    if (BUILD_ERROR.some((re) => re.test(text)))
        return { retry: false, reason: 'the Dockerfile or build failed' };
    for (const [re, cause] of TRANSIENT)
        if (re.test(text))
            return { retry: true, cause };
    return { retry: false, reason: 'the error is not a known transient registry or network error' };
}
/** Seconds to wait before attempt `n` (1-based retry number): 2, 4, 8, ... at most 30. */
function retryDelaySeconds(retry, base = 2) {
    return Math.min(30, base * 2 ** (retry - 1));
}

;// CONCATENATED MODULE: ./actions/build/build-loop.ts
// Runs `docker buildx build` (argv array, never a shell), streams the rawjson progress into the
// log, and runs it again only after a transient registry/network error.





/** A failed build, with the progress of its last attempt for the summary. */
class BuildFailure extends action_io/* ActionError */.lZ {
    reader;
    attempts;
    seconds;
    constructor(message, reader, attempts, seconds) {
        super(message);
        this.reader = reader;
        this.attempts = attempts;
        this.seconds = seconds;
    }
}
/** The most telling line of a failure: buildx's final ERROR line, else the last vertex error. */
function failureMessage(reader, exitCode) {
    const plain = reader.plainLines();
    const errorLine = [...plain].reverse().find((l) => /^(ERROR|error):?\s/.test(l));
    if (errorLine)
        return errorLine.replace(/^(ERROR|error):?\s*/, '');
    const vertexError = reader.errors().slice(-1)[0];
    if (vertexError)
        return `${vertexError.name}: ${vertexError.error}`;
    return plain.slice(-1)[0] ?? `buildx exited with code ${exitCode}`;
}
/**
 * Errors in a build that succeeded were ignored by buildx (ignore-error=true on a cache export, a
 * cache to import that is not there yet): say so, or a cache that never gets written goes unnoticed.
 */
function warnIgnoredErrors(reader) {
    for (const { name, error } of reader.errors()) {
        if (/^importing cache/i.test(name)) {
            if (/not found|manifest unknown|name unknown/i.test(error))
                action_io/* core.info */.I8.info((0,action_io/* neutralize */.YI)(`no cache there yet (${name})`));
            else
                action_io/* core.warning */.I8.warning((0,action_io/* neutralize */.YI)(`cache import failed (ignored): ${name}: ${error}`));
        }
        else if (/cache/i.test(name)) {
            action_io/* core.warning */.I8.warning((0,action_io/* neutralize */.YI)(`cache export failed (ignored): ${name}: ${error}`));
        }
        else {
            action_io/* core.warning */.I8.warning((0,action_io/* neutralize */.YI)(`${name} failed, and the build went on: ${error}`));
        }
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function buildWithRetries(opts) {
    // buildx's output and our argv carry build-args, labels and whatever a Dockerfile RUN prints:
    // every line is neutralised so none of it can act as a workflow command.
    const log = opts.log ?? ((line) => action_io/* core.info */.I8.info((0,action_io/* neutralize */.YI)(line)));
    const sleep = opts.sleep ?? defaultSleep;
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        const reader = new ProgressReader(log);
        (0,external_node_fs_.rmSync)(opts.metadataFile, { force: true });
        const title = attempt === 1 ? 'docker buildx build' : `docker buildx build (attempt ${attempt})`;
        const result = await action_io/* core.group */.I8.group(title, async () => {
            log(`docker ${opts.argv.join(' ')}`);
            return run('docker', opts.argv, {
                env: opts.env,
                cwd: opts.cwd,
                capture: false,
                onStdoutLine: (line) => reader.line(line),
                onStderrLine: (line) => reader.line(line),
            });
        });
        reader.end();
        const seconds = (Date.now() - started) / 1000;
        if (result.exitCode === 0) {
            warnIgnoredErrors(reader);
            return { reader, attempts: attempt, seconds };
        }
        const errors = reader.errors();
        const verdict = classifyFailure({
            messages: [...reader.plainLines(), ...errors.map((e) => e.error)],
            stepFailed: errors.some((e) => e.step),
        });
        const message = failureMessage(reader, result.exitCode);
        if (verdict.retry && attempt <= opts.retries) {
            const delay = retryDelaySeconds(attempt);
            action_io/* core.warning */.I8.warning((0,action_io/* neutralize */.YI)(`buildx build failed with a transient error (${verdict.cause}): ${message}. Retrying in ${delay} s (retry ${attempt} of ${opts.retries})`));
            await sleep(delay * 1000);
            continue;
        }
        const why = verdict.retry
            ? ` (gave up after ${attempt} attempts)`
            : opts.retries > 0
                ? ` (not retried: ${verdict.reason})`
                : '';
        throw new BuildFailure(`docker buildx build failed: ${message}${why}`, reader, attempt, seconds);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./actions/build/buildx.ts
// Finding buildx and a builder that can do what the cache tiers ask. The decisions are pure
// functions; the small async wrappers run `docker` through packages/exec.




/** --progress=rawjson and --annotation arrived in buildx 0.12. */
const MIN_BUILDX = '0.12.0';
/** The GitHub cache service v2 (the only one on github.com since 2025-04-15) needs buildx 0.21. */
const MIN_BUILDX_GHA_V2 = '0.21.0';
const SETUP_BUILDER_NAME = 'docker-pipeline-actions';
function dockerCli(env, cwd) {
    return async (args) => {
        try {
            return await run('docker', args, { env, cwd });
        }
        catch (error) {
            if (error instanceof SpawnError && error.code === 'ENOENT') {
                throw new action_io/* ActionError */.lZ('docker was not found on PATH: this action needs the Docker CLI with the buildx plugin');
            }
            throw error;
        }
    };
}
/** `github.com/docker/buildx v0.20.1 abc` or Debian's `... 0.20.1+ds1 ...` -> `0.20.1`. */
function parseBuildxVersion(output) {
    const match = /\bv?(\d+\.\d+\.\d+)(?:[-+][\w.~-]*)?/.exec(output);
    return match ? match[1] : undefined;
}
/** The buildx version, checked; and the builder, inspected at the same time. */
async function detectBuildxAndBuilder(docker, builder) {
    const [version, info] = await Promise.allSettled([detectBuildx(docker), inspectBuilder(docker, builder)]);
    // A missing or old buildx explains everything else: report it first.
    if (version.status === 'rejected')
        throw version.reason;
    if (info.status === 'rejected')
        throw info.reason;
    return [version.value, info.value];
}
async function detectBuildx(docker) {
    const result = await docker(['buildx', 'version']);
    const version = result.exitCode === 0 ? parseBuildxVersion(result.stdout) : undefined;
    if (!version) {
        const detail = (result.stderr || result.stdout).trim().split('\n').slice(-1)[0] ?? '';
        throw new action_io/* ActionError */.lZ(`docker buildx is not available (${detail || `exit code ${result.exitCode}`}): this action needs the buildx plugin ${MIN_BUILDX} or newer (docker/setup-buildx-action installs it)`);
    }
    if (semver_default().lt(version, MIN_BUILDX)) {
        throw new action_io/* ActionError */.lZ(`docker buildx ${version} is too old: this action needs ${MIN_BUILDX} or newer (for --progress=rawjson); docker/setup-buildx-action installs a current one`);
    }
    return version;
}
/** Reads `Name:` and `Driver:` from `docker buildx inspect` (the first of each: the builder's). */
function parseInspect(output) {
    const name = /^Name:\s*(\S+)/m.exec(output)?.[1];
    const driver = /^Driver:\s*(\S+)/m.exec(output)?.[1];
    return name && driver ? { name, driver } : undefined;
}
/**
 * True when `docker buildx inspect` shows a docker-driver builder backed by the containerd image
 * store: dockerd then runs BuildKit's containerd worker (`worker.executor: containerd`, with a
 * `worker.containerd.namespace`), which can export cache.
 */
function inspectShowsContainerdStore(output) {
    return /org\.mobyproject\.buildkit\.worker\.executor:\s*containerd\b/.test(output);
}
async function inspectBuilder(docker, builder) {
    const result = await docker(['buildx', 'inspect', ...(builder ? [builder] : [])]);
    const info = result.exitCode === 0 ? parseInspect(result.stdout) : undefined;
    if (!info) {
        throw new action_io/* ActionError */.lZ(`builder ${builder ? `"${builder}"` : '(the active one)'} cannot be inspected: ${(result.stderr || result.stdout).trim()}`);
    }
    if (info.driver !== 'docker')
        return { ...info, containerdStore: false };
    // Each docker CLI call costs 50-300 ms of the action's own overhead: ask the daemon only when
    // the builder's labels do not already say.
    if (inspectShowsContainerdStore(result.stdout))
        return { ...info, containerdStore: true };
    const status = await docker(['info', '--format', '{{json .DriverStatus}}']);
    return {
        ...info,
        containerdStore: status.exitCode === 0 && status.stdout.includes('io.containerd.snapshotter'),
    };
}
/**
 * The plain docker driver cannot export cache (gha, registry, local, any --cache-to but inline)
 * unless the daemon uses the containerd image store. `auto` then creates a docker-container
 * builder; `false` drops what cannot work, with a warning naming it.
 */
function decideBuilder(info, wanted, setup) {
    if (info.driver !== 'docker' || info.containerdStore)
        return { kind: 'use' };
    const tiers = wanted.tiers.filter((t) => EXPORTING_TIERS.includes(t));
    const userCacheTo = wanted.userCacheTo.some((e) => !/(^|,)type=inline(,|$)/.test(e));
    if (tiers.length === 0 && !userCacheTo)
        return { kind: 'use' };
    const reason = `builder "${info.name}" uses the docker driver without the containerd image store, which cannot export cache`;
    if (setup === 'auto')
        return { kind: 'create', reason };
    return { kind: 'drop', tiers, userCacheTo, reason };
}
/** Creates (or reuses) a docker-container builder and starts it; returns its name. */
async function setupBuilder(docker, log) {
    const existing = await docker(['buildx', 'inspect', SETUP_BUILDER_NAME]);
    const info = existing.exitCode === 0 ? parseInspect(existing.stdout) : undefined;
    if (info?.driver !== 'docker-container') {
        if (info)
            await docker(['buildx', 'rm', SETUP_BUILDER_NAME]);
        log(`creating docker-container builder "${SETUP_BUILDER_NAME}"`);
        // host networking: the builder reaches registries the way the runner does (also on localhost).
        const created = await docker([
            'buildx',
            'create',
            '--name',
            SETUP_BUILDER_NAME,
            '--driver',
            'docker-container',
            '--driver-opt',
            'network=host',
        ]);
        if (created.exitCode !== 0)
            throw setupFailed(created);
    }
    const boot = await docker(['buildx', 'inspect', '--bootstrap', SETUP_BUILDER_NAME]);
    if (boot.exitCode !== 0)
        throw setupFailed(boot);
    return SETUP_BUILDER_NAME;
}
function setupFailed(result) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
    return new action_io/* ActionError */.lZ(`builder-setup: auto could not start a docker-container builder (${tail}). Set one up with docker/setup-buildx-action and pass it as builder, enable the containerd image store, or set builder-setup: false to build without exporting cache`);
}
/**
 * Whether buildx will find the GitHub cache service: it reads ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_CACHE_URL (v1) or ACTIONS_RESULTS_URL (v2, with ACTIONS_CACHE_SERVICE_V2) from its own
 * environment and silently skips a gha entry without them.
 */
function ghaProblem(env, buildxVersion) {
    const missing = (name) => `gha cache inactive: ${name} is not set (the runner gives it to JavaScript actions such as this one, not to run: or composite steps); building without the gha tier`;
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return missing('ACTIONS_RUNTIME_TOKEN');
    const v2 = ['true', '1'].includes((env.ACTIONS_CACHE_SERVICE_V2 ?? '').toLowerCase());
    if (v2) {
        if (!env.ACTIONS_RESULTS_URL)
            return missing('ACTIONS_RESULTS_URL');
        if (semver_default().lt(buildxVersion, MIN_BUILDX_GHA_V2)) {
            return `gha cache inactive: the GitHub cache service v2 needs buildx ${MIN_BUILDX_GHA_V2} or newer (found ${buildxVersion}); building without the gha tier`;
        }
        return undefined;
    }
    if (!env.ACTIONS_CACHE_URL)
        return missing('ACTIONS_CACHE_URL');
    return undefined;
}

// EXTERNAL MODULE: ./actions/build/inputs.ts + 1 modules
var build_inputs = __nccwpck_require__(5886);
;// CONCATENATED MODULE: ./actions/build/local-cache.ts
// The `local` tier: a type=local cache directory that travels between jobs with @actions/cache.
// buildx never prunes a local cache it appends to, so each build writes a fresh directory
// (`dest`) from what it used, which then replaces the old one: the saved cache stays the size of
// one build. @actions/cache is heavy and only some runs need it: it is imported lazily.



const LOCK_FILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'pdm.lock',
    'requirements.txt',
    'go.sum',
    'Cargo.lock',
    'Gemfile.lock',
    'composer.lock',
    'mix.lock',
    'pubspec.lock',
    'gradle.lockfile',
    'packages.lock.json',
];
/** Key: scope + hash of the Dockerfile and the lock files at the top of the context. */
function localCacheKey(scope, dockerfile, contextDir) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const files = [dockerfile, ...(contextDir ? LOCK_FILES.map((f) => (0,external_node_path_.join)(contextDir, f)) : [])];
    for (const file of files) {
        if (file && (0,external_node_fs_.existsSync)(file))
            hash.update(`${file}\0`).update((0,external_node_fs_.readFileSync)(file)).update('\0');
    }
    return `buildx-local-${scope}-${hash.digest('hex').slice(0, 16)}`;
}
function localCachePlan(runnerTemp, scope, dockerfile, contextDir) {
    const safe = scope.replace(/[^A-Za-z0-9_.-]+/g, '-');
    const src = (0,external_node_path_.join)(runnerTemp, `buildx-cache-${safe}`);
    const key = localCacheKey(scope, dockerfile, contextDir);
    return { src, dest: `${src}-new`, key, restoreKeys: [`buildx-local-${scope}-`] };
}
/** Replaces the old cache directory with the one this build wrote (if it wrote one). */
function rotateLocalCache(cache) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(cache.dest, 'index.json')))
        return false;
    (0,external_node_fs_.rmSync)(cache.src, { recursive: true, force: true });
    (0,external_node_fs_.renameSync)(cache.dest, cache.src);
    return true;
}
/** Restores the directory; returns the key it came from, or undefined (cold, or no service). */
async function restoreLocalCache(cache, warn) {
    const actionsCache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
    if (!actionsCache.isFeatureAvailable()) {
        warn('local cache: the GitHub cache service is not available here; the directory only lives for this job');
        return undefined;
    }
    try {
        return await actionsCache.restoreCache([cache.src], cache.key, cache.restoreKeys);
    }
    catch (error) {
        warn(`local cache: restore failed (${error.message}); building without it`);
        return undefined;
    }
}
async function saveLocalCache(cache, restoredKey, warn) {
    if (restoredKey === cache.key)
        return false; // the same inputs were saved already
    const actionsCache = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 4305));
    if (!actionsCache.isFeatureAvailable())
        return false;
    try {
        await actionsCache.saveCache([cache.src], cache.key);
        return true;
    }
    catch (error) {
        warn(`local cache: save failed (${error.message})`);
        return false;
    }
}

;// CONCATENATED MODULE: ./actions/build/result.ts
// What a finished build produced, read from buildx's metadata and iid files.
//
// Digest semantics: `containerimage.digest` is the digest of what was exported: with push, the
// manifest (or, for several platforms or with attestations, the index) now in the registry, equal
// to its Docker-Content-Digest. With only load (docker exporter) it is the image's digest in the
// local store, which a later `docker push` may change (compression is redone), so image-refs are
// written only for pushed builds. With neither push nor load, the docker driver still stores the
// image in the engine (a digest, local only); other drivers keep the result in the build cache
// only, and the digest is empty.

function readBuildResult(files, images, pushed) {
    let metadata = {};
    if ((0,external_node_fs_.existsSync)(files.metadataFile)) {
        const text = (0,external_node_fs_.readFileSync)(files.metadataFile, 'utf8').trim();
        if (text)
            metadata = JSON.parse(text);
    }
    const digest = typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : '';
    const iid = (0,external_node_fs_.existsSync)(files.iidFile) ? (0,external_node_fs_.readFileSync)(files.iidFile, 'utf8').trim() : '';
    const configDigest = metadata['containerimage.config.digest'];
    const imageId = iid || (typeof configDigest === 'string' ? configDigest : '');
    const imageRefs = pushed && digest ? images.map((image) => `${image.name}@${digest}`) : [];
    return { digest, imageId, metadata, imageRefs };
}

;// CONCATENATED MODULE: ./actions/build/summary.ts
// The job summary: what was built and pushed, which cache tiers were read and written, how much
// was cached, how long it took; on failure the last lines of the error.

const code = (text) => `<code>${summary_escape(text)}</code>`;
function summary_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
async function writeSummary(data) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const s = action_io/* core.summary */.I8.summary;
    s.addHeading(data.failure ? 'Docker build failed' : 'Docker build', 3);
    const rows = [
        ['Images', data.images.map(code).join('<br>') || '(none)'],
        ['Tags', data.tags.map(code).join('<br>') || '(none)'],
        ['Digest', data.digest ? code(data.digest) : '(none)'],
        ['Platforms', data.platforms.join(', ') || 'builder default'],
        ['Builder', data.builder || 'active builder'],
    ];
    if (data.cache) {
        const read = data.cache.tiers.filter((t) => t.from).map((t) => t.tier);
        const written = data.cache.tiers.filter((t) => t.to).map((t) => t.tier);
        rows.push(['Cache scope', code(data.cache.scope)]);
        rows.push(['Cache read from', read.join(', ') || '(none)']);
        rows.push(['Cache written to', written.join(', ') || '(none)']);
        for (const skip of data.cache.skipped)
            rows.push([`Skipped: ${skip.tier}`, summary_escape(skip.reason)]);
    }
    if (data.stats) {
        rows.push([
            'Cache hits',
            `${data.stats.cached} of ${data.stats.steps} steps (ratio ${data.stats.ratio.toFixed(2)})`,
        ]);
    }
    rows.push([
        'Duration',
        `${data.seconds.toFixed(1)} s${data.attempts > 1 ? ` (${data.attempts} attempts)` : ''}`,
    ]);
    s.addTable([
        [
            { data: 'What', header: true },
            { data: 'Value', header: true },
        ],
        ...rows.map(([k, v]) => [k, v]),
    ]);
    if (data.imageRefs.length > 0)
        s.addRaw(`\n**Image references**\n\n${data.imageRefs.map((r) => `- \`${r}\``).join('\n')}\n`);
    if (data.failure) {
        s.addRaw(`\n**Error:** ${summary_escape(data.failure.message)}\n`);
        if (data.failure.tail.length > 0)
            s.addCodeBlock(data.failure.tail.join('\n'));
    }
    await s.write();
}

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

// EXTERNAL MODULE: ./packages/action-io/inputs.ts
var inputs = __nccwpck_require__(6279);
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

;// CONCATENATED MODULE: ./packages/image-tags/images.ts
// The `images` input: image names without tag or digest, lower-cased (`ghcr.io/Org/Repo/api`
// becomes `ghcr.io/org/repo/api`), duplicates dropped.


function parseImages(names) {
    if (names.length === 0)
        throw new inputs/* InputError */.dz('images', 'needs at least one image name (one per line or comma-separated)');
    const images = [];
    for (const name of names) {
        try {
            const { name: normalised } = (0,image_ref/* parseImageName */["if"])(name);
            if (!images.includes(normalised))
                images.push(normalised);
        }
        catch (error) {
            if (error instanceof image_ref/* ReferenceError */.AF)
                throw new inputs/* InputError */.dz('images', error.message);
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
            throw new inputs/* InputError */.dz(input, `"${line}" is not a key=value entry (one per line, the key without spaces)`);
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
        const value = (0,image_ref/* sanitizeTag */.iP)(decorate(result.core, rule, flavor, scope));
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
        const name = (0,image_ref/* sanitizeTag */.iP)(`${flavor.prefixLatest ? expand(flavor.prefix, scope) : ''}latest${flavor.suffixLatest ? expand(flavor.suffix, scope) : ''}`);
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

;// CONCATENATED MODULE: ./actions/build/tags.ts
// Tags and labels: the `tags` input as given, or, when it is empty, computed in-process from
// `images` + `tag-rules` + `flavor` by the same engine as compute-sha-tags (one step instead of two).


function resolveTags(inputs, env, event) {
    if (inputs.tags.length > 0 || inputs.images.length === 0) {
        if (inputs.push && inputs.tags.length === 0 && !inputs.outputs.some((o) => /(^|,)name=/.test(o))) {
            throw new action_io/* InputError */.dz('tags', 'push: true needs tags, or images to compute them from');
        }
        return {
            tags: inputs.tags,
            labels: inputs.labels,
            source: inputs.tags.length > 0 ? 'tags' : 'none',
            notices: [],
            warnings: [],
        };
    }
    const created = buildDate(env);
    if (typeof created === 'string')
        throw new action_io/* InputError */.dz('SOURCE_DATE_EPOCH', created);
    try {
        const ctx = readGitContext(env, event, { prHeadSha: true });
        const meta = computeImageMetadata({
            images: inputs.images.map((i) => i.name),
            tagRules: inputs.tagRules,
            flavor: inputs.flavor,
            shaLength: SHA_LENGTH.default,
            labels: inputs.labels,
            annotations: [],
            created,
        }, ctx);
        if (inputs.push && meta.tags.length === 0) {
            throw new action_io/* InputError */.dz('tag-rules', `no rule produced a tag for this ${ctx.eventName || 'event'}; nothing to push`);
        }
        return {
            tags: meta.tags,
            labels: meta.labels,
            source: 'images',
            notices: meta.notices,
            warnings: meta.warnings,
        };
    }
    catch (error) {
        // The engine names compute-sha-tags' input `tags`; here the rules live in `tag-rules`.
        if (error instanceof action_io/* InputError */.dz && error.input === 'tags')
            throw new action_io/* InputError */.dz('tag-rules', error.problem);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./actions/build/workdir.ts
// The step's private temp directory under RUNNER_TEMP: metadata and iid files, and `secrets`
// written as 0600 files. It is removed when the step ends, also on failure or cancellation.




/** Registers every secret (and each of its lines: logs are masked line by line) with the runner. */
function maskSecrets(secrets) {
    for (const { value } of secrets) {
        if (value.trim() === '')
            continue;
        action_io/* core.setSecret */.I8.setSecret(value);
        for (const line of value.split(/\r?\n/))
            if (line.trim().length > 3 && line !== value)
                action_io/* core.setSecret */.I8.setSecret(line);
    }
}
function createWorkDir(runnerTemp, secrets) {
    const root = runnerTemp || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, 'dpa-build-'));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    let removed = false;
    const remove = () => {
        if (removed)
            return;
        removed = true;
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
    // A cancelled job sends SIGINT then SIGTERM: take the secret files with us.
    const onSignal = (signal) => {
        remove();
        process.kill(process.pid, signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const secretDir = (0,external_node_path_.join)(dir, 'secrets');
    (0,external_node_fs_.mkdirSync)(secretDir, { mode: 0o700 });
    const secretFiles = secrets.map(({ id, value }, index) => {
        const path = (0,external_node_path_.join)(secretDir, `${index}-${id}`);
        (0,external_node_fs_.writeFileSync)(path, value, { mode: 0o600 });
        return { id, path };
    });
    return { dir, metadataFile: (0,external_node_path_.join)(dir, 'metadata.json'), iidFile: (0,external_node_path_.join)(dir, 'iid'), secretFiles, remove };
}

;// CONCATENATED MODULE: ./actions/build/run.ts
// The build action's work, in order: tags -> buildx and builder checks -> cache plan -> build
// (with retries) -> outputs, local cache rotation and the job summary. Everything it needs comes
// in as arguments (inputs, environment, event), so tests can drive it directly.












async function runBuild(inputs, environment) {
    const { env, workspace } = environment;
    // Everything that can be wrong with the inputs fails here, before docker is touched.
    const tags = resolveTags(inputs, env, environment.event);
    tags.notices.forEach((n) => action_io/* core.info */.I8.info((0,action_io/* neutralize */.YI)(n)));
    tags.warnings.forEach((w) => action_io/* core.warning */.I8.warning(w));
    maskSecrets(inputs.secrets);
    const images = tags.tags.length > 0 ? imagesOfTags(tags.tags) : inputs.images;
    const pushed = inputs.push || inputs.outputs.some((o) => /(^|,)push=true(,|$)/.test(o));
    const summary = {
        images: images.map((i) => i.name),
        tags: tags.tags,
        platforms: inputs.platforms,
        digest: '',
        imageRefs: [],
        seconds: 0,
        attempts: 0,
        builder: inputs.builder,
    };
    const work = createWorkDir(env.RUNNER_TEMP, inputs.secrets);
    try {
        const docker = dockerCli(env, workspace);
        const dropped = {};
        let dropUserCacheTo;
        let builder = inputs.builder;
        const buildxVersion = await action_io/* core.group */.I8.group('Buildx and builder', async () => {
            const [version, info] = await detectBuildxAndBuilder(docker, inputs.builder);
            action_io/* core.info */.I8.info(`buildx ${version}`);
            action_io/* core.info */.I8.info(`builder "${info.name}": driver ${info.driver}${info.driver === 'docker' ? `, containerd image store ${info.containerdStore ? 'on' : 'off'}` : ''}`);
            const decision = decideBuilder(info, { tiers: inputs.cache, userCacheTo: inputs.cacheTo }, inputs.builderSetup);
            if (decision.kind === 'create') {
                action_io/* core.info */.I8.info(`${decision.reason}: builder-setup is auto, so a docker-container builder is used`);
                builder = await setupBuilder(docker, (line) => action_io/* core.info */.I8.info(line));
            }
            else if (decision.kind === 'drop') {
                const what = [...decision.tiers, ...(decision.userCacheTo ? ['cache-to'] : [])].join(', ');
                action_io/* core.warning */.I8.warning(`${decision.reason}; builder-setup is false, so these cache exports are dropped: ${what}`);
                for (const tier of decision.tiers)
                    dropped[tier] = `${decision.reason} (builder-setup: false)`;
                if (decision.userCacheTo)
                    dropUserCacheTo = `${decision.reason} (builder-setup: false)`;
            }
            return version;
        });
        summary.builder = builder;
        if (inputs.cache.includes('gha') && !dropped.gha) {
            const problem = ghaProblem(env, buildxVersion);
            if (problem) {
                action_io/* core.warning */.I8.warning(problem);
                dropped.gha = problem;
            }
        }
        let local;
        let restoredKey;
        if (inputs.cache.includes('local') && !dropped.local) {
            const contextDir = (0,build_inputs/* isRemoteContext */.uN)(inputs.context) ? undefined : (0,external_node_path_.resolve)(workspace, inputs.context);
            local = localCachePlan(env.RUNNER_TEMP || work.dir, cacheScope(inputs, images), inputs.dockerfile, contextDir);
            restoredKey = await action_io/* core.group */.I8.group('Restore local cache', () => restoreLocalCache(local, (w) => action_io/* core.warning */.I8.warning(w)));
            action_io/* core.info */.I8.info(restoredKey ? `local cache restored from ${restoredKey}` : 'local cache: cold');
        }
        const plan = planBuild(inputs, {
            tags: tags.tags,
            labels: tags.labels,
            annotations: inputs.annotations,
            builder,
            metadataFile: work.metadataFile,
            iidFile: work.iidFile,
            secretFiles: work.secretFiles,
            builderId: builderId(env),
            localDir: local && { src: local.src, dest: local.dest },
            dropped,
            dropUserCacheTo,
        });
        summary.cache = plan.cache;
        logPlan(plan);
        const loop = await buildWithRetries({
            argv: plan.argv,
            retries: inputs.retries,
            env,
            cwd: workspace,
            metadataFile: work.metadataFile,
        }).catch((error) => {
            if (error instanceof BuildFailure) {
                summary.stats = error.reader.stats();
                summary.attempts = error.attempts;
                summary.seconds = error.seconds;
            }
            throw error;
        });
        const stats = loop.reader.stats();
        const result = readBuildResult(work, images, pushed);
        Object.assign(summary, {
            stats,
            attempts: loop.attempts,
            seconds: loop.seconds,
            digest: result.digest,
            imageRefs: result.imageRefs,
        });
        action_io/* core.info */.I8.info(`cache hits: ${stats.cached} of ${stats.steps} steps (ratio ${stats.ratio})`);
        if (!result.digest)
            action_io/* core.info */.I8.info('no image digest: the build exported no image (push and load are false)');
        else if (!pushed)
            action_io/* core.info */.I8.info(`digest ${result.digest} is the image's in the local image store (not pushed)`);
        if (local && rotateLocalCache(local)) {
            await action_io/* core.group */.I8.group('Save local cache', () => saveLocalCache(local, restoredKey, (w) => action_io/* core.warning */.I8.warning(w)));
        }
        await writeSummary(summary);
        return {
            digest: result.digest,
            imageid: result.imageId,
            metadata: result.metadata,
            tags: tags.tags,
            'image-refs': result.imageRefs,
            'cache-hit-ratio': stats.ratio,
            'build-seconds': Math.round(loop.seconds * 100) / 100,
        };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const tail = error instanceof BuildFailure ? error.reader.tail(30) : [];
        await writeSummary({ ...summary, failure: { message, tail } }).catch(() => undefined);
        throw error;
    }
    finally {
        work.remove();
    }
}
function builderId(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env;
    return server && repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}
function logPlan(plan) {
    const { cache } = plan;
    action_io/* core.startGroup */.I8.startGroup(`Cache plan (scope ${cache.scope})`);
    for (const tier of cache.tiers) {
        action_io/* core.info */.I8.info(`${tier.tier}: ${[tier.from && `from ${tier.from}`, tier.to && `to ${tier.to}`].filter(Boolean).join('; ')}`);
    }
    for (const skip of cache.skipped)
        action_io/* core.info */.I8.info(`${skip.tier}: skipped (${skip.reason})`);
    for (const note of cache.notes)
        action_io/* core.info */.I8.info(note);
    action_io/* core.endGroup */.I8.endGroup();
}


/***/ }),

/***/ 7975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ inputs/* InputError */.dz),
  G0: () => (/* reexport */ inputs/* Inputs */.G0),
  I8: () => (/* reexport */ runner_core),
  YI: () => (/* reexport */ neutralize),
  VN: () => (/* reexport */ runMain),
  n0: () => (/* reexport */ setOutputs),
  uz: () => (/* reexport */ inputs/* splitLines */.uz)
});

// UNUSED EXPORTS: LineBatch, NeutralizingLineWriter, formatOutput, logUntrusted, mapInputs, reportFailure, runnerInputs, safe, splitList

// EXTERNAL MODULE: ./packages/action-io/inputs.ts
var inputs = __nccwpck_require__(6279);
// EXTERNAL MODULE: ./packages/action-io/runner-core.ts + 2 modules
var runner_core = __nccwpck_require__(3833);
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
    if (!(err instanceof inputs/* InputError */.dz) && !(err instanceof ActionError) && err.stack)
        runner_core.debug(neutralize(err.stack));
    runner_core.setFailed(neutralize(err.message));
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
        runner_core.setOutput(name, formatOutput(value));
}

;// CONCATENATED MODULE: ./packages/action-io/index.ts





// The runner protocol without @actions/core's dependencies (same API subset and bytes).



/***/ }),

/***/ 6279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony exports runnerInputs, mapInputs, splitList */
/* harmony import */ var _runner_core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3833);
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
const runnerInputs = (name) => _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
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


/***/ }),

/***/ 3833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  escapeData: () => (/* binding */ escapeData),
  escapeProperty: () => (/* binding */ escapeProperty),
  exportVariable: () => (/* binding */ exportVariable),
  formatCommand: () => (/* binding */ formatCommand),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  issueCommand: () => (/* binding */ issueCommand),
  notice: () => (/* binding */ notice),
  prepareKeyValueMessage: () => (/* binding */ prepareKeyValueMessage),
  saveState: () => (/* binding */ saveState),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toCommandValue: () => (/* binding */ toCommandValue),
  warning: () => (/* binding */ warning),
  writeStdout: () => (/* binding */ writeStdout)
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


/***/ }),

/***/ 1668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ ReferenceError),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   iP: () => (/* binding */ sanitizeTag),
/* harmony export */   "if": () => (/* binding */ parseImageName),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DOCKER_HUB_API_HOST, isValidDigest, registryApiHost, serviceName */
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

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

/***/ 3213:
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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ var __webpack_exports__ = __nccwpck_require__(3828);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
