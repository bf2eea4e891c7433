// Moved to lib/record/openapi.ts; kept until lib/api/openapi.ts imports it from there.
export { recordOpenApi } from "@/lib/record/openapi";
