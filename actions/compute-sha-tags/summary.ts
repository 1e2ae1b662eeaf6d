// The job summary: the tags and labels this step computed, as tables.
import * as core from '../../packages/action-io/runner-core.js';
import type { ImageMetadata } from '../../packages/image-tags/index.js';

export async function writeSummary(meta: ImageMetadata): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const header = (text: string) => ({ data: text, header: true });
  const code = (text: string) => `<code>${escape(text)}</code>`;
  core.summary
    .addHeading('compute-sha-tags', 3)
    .addRaw(`Version ${code(meta.version || '(none)')}, commit ${code(meta.sha || '(none)')}`, true)
    .addTable([[header('Tag')], ...meta.tags.map((t) => [code(t)])])
    .addTable([
      [header('Label'), header('Value')],
      ...meta.labels.map((line) => {
        const eq = line.indexOf('=');
        return [code(line.slice(0, eq)), escape(line.slice(eq + 1))];
      }),
    ]);
  await core.summary.write();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
