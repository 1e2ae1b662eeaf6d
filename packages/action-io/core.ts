// The runner protocol (inputs, outputs, state, masking, groups, annotations, job summary) as the
// actions see it: one namespace, so the implementation behind it is chosen in one place.
export * as core from './runner-core.js';
