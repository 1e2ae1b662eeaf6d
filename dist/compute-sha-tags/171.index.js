export const id = 171;
export const ids = [171];
export const modules = {

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listVersionTags: () => (/* binding */ listVersionTags),
  repoInfo: () => (/* binding */ repoInfo)
});

// UNUSED EXPORTS: workspaceTags

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/git-tags/workspace.ts
// The version tags of the checked-out repository, when the checkout can be trusted to have them.
// actions/checkout's default shallow clone of a tag push holds only the pushed tag, which would
// make every patch of an old line look like the highest version: such a listing is not used.


async function workspaceTags(workspace, currentTag) {
    if (!workspace)
        return undefined;
    const gitPath = (0,external_node_path_.join)(workspace, '.git');
    if (!(0,external_node_fs_.existsSync)(gitPath))
        return undefined;
    // packages/exec is loaded here: most runs (branches, PRs) never list tags.
    // safe.directory: in a container job the checkout often belongs to another user, and git
    // would refuse to read it ("dubious ownership").
    const { run } = await __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 5766));
    const stdout = await run('git', ['-c', `safe.directory=${workspace}`, 'tag', '--list'], {
        cwd: workspace,
    }).then(
    // git failing (not a repository) or missing on this runner: no listing.
    (result) => (result.exitCode === 0 ? result.stdout : undefined), () => undefined);
    if (stdout === undefined)
        return undefined;
    const tags = stdout
        .split('\n')
        .map((t) => t.trim())
        .filter((t) => t !== '');
    const shallow = !(0,external_node_fs_.statSync)(gitPath).isDirectory() || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitPath, 'shallow'));
    const others = tags.filter((t) => t !== currentTag);
    if (shallow && others.length === 0)
        return undefined;
    return tags;
}

;// CONCATENATED MODULE: ./packages/git-tags/index.ts


function reason(error) {
    return error instanceof Error ? error.message : String(error);
}
async function listVersionTags(opts) {
    const local = await workspaceTags(opts.workspace, opts.currentTag);
    if (local)
        return { tags: local, source: 'git' };
    if (!opts.api)
        return { source: 'none' };
    try {
        const { apiTags } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 6551));
        return { tags: await apiTags(opts.api), source: 'api' };
    }
    catch (error) {
        return {
            source: 'none',
            warning: `could not list the repository's tags from the GitHub API: ${reason(error)}`,
        };
    }
}
async function repoInfo(api) {
    try {
        const { apiRepoInfo } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 6551));
        return { info: await apiRepoInfo(api) };
    }
    catch (error) {
        return {
            info: {},
            warning: `could not read the repository's description and licence from the GitHub API (labels left out): ${reason(error)}`,
        };
    }
}


/***/ })

};
