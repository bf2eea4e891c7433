// The classes of a form control (input, select, textarea), in a plain module: a server component
// can import them, which it cannot from a "use client" file (it would get a client reference, not
// the string).
export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-600";
export const selectClass = `h-10 ${controlClass}`;
export const textareaClass = `min-h-24 py-2 ${controlClass}`;
