/**
 * What a reader did before the page's scripts ran, replayed in order once they have: the edits made
 * to fields (useEditBeforeHydration), then the taps and submits the holding script kept
 * (useSendHeldAction). One step per task, each applied and rendered before the next, so an owner that
 * builds its new value from the one it holds (a form's `{ ...position, leverage }`) sees the edits
 * before it, and a Save sees the title typed before it.
 */
const waiting: (() => void)[] = [];
let running = false;

/** Queues `step` behind every earlier one; the returned function drops it if it has not run. */
export function queueEarlyInput(step: () => void): () => void {
  waiting.push(step);
  if (waiting.length === 1) setTimeout(runNext);
  return () => {
    const index = waiting.indexOf(step);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * Whether an early edit or action still waits its turn, for an action made now. Never while a step
 * runs: everything queued before it has run, and an action it sends again must not queue once more
 * behind steps queued after it (two held forms would hand their turns to each other for ever).
 */
export function earlyInputWaiting(): boolean {
  return !running && waiting.length > 0;
}

function runNext() {
  const step = waiting.shift();
  // Scheduled first: a step that throws (a handler's bug) must not stall the ones behind it.
  if (waiting.length > 0) setTimeout(runNext);
  running = true;
  try {
    step?.();
  } finally {
    running = false;
  }
}
