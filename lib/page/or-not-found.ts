// For pages: a service's typed "not found" (which is also its answer for "not yours") becomes the
// 404 page; anything unexpected still reaches error.tsx.
import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
