// What every part of the capture screen reads (state, merged entries, the queue's actions, who is
// being edited), handed down once instead of through every list and form.
"use client";
import { createContext, useContext } from "react";
import type { TCaptureState } from "@/lib/record/capture-schema";
import type { TLocale } from "@/i18n/locales";
import type { TCaptureActions } from "./capture-actions";
import type { TCaptureView, TEntry } from "./merge";
import type { TEntity, TRecord } from "./queue-types";
import type { TOption } from "./combobox";

export type TEditing = { entity: TEntity; entry: TEntry<TRecord> };

export type TCaptureContext = {
  state: TCaptureState;
  view: TCaptureView;
  locale: TLocale;
  /** The record is open and the user may change it. */
  canWrite: boolean;
  /** Sending has failed at least once (or the device is offline): unsaved entries say "retrying". */
  isRetrying: boolean;
  actions: TCaptureActions;
  /**
   * The entry whose edit form is open (one at a time), as it was when opened: the edit is sent
   * against that version, so a colleague's change meanwhile shows as a conflict.
   */
  editing: TEditing | null;
  setEditing: (editing: TEditing | null) => void;
  people: TOption[];
  organisations: TOption[];
};

export const CaptureContext = createContext<TCaptureContext | null>(null);

export function useCaptureContext(): TCaptureContext {
  const ctx = useContext(CaptureContext);
  if (!ctx) throw new Error("useCaptureContext outside the capture screen");
  return ctx;
}
