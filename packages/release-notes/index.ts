export {
  editBody,
  bodyLength,
  BodyTooLongError,
  type EditMode,
  type EditOptions,
  type EditResult,
} from './edit.js';
export {
  SECTION_END,
  SECTION_START,
  serviceEnd,
  serviceStart,
  lineSpans,
  locateSection,
  detectNewline,
  MarkerError,
} from './markers.js';
export {
  displayRef,
  digestRef,
  groupByService,
  normalizeEntries,
  PLATFORM_RE,
  serviceOf,
  splitRef,
  tagRef,
  type ImageEntry,
  type ServiceBlock,
} from './model.js';
export { foreignLine, parseSection } from './parse.js';
export { BODY_LIMIT, cleanTitle, renderSection, type RenderOptions, type SectionForm } from './render.js';
