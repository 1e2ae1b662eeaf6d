// The job summary builder of @actions/core (lib/summary.js), same methods and same HTML bytes,
// without its dependencies. Text is not escaped: callers escape what they put in. The file is
// written synchronously (the methods stay async): a one-step action then never starts libuv's
// thread pool for it, which is cold-start time and memory.
import { accessSync, appendFileSync, constants, writeFileSync } from 'node:fs';
import { EOL } from './eol.js';

export interface SummaryTableCell {
  data: string;
  header?: boolean;
  colspan?: string | number;
  rowspan?: string | number;
}

export type SummaryTableRow = (SummaryTableCell | string)[];

export interface SummaryWriteOptions {
  overwrite?: boolean;
}

const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';

class Summary {
  private buffer = '';
  private path?: string;

  private async filePath(): Promise<string> {
    if (this.path) return this.path;
    const fromEnv = process.env[SUMMARY_ENV_VAR];
    if (!fromEnv)
      throw new Error(
        `Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`,
      );
    try {
      accessSync(fromEnv, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`,
      );
    }
    this.path = fromEnv;
    return fromEnv;
  }

  private wrap(tag: string, content: string | null, attrs: Record<string, unknown> = {}): string {
    const html = Object.entries(attrs)
      .map(([key, value]) => ` ${key}="${String(value)}"`)
      .join('');
    return content ? `<${tag}${html}>${content}</${tag}>` : `<${tag}${html}>`;
  }

  async write(options?: SummaryWriteOptions): Promise<Summary> {
    const filePath = await this.filePath();
    const writeFunc = options?.overwrite ? writeFileSync : appendFileSync;
    writeFunc(filePath, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }

  async clear(): Promise<Summary> {
    return this.emptyBuffer().write({ overwrite: true });
  }

  stringify(): string {
    return this.buffer;
  }

  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }

  emptyBuffer(): Summary {
    this.buffer = '';
    return this;
  }

  addRaw(text: string, addEOL = false): Summary {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }

  addEOL(): Summary {
    return this.addRaw(EOL);
  }

  addCodeBlock(code: string, lang?: string): Summary {
    return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
  }

  addList(items: string[], ordered = false): Summary {
    const tag = ordered ? 'ol' : 'ul';
    return this.addRaw(this.wrap(tag, items.map((item) => this.wrap('li', item)).join(''))).addEOL();
  }

  addTable(rows: SummaryTableRow[]): Summary {
    const body = rows
      .map((row) => {
        const cells = row
          .map((cell) => {
            if (typeof cell === 'string') return this.wrap('td', cell);
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

  addDetails(label: string, content: string): Summary {
    return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
  }

  addImage(src: string, alt: string, options?: { width?: string; height?: string }): Summary {
    const { width, height } = options || {};
    const attrs = { src, alt, ...(width && { width }), ...(height && { height }) };
    return this.addRaw(this.wrap('img', null, attrs)).addEOL();
  }

  addHeading(text: string, level?: number | string): Summary {
    const tag = `h${level}`;
    const allowed = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1';
    return this.addRaw(this.wrap(allowed, text)).addEOL();
  }

  addSeparator(): Summary {
    return this.addRaw(this.wrap('hr', null)).addEOL();
  }

  addBreak(): Summary {
    return this.addRaw(this.wrap('br', null)).addEOL();
  }

  addQuote(text: string, cite?: string): Summary {
    return this.addRaw(this.wrap('blockquote', text, cite ? { cite } : {})).addEOL();
  }

  addLink(text: string, href: string): Summary {
    return this.addRaw(this.wrap('a', text, { href })).addEOL();
  }
}

export type { Summary };
export const summary = new Summary();
