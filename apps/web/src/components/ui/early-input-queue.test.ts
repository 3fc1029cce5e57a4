import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyInputWaiting, queueEarlyInput } from './early-input-queue';

afterEach(() => {
  vi.useRealTimers();
});

describe('queueEarlyInput', () => {
  it('runs the steps in the order queued, one per task, and is pending until the last has run', async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    queueEarlyInput(() => ran.push('title'));
    queueEarlyInput(() => ran.push('leverage'));
    queueEarlyInput(() => ran.push('save'));
    expect(ran).toEqual([]);
    expect(earlyInputWaiting()).toBe(true);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['title']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['title', 'leverage']);
    expect(earlyInputWaiting()).toBe(true);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['title', 'leverage', 'save']);
    expect(earlyInputWaiting()).toBe(false);
  });

  it('tells a running step that nothing waits, and queues what it adds behind the rest', async () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    const ran: string[] = [];
    queueEarlyInput(() => {
      seen.push(earlyInputWaiting());
      queueEarlyInput(() => ran.push('sent again'));
    });
    queueEarlyInput(() => ran.push('next field'));
    await vi.runAllTimersAsync();
    expect(seen).toEqual([false]);
    expect(ran).toEqual(['next field', 'sent again']);
    expect(earlyInputWaiting()).toBe(false);
  });

  it('keeps running the steps after one that throws', async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    queueEarlyInput(() => {
      throw new Error('a handler failed');
    });
    queueEarlyInput(() => ran.push('after'));
    await expect(vi.advanceTimersToNextTimerAsync()).rejects.toThrow('a handler failed');
    expect(earlyInputWaiting()).toBe(true);
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['after']);
  });

  it('drops a step cancelled before its turn, first or later in the queue', async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const cancelFirst = queueEarlyInput(() => ran.push('first'));
    queueEarlyInput(() => ran.push('second'));
    const cancelThird = queueEarlyInput(() => ran.push('third'));
    cancelFirst();
    cancelThird();
    await vi.runAllTimersAsync();
    expect(ran).toEqual(['second']);
    expect(earlyInputWaiting()).toBe(false);
    cancelThird(); // after its turn has passed: nothing to drop
    expect(earlyInputWaiting()).toBe(false);
  });
});
