// For property tests of input parsers (apart from ./arbitraries.ts, which tests that mock
// @actions/core's modules import before mocking: this one loads packages/action-io).
import { expect } from '@jest/globals';
import { InputError } from '../packages/action-io/index.js';

/** A parser's value for arbitrary text, or undefined once its failure is an InputError naming `input`. */
export function onlyInputErrors<T>(input: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    return undefined;
  }
}
