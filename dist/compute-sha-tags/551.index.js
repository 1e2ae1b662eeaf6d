export const id = 551;
export const ids = [551];
export const modules = {

/***/ 6551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiRepoInfo: () => (/* binding */ apiRepoInfo),
/* harmony export */   apiTags: () => (/* binding */ apiTags)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _time_limit_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8792);
// Repository data from the GitHub REST API: the tag names (for `latest=auto`) and the
// description/licence (for OCI labels). Only imported when a token is given: @actions/github
// (Octokit) is most of a bundle's weight and a run without a token must not load it.


function client({ token, apiUrl }) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}
function ownerRepo(repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
}
/**
 * Per call (a tag listing's pages together). GitHub answers in well under a second, and both calls
 * are optional extras: a step should not wait long for them.
 */
const TIMEOUT_MS = 10_000;
/** `GET /repos/{owner}/{repo}/tags`, every page. */
async function apiTags(target) {
    const octokit = client(target);
    const tags = await (0,_time_limit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeLimit */ .U)((signal) => octokit.paginate(octokit.rest.repos.listTags, {
        ...ownerRepo(target.repository),
        per_page: 100,
        request: { signal },
    }), TIMEOUT_MS);
    return tags.map((t) => t.name);
}
/** `GET /repos/{owner}/{repo}`. */
async function apiRepoInfo(target) {
    const octokit = client(target);
    const { data } = await (0,_time_limit_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeLimit */ .U)((signal) => octokit.rest.repos.get({ ...ownerRepo(target.repository), request: { signal } }), TIMEOUT_MS);
    const license = data.license?.spdx_id;
    return {
        description: data.description ?? undefined,
        license: license && license !== 'NOASSERTION' ? license : undefined,
    };
}


/***/ })

};
