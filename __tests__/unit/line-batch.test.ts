// LineBatch: lines that come together are written together, none waits longer than the delay,
// and flush() writes what is pending at once (so other output keeps its place in the log).
import { jest } from '@jest/globals';
import { LineBatch } from '../../packages/action-io/line-batch.js';

describe('LineBatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes the lines added within the delay as one text', () => {
    const writes: string[] = [];
    const batch = new LineBatch((text) => writes.push(text), 100);
    batch.add('a');
    batch.add('b');
    jest.advanceTimersByTime(99);
    expect(writes).toEqual([]);
    batch.add('c');
    jest.advanceTimersByTime(1);
    expect(writes).toEqual(['a\nb\nc']);
    batch.add('d');
    jest.advanceTimersByTime(100);
    expect(writes).toEqual(['a\nb\nc', 'd']);
  });

  it('flush writes what is pending now, and nothing when nothing is', () => {
    const writes: string[] = [];
    const batch = new LineBatch((text) => writes.push(text), 100);
    batch.flush();
    batch.add('a');
    batch.flush();
    jest.advanceTimersByTime(1000);
    expect(writes).toEqual(['a']);
    expect(jest.getTimerCount()).toBe(0);
  });
});
