// The runner protocol (inputs, outputs, state, masking, groups, annotations, the job summary) as
// the actions see it: @actions/core itself, re-exported as one namespace so every action and
// package reaches it through action-io (and log.ts' neutralising rules sit beside it).
export * as core from '@actions/core';
