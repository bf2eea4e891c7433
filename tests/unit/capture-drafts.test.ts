// A new entry's typing is kept in the browser until it is saved, and forgotten once the form is empty.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDraft, writeDraft } from "@/components/capture/use-entry-form";

const store = new Map<string, string>();
const fakeStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
};
const initial = { speakerPersonId: "", kind: "STATEMENT", summary: "", quote: "" };
const KEY = "notulen:capture-draft:m1:remark-new";

beforeEach(() => {
  store.clear();
  (globalThis as { window?: unknown }).window = { localStorage: fakeStorage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("capture drafts", () => {
  it("keeps typing and gives it back after a reload", () => {
    writeDraft(KEY, { ...initial, summary: "Half a remark" }, initial);
    expect(readDraft(KEY, initial)).toEqual({ ...initial, summary: "Half a remark" });
  });

  it("forgets the draft once the form is back to its initial values (saved or cleared)", () => {
    writeDraft(KEY, { ...initial, summary: "Half a remark" }, initial);
    writeDraft(KEY, initial, initial);
    expect(store.has(KEY)).toBe(false);
    expect(readDraft(KEY, initial)).toEqual(initial);
  });

  it("ignores a broken or foreign draft and fields the form does not have", () => {
    store.set(KEY, "{not json");
    expect(readDraft(KEY, initial)).toEqual(initial);
    store.set(KEY, JSON.stringify({ summary: 42, quote: "kept", injected: "x" }));
    expect(readDraft(KEY, initial)).toEqual({ ...initial, quote: "kept" });
  });

  it("does nothing without a key (edit forms)", () => {
    writeDraft(undefined, { ...initial, summary: "x" }, initial);
    expect(store.size).toBe(0);
    expect(readDraft(undefined, initial)).toBe(initial);
  });
});
