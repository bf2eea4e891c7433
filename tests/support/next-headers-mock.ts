// next/headers for integration tests that call server actions and session reads in-process, where
// Next's request store is absent: `cookies()` reads what `browser.cookie` holds, as a browser
// would send it. Use: `vi.mock("next/headers", () => import("../support/next-headers-mock"))`,
// then set `browser.cookie` (imported from here: the mock is this very module).

export const browser = { cookie: "" };

export async function cookies() {
  return {
    get: (name: string) => {
      for (const part of browser.cookie.split(";")) {
        const [key, ...value] = part.trim().split("=");
        if (key === name) return { name, value: value.join("=") };
      }
      return undefined;
    },
  };
}

export async function headers() {
  return new Headers();
}
