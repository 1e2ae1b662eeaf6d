// Route handlers, keyed by OpenAPI operationId. They run after the request passed schema
// validation, read/mutate EmulatorState synchronously and answer as api.github.com does.
import type { OperationId } from './openapi-subset.js';
import { packageHandlers } from './package-handlers.js';
import { renderLicense, renderRateLimit, renderRelease, renderRepository, renderTag } from './render.js';
import type { EmulatorState, ReleaseRecord, RepoState } from './state.js';

export interface HandlerContext {
  /** emulator base URL, e.g. http://127.0.0.1:1234 */
  api: string;
  state: EmulatorState;
  pathname: string;
  query: URLSearchParams;
  /** path and query parameters, coerced to their schema types */
  params: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
  docsUrl: string;
}
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Handler = (ctx: HandlerContext) => HandlerResult;

export const MAX_BODY_CHARS = 125000;

export interface FieldError {
  resource?: string;
  code: string;
  field?: string;
  message?: string;
}

export const errorBody = (status: number, message: string, docsUrl: string, errors?: FieldError[]) => ({
  message,
  ...(errors ? { errors } : {}),
  documentation_url: docsUrl,
  status: String(status),
});
export const notFound = (docsUrl: string): HandlerResult => ({
  status: 404,
  body: errorBody(404, 'Not Found', docsUrl),
});
const validationFailed = (docsUrl: string, errors: FieldError[]): HandlerResult => ({
  status: 422,
  body: errorBody(422, 'Validation Failed', docsUrl, errors),
});

