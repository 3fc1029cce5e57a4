import { describe, expect, it } from 'vitest';
import {
  draftKeyOf,
  MAX_DRAFTS,
  readDraft,
  removeDraft,
  type StoredDraft,
  scenarioChanged,
  writeDraft,
} from './sandbox-draft';
import { DEFAULT_STATE, type GbmPathDraft } from './sandbox-state';

/** The Web Storage interface over a Map, with an optional quota in characters (as browsers count). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const draft = (title: string, writtenAt: number, baseVersion: number | null = null): StoredDraft => ({
  state: { ...DEFAULT_STATE, scenario: { ...DEFAULT_STATE.scenario, title } },
  baseVersion,
  writtenAt,
});

describe('draft keys', () => {
  it('names each address apart, and a state link by a short stable name', () => {
    const keys = [
      draftKeyOf({ kind: 'blank' }),
      draftKeyOf({ kind: 'saved', id: 'a' }),
      draftKeyOf({ kind: 'preset', id: 'a' }),
      draftKeyOf({ kind: 'link', encoded: 'v1.abc' }),
      draftKeyOf({ kind: 'link', encoded: 'v1.abd' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    const long = `v1.${'x'.repeat(5000)}`;
    expect(draftKeyOf({ kind: 'link', encoded: long })).toBe(draftKeyOf({ kind: 'link', encoded: long }));
    expect(draftKeyOf({ kind: 'link', encoded: long }).length).toBeLessThan(40);
  });
});

describe('reading and writing drafts', () => {
  it('reads back what it wrote, per key', () => {
    const storage = new MemoryStorage();
    expect(writeDraft(storage, 'blank', draft('Blank edits', 1))).toBe(true);
    expect(writeDraft(storage, 'saved:x', draft('Saved edits', 2, 3))).toBe(true);
    expect(readDraft(storage, 'blank')?.state.scenario.title).toBe('Blank edits');
    expect(readDraft(storage, 'saved:x')).toMatchObject({ baseVersion: 3, writtenAt: 2 });
    removeDraft(storage, 'blank');
    expect(readDraft(storage, 'blank')).toBeNull();
    expect(readDraft(storage, 'saved:x')).not.toBeNull();
  });

  it('drops a damaged or older-shaped draft instead of handing it to the forms', () => {
    const storage = new MemoryStorage();
    storage.setItem('liqlab.sandbox-draft.v1:blank', '{"state":{"scenario":{"title":"t"}}');
    expect(readDraft(storage, 'blank')).toBeNull();
    storage.setItem(
      'liqlab.sandbox-draft.v1:blank',
      JSON.stringify({ state: { scenario: 'x' }, writtenAt: 1 }),
    );
    expect(readDraft(storage, 'blank')).toBeNull();
    expect(storage.length).toBe(0);
  });

  it(`keeps at most ${MAX_DRAFTS} drafts, evicting the oldest`, () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_DRAFTS + 2; i++) writeDraft(storage, `preset:${i}`, draft(`P${i}`, 100 + i));
    expect(storage.length).toBe(MAX_DRAFTS);
    expect(readDraft(storage, 'preset:0')).toBeNull();
    expect(readDraft(storage, 'preset:1')).toBeNull();
    expect(readDraft(storage, `preset:${MAX_DRAFTS + 1}`)?.state.scenario.title).toBe(`P${MAX_DRAFTS + 1}`);
  });

  it('makes room under a full quota by evicting older drafts, and says so when it cannot', () => {
    const one = JSON.stringify(draft('A', 1)).length + 40;
    const storage = new MemoryStorage(one * 2);
    expect(writeDraft(storage, 'preset:a', draft('A', 1))).toBe(true);
    expect(writeDraft(storage, 'preset:b', draft('B', 2))).toBe(true);
    expect(writeDraft(storage, 'preset:c', draft('C', 3))).toBe(true);
    expect(readDraft(storage, 'preset:a')).toBeNull();
    expect(readDraft(storage, 'preset:c')).not.toBeNull();

    const tiny = new MemoryStorage(10);
    expect(writeDraft(tiny, 'blank', draft('Too big', 1))).toBe(false);
  });

  it('answers false, never throws, when storage is disabled', () => {
    const disabled = new MemoryStorage();
    disabled.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(writeDraft(disabled, 'blank', draft('A', 1))).toBe(false);
  });
});

describe('scenarioChanged', () => {
  const base = DEFAULT_STATE.scenario;
  it('is false for the same content, even as a copy read back from storage', () => {
    expect(scenarioChanged(base, base)).toBe(false);
    expect(scenarioChanged(JSON.parse(JSON.stringify(base)), base)).toBe(false);
    // An optional member left undefined is absent, as on the wire.
    expect(scenarioChanged({ ...base, position: { ...base.position, stopLoss: undefined } }, base)).toBe(
      false,
    );
  });

  it('is true for any change a save would store', () => {
    expect(scenarioChanged({ ...base, title: 'Other' }, base)).toBe(true);
    expect(scenarioChanged({ ...base, notes: 'n' }, base)).toBe(true);
    expect(scenarioChanged({ ...base, position: { ...base.position, leverage: '50' } }, base)).toBe(true);
    expect(
      scenarioChanged(
        { ...base, position: { ...base.position, stopLoss: { price: '59000', trigger: 'mark' } } },
        base,
      ),
    ).toBe(true);
    expect(scenarioChanged({ ...base, path: { ...(base.path as GbmPathDraft), seed: 'other' } }, base)).toBe(
      true,
    );
  });
});
