// Page-based pagination shared by list pages and the API.
import { z } from "zod";

export const ZPage = z.coerce.number().int().min(1).max(100_000).default(1);
export const ZPageSize = z.coerce.number().int().min(1).max(100).default(20);

export type TPaged<T> = { data: T[]; page: number; pageSize: number; total: number; pageCount: number };

export function paged<T>(data: T[], page: number, pageSize: number, total: number): TPaged<T> {
  return { data, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** For pages: a `?page=` search param, tolerating garbage by falling back to page 1. */
export function pageFromSearchParam(value: string | string[] | undefined): number {
  const parsed = ZPage.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
