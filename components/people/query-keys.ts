// Query keys for people, from one typed factory (never inline strings), so invalidation after an
// import reaches every cached search.
export const peopleKeys = {
  all: ["people"] as const,
  search: (q: string, page: number) => [...peopleKeys.all, "search", { q, page }] as const,
};
