// Route handlers called as Next calls them, so an integration test says who asks for what (a bearer
// token, a JSON body, the route's params) instead of building each Request by hand.

export type TRouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type TRequestOptions = {
  method?: string;
  /** Sent as `Authorization: Bearer …`; none when null or absent. */
  token?: string | null;
  /** Sent as JSON with its content type; a string is sent as it is (to send broken JSON, or CSV). */
  body?: unknown;
  /** Extra headers; they win over the ones above. */
  headers?: Record<string, string>;
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A request to `url`: a path on http://localhost, or a whole URL. */
export function apiRequest(url: string, { method = "GET", token, body, headers }: TRequestOptions = {}) {
  const hasBody = body !== undefined;
  return new Request(new URL(url, "http://localhost"), {
    method,
    headers: {
      ...(token ? bearer(token) : {}),
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: hasBody ? (typeof body === "string" ? body : JSON.stringify(body)) : undefined,
  });
}

/** Calls a route handler with a request to `url` and the route's `params`. */
export function callRoute<P>(
  handler: TRouteHandler<P>,
  url: string,
  { params, ...request }: TRequestOptions & { params?: P } = {},
): Promise<Response> {
  return handler(apiRequest(url, request), { params: Promise.resolve(params ?? ({} as P)) });
}
