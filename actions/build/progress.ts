// Reads buildx's --progress=rawjson stream (one JSON SolveStatus per line) into readable log
// lines like the plain progress output, and counts cached build steps.
//
// Which vertices count for the cache-hit ratio: the Dockerfile's own steps, i.e. vertices named
// `[stage n/m] INSTRUCTION` (RUN, COPY, WORKDIR, ...; `[linux/arm64 stage n/m]` for multi-platform
// builds), each distinct vertex once. Not counted: FROM (fetching the base image is not work a
// cache tier stores; a base image already on the machine shows as CACHED even in a cold build)
// and internal vertices (loading the Dockerfile and context, resolving image metadata,
// importing/exporting cache, pushing).

interface RawVertex {
  digest: string;
  name?: string;
  started?: string;
  completed?: string;
  cached?: boolean;
  error?: string;
}
interface RawLog {
  vertex: string;
  data?: string;
}
interface RawWarning {
  short?: string;
}
interface RawStatus {
  vertexes?: RawVertex[];
  logs?: RawLog[];
  warnings?: RawWarning[];
}

interface VertexState {
  id: number;
  name: string;
  step: boolean;
  cached: boolean;
  done: boolean;
  error?: string;
  partial: string;
}

export interface StepStats {
  steps: number;
  cached: number;
  /** cached / steps, 0 when there were no steps; rounded to 3 decimals. */
  ratio: number;
  cachedNames: string[];
  builtNames: string[];
}

const STEP_RE = /^\[[^\]]*?\b\d+\/\d+\]\s+(\S+)/;

export function isStepVertex(name: string): boolean {
  const match = STEP_RE.exec(name);
  return match !== null && match[1].toUpperCase() !== 'FROM';
}

export class ProgressReader {
  private readonly vertices = new Map<string, VertexState>();
  private readonly plain: string[] = [];
  private readonly recent: string[] = [];
  private pending: string[] = [];
  private depth = 0;
  private shown = 0;
  private inString = false;

  constructor(private readonly log: (line: string) => void = () => undefined) {}

  /**
   * One line of buildx output. buildx 0.13 prints each status as indented JSON over many lines
   * (newer ones print one per line): lines are gathered until the object's braces balance.
   * Lines outside any object (buildx's own messages, e.g. the final ERROR) are kept as they are.
   */
  line(text: string): void {
    if (this.pending.length === 0) {
      const trimmed = text.trim();
      if (trimmed === '') return;
      if (!trimmed.startsWith('{')) {
        this.plain.push(trimmed);
        this.emit(trimmed);
        return;
      }
    }
    this.pending.push(text);
    [this.depth, this.inString] = braceDepth(text, this.depth, this.inString);
    if (this.depth > 0) return;
    const json = this.pending.join('\n');
    this.pending = [];
    this.depth = 0;
    this.inString = false;
    let status: RawStatus;
    try {
      status = JSON.parse(json) as RawStatus;
    } catch {
      for (const line of json.split('\n')) {
        this.plain.push(line.trim());
        this.emit(line.trim());
      }
      return;
    }
    for (const vertex of status.vertexes ?? []) this.vertex(vertex);
    for (const log of status.logs ?? []) this.logData(log);
    for (const warning of status.warnings ?? []) {
      if (warning.short) this.emit(`WARNING: ${decode(warning.short).trim()}`);
    }
  }

  /** Flushes an unfinished object (a stream cut short) as plain text. */
  end(): void {
    const rest = this.pending.join('\n').trim();
    this.pending = [];
    this.depth = 0;
    if (rest) {
      this.plain.push(rest);
      this.emit(rest);
    }
  }

  private vertex(v: RawVertex): void {
    let state = this.vertices.get(v.digest);
    if (!state) {
      if (!v.name) return;
      state = { id: 0, name: v.name, step: isStepVertex(v.name), cached: false, done: false, partial: '' };
      this.vertices.set(v.digest, state);
    }
    // buildx lists the whole graph up front; a vertex is shown once it starts (as plain does).
    if (v.started || v.cached || v.error) this.show(state);
    if (v.cached && !state.cached) {
      state.cached = true;
      this.emit(`#${state.id} CACHED`);
    }
    if (v.error && state.error === undefined) {
      state.error = v.error;
      this.flush(state);
      this.emit(`#${state.id} ERROR: ${v.error}`);
    } else if (v.completed && !state.done && !state.cached) {
      state.done = true;
      this.flush(state);
      const seconds = v.started ? (Date.parse(v.completed) - Date.parse(v.started)) / 1000 : undefined;
      this.emit(`#${state.id} DONE${seconds !== undefined && seconds >= 0 ? ` ${seconds.toFixed(1)}s` : ''}`);
    }
  }

  private show(state: VertexState): void {
    if (state.id !== 0) return;
    state.id = ++this.shown;
    this.emit(`#${state.id} ${state.name}`);
  }

  private logData(log: RawLog): void {
    const state = this.vertices.get(log.vertex);
    if (!state || !log.data) return;
    this.show(state);
    const lines = (state.partial + decode(log.data)).split(/\r?\n/);
    state.partial = lines.pop() ?? '';
    for (const line of lines) this.emit(`#${state.id} ${line}`);
  }

  private flush(state: VertexState): void {
    if (state.partial) this.emit(`#${state.id} ${state.partial}`);
    state.partial = '';
  }

  private emit(line: string): void {
    this.recent.push(line);
    if (this.recent.length > 200) this.recent.splice(0, this.recent.length - 200);
    this.log(line);
  }

  stats(): StepStats {
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
  errors(): { name: string; step: boolean; error: string }[] {
    return [...this.vertices.values()]
      .filter((v) => v.error !== undefined)
      .map((v) => ({ name: v.name, step: v.step, error: v.error as string }));
  }

  /** Output that was not a progress record (buildx's own messages, e.g. the final ERROR). */
  plainLines(): string[] {
    return [...this.plain];
  }

  /** The last readable lines, for the job summary of a failed build. */
  tail(count: number): string[] {
    return this.recent.slice(-count);
  }
}

/** Brace depth after `text`, given the depth (and whether inside a JSON string) before it. */
function braceDepth(text: string, depth: number, inString: boolean): [number, boolean] {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return [depth, inString];
}

function decode(data: string): string {
  return Buffer.from(data, 'base64').toString('utf8');
}
