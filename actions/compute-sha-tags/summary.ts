// The job summary: the tags and labels this step computed, as tables.
import { headerRow, summaryMarkup } from '../../packages/action-io/index.js';
import type { ImageMetadata } from '../../packages/image-tags/index.js';

export function summaryText(meta: ImageMetadata): string {
  const code = (text: string) => `<code>${escape(text)}</code>`;
  return summaryMarkup((summary) =>
    summary
      .addHeading('compute-sha-tags', 3)
      .addRaw(`Version ${code(meta.version || '(none)')}, commit ${code(meta.sha || '(none)')}`, true)
      .addTable([headerRow('Tag'), ...meta.tags.map((t) => [code(t)])])
      .addTable([
        headerRow('Label', 'Value'),
        ...meta.labels.map((line) => {
          const eq = line.indexOf('=');
          return [code(line.slice(0, eq)), escape(line.slice(eq + 1))];
        }),
      ]),
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