function paginate<T>(ctx: HandlerContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const asked = Number(ctx.params.per_page ?? 30);
  const perPage = asked >= 1 ? Math.min(Math.floor(asked), 100) : 30;
  const page = Math.max(1, Math.floor(Number(ctx.params.page ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    return `<${ctx.api}${ctx.pathname}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  const start = (page - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

const charLength = (s: string): number => (s.length <= MAX_BODY_CHARS ? s.length : [...s].length);

/** git check-ref-format, roughly: what GitHub rejects as "not well-formed". */
export function isWellFormedTag(tag: string): boolean {
  return (
    tag.length > 0 &&
    // eslint-disable-next-line no-control-regex
    !/[\x00-\x20~^:?*[\\\x7f]|\.\.|@\{|\/\/|^[/.]|[/.]$|\.lock$|\/\./.test(tag) &&
    tag !== '@'
  );
}

/** Field validations GitHub applies to create/update release bodies (after schema validation). */
function releaseErrors(repo: RepoState, fields: Record<string, unknown>, self?: ReleaseRecord): FieldError[] {
  const errors: FieldError[] = [];
  const tag = fields.tag_name as string | undefined;
  const draft = (fields.draft as boolean | undefined) ?? self?.draft ?? false;
  if (tag !== undefined) {
    if (tag === '') errors.push({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
    else if (!isWellFormedTag(tag)) {
      errors.push(
        { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not a valid tag' },
        { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' },
      );
      if (!draft)
        errors.push({
          resource: 'Release',
          code: 'custom',
          message: 'Published releases must have a valid tag',
        });
    }
  }
  const body = fields.body as string | undefined;
  if (typeof body === 'string' && charLength(body) > MAX_BODY_CHARS) {
    const message = `body is too long (maximum is ${MAX_BODY_CHARS} characters)`;
    errors.push({ resource: 'Release', code: 'custom', field: 'body', message });
  }
  const effectiveTag = tag ?? self?.tag_name;
  const target = fields.target_commitish as string | undefined;
  if (
    target !== undefined &&
    effectiveTag &&
    !repo.tags.has(effectiveTag) &&
    !repo.resolveCommitish(target)
  ) {
    errors.push({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  }
  // A tag can carry one published release; drafts do not own their tag yet.
  const owner = effectiveTag ? repo.findPublishedByTag(effectiveTag) : undefined;
  if (owner && owner !== self && (tag !== undefined || !draft)) {
    errors.push({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  }
  return errors;
}

function withRepo(fn: (ctx: HandlerContext, repo: RepoState) => HandlerResult): Handler {
  return (ctx) => {
    const repo = ctx.state.repo(String(ctx.params.owner), String(ctx.params.repo));
    return repo ? fn(ctx, repo) : notFound(ctx.docsUrl);
  };
}

function withRelease(
  fn: (ctx: HandlerContext, repo: RepoState, rel: ReleaseRecord) => HandlerResult,
): Handler {
  return withRepo((ctx, repo) => {
    const rel = repo.getRelease(Number(ctx.params.release_id));
    return rel ? fn(ctx, repo, rel) : notFound(ctx.docsUrl);
  });
}

const release = (ctx: HandlerContext, repo: RepoState, rel: ReleaseRecord, status = 200): HandlerResult => ({
  status,
  body: renderRelease(ctx.api, ctx.state, repo, rel),
});

export const HANDLERS: Record<OperationId, Handler> = {
  'repos/get': withRepo((ctx, repo) => ({ status: 200, body: renderRepository(ctx.api, repo) })),

  'licenses/get-for-repo': withRepo((ctx, repo) => {
    const body = renderLicense(ctx.api, repo);
    return body ? { status: 200, body } : notFound(ctx.docsUrl);
  }),

  'repos/list-tags': withRepo((ctx, repo) => {
    const names = [...repo.tags.keys()].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    const { items, headers } = paginate(ctx, names);
    const body = items.map((n) => renderTag(ctx.api, repo, n, repo.tags.get(n) as string));
    return { status: 200, body, headers };
  }),

  'repos/list-releases': withRepo((ctx, repo) => {
    const { items, headers } = paginate(ctx, repo.listReleases());
    return { status: 200, body: items.map((r) => renderRelease(ctx.api, ctx.state, repo, r)), headers };
  }),

  'repos/get-latest-release': withRepo((ctx, repo) => {
    const rel = repo.latestRelease();
    return rel ? release(ctx, repo, rel) : notFound(ctx.docsUrl);
  }),

  'repos/get-release-by-tag': withRepo((ctx, repo) => {
    const rel = repo.findPublishedByTag(String(ctx.params.tag));
    return rel ? release(ctx, repo, rel) : notFound(ctx.docsUrl);
  }),

  'repos/get-release': withRelease((ctx, repo, rel) => release(ctx, repo, rel)),

  'repos/create-release': withRepo((ctx, repo) => {
    const b = ctx.body ?? {};
    const errors = releaseErrors(repo, b);
    if (errors.length > 0) return validationFailed(ctx.docsUrl, errors);
    if (b.discussion_category_name !== undefined) return notFound(ctx.docsUrl); // no discussion categories here
    const tag = b.tag_name as string;
    let { name, body } = b as { name?: string; body?: string };
    if (b.generate_release_notes === true) {
      name ??= tag;
      const notes = `**Full Changelog**: https://github.com/${repo.fullName}/commits/${tag}`;
      body = body ? `${body}\n\n${notes}` : notes;
    }
    const rel = repo.addRelease({
      tag_name: tag,
      target_commitish: b.target_commitish as string | undefined,
      name,
      body,
      draft: b.draft as boolean | undefined,
      prerelease: b.prerelease as boolean | undefined,
    });
    const result = release(ctx, repo, rel, 201);
    result.headers = { location: `${ctx.api}/repos/${repo.fullName}/releases/${rel.id}` };
    return result;
  }),

  // Last writer wins: no etag / compare-and-swap, exactly like GitHub.
  'repos/update-release': withRelease((ctx, repo, rel) => {
    const b = ctx.body ?? {};
    const errors = releaseErrors(repo, b, rel);
    if (errors.length > 0) return validationFailed(ctx.docsUrl, errors);
    if (b.discussion_category_name !== undefined) return notFound(ctx.docsUrl);
    for (const key of ['tag_name', 'target_commitish', 'name', 'body', 'prerelease'] as const) {
      if (b[key] !== undefined) Object.assign(rel, { [key]: b[key] });
    }
    const now = ctx.state.now();
    if (b.draft === false && rel.draft) {
      rel.draft = false;
      rel.published_at = now;
    } else if (b.draft === true && !rel.draft) {
      rel.draft = true;
      rel.published_at = null;
    }
    if (!rel.draft) repo.ensureTag(rel);
    rel.updated_at = now;
    return release(ctx, repo, rel);
  }),

  'repos/delete-release': withRelease((ctx, repo, rel) => {
    repo.deleteRelease(rel.id);
    return { status: 204 };
  }),

  'rate-limit/get': (ctx) => ({ status: 200, body: renderRateLimit(ctx.state) }),

  ...packageHandlers(paginate, notFound),
};
