// `call: check`: buildx prints each Dockerfile check finding to stdout as
//   WARNING: <Rule> - <url>
//   <detail>
//   <file>:<line>
// (then the source excerpt). They are parsed here and shown as warning annotations on the
// Dockerfile line, as build-push-action does; the run fails with buildx's summary line.
import { isAbsolute, relative } from 'node:path';
import { core, neutralize } from '../../packages/action-io/index.js';

export interface CheckFinding {
  rule: string;
  url: string;
  detail: string;
  /** As buildx names it ('' when the finding has no location). */
  file: string;
  /** 1-based; 0 when the finding has no location. */
  line: number;
}

const WARNING_RE = /^WARNING: (\S+)(?: - (\S+))?$/;
const LOCATION_RE = /^(.+):(\d+)(?:-\d+)?$/;

/** The findings in buildx's check output (plain, non-progress lines, trimmed). */
export function parseCheckFindings(lines: string[]): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = WARNING_RE.exec(lines[i]);
    if (!head || i + 1 >= lines.length) continue;
    const location = LOCATION_RE.exec(lines[i + 2] ?? '');
    findings.push({
      rule: head[1],
      url: head[2] ?? '',
      detail: lines[i + 1],
      file: location ? location[1] : '',
      line: location ? Number(location[2]) : 0,
    });
    i += location ? 2 : 1;
  }
  return findings;
}

/** buildx's summary line ("Check complete, 2 warnings have been found!"), if it printed one. */
export function checkSummaryLine(lines: string[]): string | undefined {
  return lines.find((line) => /^Check complete, /.test(line));
}

/**
 * One warning annotation per finding. The file is made relative to the workspace; a bare name
 * (buildx's `Dockerfile`) means the Dockerfile the build used, when it is known.
 */
export function annotateFindings(findings: CheckFinding[], workspace: string, dockerfile: string): void {
  for (const finding of findings) {
    const path = isAbsolute(finding.file) || !dockerfile ? finding.file : dockerfile;
    const file = path && isAbsolute(path) ? relative(workspace, path) : path;
    const message = neutralize(`${finding.rule}: ${finding.detail}${finding.url ? ` (${finding.url})` : ''}`);
    const where = file && finding.line > 0 ? { file, startLine: finding.line } : {};
    core.warning(message, { title: `Dockerfile check ${finding.rule}`, ...where });
  }
}

/** Annotates what a `call: check` run printed; returns buildx's summary line when it found something. */
export function reportCheckFindings(
  lines: string[],
  workspace: string,
  dockerfile: string,
): string | undefined {
  const findings = parseCheckFindings(lines);
  annotateFindings(findings, workspace, dockerfile);
  return findings.length > 0 ? (checkSummaryLine(lines) ?? `${findings.length} check findings`) : undefined;
}
