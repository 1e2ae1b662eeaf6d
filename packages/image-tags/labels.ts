// OCI image labels and annotations (org.opencontainers.image.*), plus the user's extra entries,
// which override computed ones with the same key.
import { InputError } from '../action-io/inputs.js';
import type { GitContext } from './context.js';
import { checkExpressions } from './expressions.js';

const OCI = 'org.opencontainers.image.';

export interface OciFacts {
  ctx: GitContext;
  version: string;
  created: Date;
}

/** The computed entries; description and licenses only when the repository data is known. */
export function ociEntries({ ctx, version, created }: OciFacts): Map<string, string> {
  const url = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : '';
  const entries: [string, string | undefined][] = [
    ['created', created.toISOString()],
    ['description', ctx.repoDescription],
    ['licenses', ctx.repoLicense],
    ['revision', ctx.sha],
    ['source', url],
    ['title', ctx.repository.split('/').pop()],
    ['url', url],
    ['version', version],
  ];
  const oneLineEntries = entries.map(([k, v]) => [OCI + k, oneLine(v ?? '')] as const);
  return new Map(oneLineEntries.filter(([, v]) => v !== ''));
}

/**
 * Labels are output one per line, so a line break inside a value (a multi-line repository
 * description from the API) would forge another entry: line breaks and the spaces around them
 * become one space.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ').trim();
}

/**
 * `key=value` lines of the `labels`/`annotations` input. Annotation keys may carry buildx's level
 * prefix (`index:`, `manifest:`, ...); `manifest:` is the default level, so it is dropped. Values
 * may use the rules' placeholders (`{{commit_date 'YYYY-MM-DD'}}`), checked here.
 */
export function parseEntries(input: 'labels' | 'annotations', lines: string[]): [string, string][] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    let key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (key === '' || /\s/.test(key)) {
      throw new InputError(
        input,
        `"${line}" is not a key=value entry (one per line, the key without spaces)`,
      );
    }
    if (input === 'annotations' && key.startsWith('manifest:')) key = key.slice('manifest:'.length);
    const value = line.slice(eq + 1).trim();
    const problem = checkExpressions(value);
    if (problem) throw new InputError(input, `"${line}": ${problem}`);
    return [key, value];
  });
}

/** Computed entries overridden by extra ones, sorted by key (as metadata-action outputs them). */
export function mergeEntries(computed: Map<string, string>, extra: [string, string][]): Map<string, string> {
  const merged = new Map(computed);
  for (const [key, value] of extra) merged.set(key, value);
  return new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function entryLines(entries: Map<string, string>): string[] {
  return [...entries].map(([k, v]) => `${k}=${v}`);
}
