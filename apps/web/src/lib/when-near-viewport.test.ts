import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearViewport } from './when-near-viewport';

/** A stand-in IntersectionObserver whose callback the test fires by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: unknown) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

const element = {} as Element;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('whenNearViewport', () => {
  it('calls back once, when the element first comes near, with the given margin', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const onNear = vi.fn();
    whenNearViewport(element, '200px 0px', onNear);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([element]);
    expect(observer.options.rootMargin).toBe('200px 0px');

    observer.callback([{ isIntersecting: false }]);
    expect(onNear).not.toHaveBeenCalled();
    observer.callback([{ isIntersecting: true }]);
    expect(onNear).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
  });

  it('stops watching when told to', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const stop = whenNearViewport(element, '0px', vi.fn());
    stop();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('calls back at once where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const onNear = vi.fn();
    whenNearViewport(element, '0px', onNear);
    expect(onNear).toHaveBeenCalledTimes(1);
  });
});
