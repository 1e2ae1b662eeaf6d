export {
  InputError,
  Inputs,
  mapInputs,
  runnerInputs,
  splitLines,
  splitList,
  type InputSource,
} from './inputs.js';
export { LineBatch } from './line-batch.js';
export { ActionError, reportFailure } from './run.js';
export { formatOutput, setOutputs, type OutputValue } from './outputs.js';
export { logUntrusted, neutralize, NeutralizingLineWriter, safe } from './log.js';
export { core } from './core.js';
export { runAction, writeResult, type ActionDefinition, type ActionResult } from './action.js';
export { headerRow, summaryMarkup, type SummaryBuilder } from './summary.js';
