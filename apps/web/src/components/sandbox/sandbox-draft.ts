import type { SandboxState, ScenarioDraft } from './sandbox-state';

/**
 * Unsaved sandbox work kept in the browser (localStorage), one draft per address: a saved scenario
 * (by id), a preset, a guided challenge, a state link, or the blank sandbox. So a reload, Back or a trip to a lesson
 * finds the edits where they were left, and opening a preset never overwrites another draft.
 */

/** Bump when the shape of `SandboxState` changes: older drafts are then ignored, never misread. */
const PREFIX = 'liqlab.sandbox-draft.v1:';
/** Drafts kept at most; the oldest go first (an uploaded 100,000-tick path weighs a few MB). */
export const MAX_DRAFTS = 8;

export interface StoredDraft {
  state: SandboxState;
  /** The saved version the edits started from (null for a scenario not saved yet). */
  baseVersion: number | null;
  /** When it was written (ms since the epoch): the oldest draft is evicted first. */
  writtenAt: number;
}

/** Where the editor's content came from, which names its draft. */
export type DraftAddress =
  | { kind: 'saved'; id: string }
  | { kind: 'preset'; id: string }
  | { kind: 'guided'; id: string }
  | { kind: 'link'; encoded: string }
  | { kind: 'blank' };

/** 32-bit FNV-1a, hex: a short, stable name for a long state link (not a security measure). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function draftKeyOf(address: DraftAddress): string {
  switch (address.kind) {
    case 'saved':
      return `saved:${address.id}`;
    case 'preset':
      return `preset:${address.id}`;
    case 'guided':
      return `guided:${address.id}`;
    case 'link':
      return `link:${fnv1a(address.encoded)}:${address.encoded.length}`;
    case 'blank':
      return 'blank';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Enough of the shape for the forms to render it; the schema checks the values as for any edit. */
function isStoredDraft(value: unknown): value is StoredDraft {
  if (!isObject(value) || !isObject(value.state)) return false;
  const { scenario, analysis } = value.state;
  return (
    isObject(scenario) &&
    typeof scenario.title === 'string' &&
    isObject(scenario.position) &&
    typeof scenario.position.rules === 'string' &&
    isObject(scenario.path) &&
    typeof scenario.path.kind === 'string' &&
    isObject(analysis) &&
    typeof analysis.annualVolatility === 'string' &&
    (value.baseVersion === null || Number.isInteger(value.baseVersion)) &&
    typeof value.writtenAt === 'number'
  );
}

/** The draft for `key`, or null (none, unreadable, or of an older shape — which is then removed). */
export function readDraft(storage: Storage, key: string): StoredDraft | null {
  let text: string | null;
  try {
    text = storage.getItem(PREFIX + key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (isStoredDraft(value)) return value;
  } catch {
    // fall through: a damaged draft is dropped
  }
  removeDraft(storage, key);
  return null;
}

function draftKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key.slice(PREFIX.length));
  }
  return keys;
}

function writtenAtOf(storage: Storage, key: string): number {
  try {
    const value: unknown = JSON.parse(storage.getItem(PREFIX + key) ?? 'null');
    return isObject(value) && typeof value.writtenAt === 'number' ? value.writtenAt : 0;
  } catch {
    return 0;
  }
}

/**
 * Writes the draft, evicting the oldest others beyond `MAX_DRAFTS` (and, when the browser's quota is
 * full, the oldest others one by one until it fits). False when it could not be kept at all: storage
 * disabled, or this draft alone larger than the quota.
 */
export function writeDraft(storage: Storage, key: string, draft: StoredDraft): boolean {
  let text: string;
  try {
    text = JSON.stringify(draft);
  } catch {
    return false;
  }
  let others: string[];
  try {
    others = draftKeys(storage)
      .filter((other) => other !== key)
      .sort((a, b) => writtenAtOf(storage, a) - writtenAtOf(storage, b));
  } catch {
    return false;
  }
  while (others.length >= MAX_DRAFTS) removeDraft(storage, others.shift() as string);
  for (;;) {
    try {
      storage.setItem(PREFIX + key, text);
      return true;
    } catch {
      const oldest = others.shift();
      if (oldest === undefined) return false;
      removeDraft(storage, oldest);
    }
  }
}

export function removeDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(PREFIX + key);
  } catch {
    // storage unavailable: nothing was kept either
  }
}

/** Deep equality of JSON-like values, where a member set to `undefined` counts as absent (as on the wire). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

/**
 * Whether `current` differs from `baseline` in anything a save would store. Parts are compared by
 * reference first (an edit replaces only what it changes), so a 100,000-tick path is walked only when
 * it is a different object — as after restoring a draft.
 */
export function scenarioChanged(current: ScenarioDraft, baseline: ScenarioDraft): boolean {
  if (current === baseline) return false;
  if (current.title !== baseline.title || (current.notes ?? '') !== (baseline.notes ?? '')) return true;
  return !sameJson(current.position, baseline.position) || !sameJson(current.path, baseline.path);
}
