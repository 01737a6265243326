import zendesk from 'node-zendesk';

export interface ZendeskConnection {
  /** Base URL of the API, e.g. `https://caliroots.zendesk.com/api/v2` (or a proxy or test server). */
  baseUrl: string;
  email: string;
  token: string;
  /** Per-request timeout; a hung call must not hold a worker forever. */
  timeoutMs?: number;
}

/** What came back, before any interpretation: node-zendesk resolves some failures, so the status decides. */
export interface ApiReply {
  status: number;
  retryAfter: string | null;
  result: unknown;
}

/** The three calls the bot makes through node-zendesk, with node-zendesk's quirks kept in here. */
export interface ZendeskApi {
  showTicket(id: number): Promise<ApiReply>;
  showUser(id: number): Promise<ApiReply>;
  updateTicket(id: number, ticket: Record<string, unknown>): Promise<ApiReply>;
}

export function zendeskBaseUrl(opts: { apiUrl?: string; subdomain?: string }): string {
  if (opts.apiUrl) return opts.apiUrl.replace(/\/+$/, '');
  if (!opts.subdomain) throw new Error('ZENDESK_SUBDOMAIN or ZENDESK_API_URL is required');
  return `https://${opts.subdomain}.zendesk.com/api/v2`;
}

const quiet = { fatal() {}, error() {}, warn() {}, info() {}, debug() {} };

interface FetchLikeResponse {
  status: number;
  headers: { get(name: string): string | null };
}

/**
 * node-zendesk 6 behind a small interface. Native fetch with a timeout replaces its cross-fetch
 * transport; `throwOriginalException` keeps the status on thrown errors; its own logger stays quiet
 * because it would print request bodies.
 */
export function createZendeskApi(connection: ZendeskConnection): ZendeskApi {
  const timeoutMs = connection.timeoutMs ?? 20_000;
  const client = zendesk.createClient({
    username: connection.email,
    token: connection.token,
    endpointUri: connection.baseUrl,
    throwOriginalException: true,
    debug: false,
    logger: quiet,
    transportConfig: {
      transportFn: (
        uri: string,
        options: { method: string; headers: Record<string, string>; body?: string },
      ) =>
        fetch(uri, {
          method: options.method,
          headers: options.headers,
          body: options.body,
          signal: AbortSignal.timeout(timeoutMs),
        }),
      responseAdapter: (response: Response) => ({
        // An empty or non-JSON error body (a proxy's 503) must not hide the status behind a SyntaxError.
        json: async () => {
          const text = await response.text();
          try {
            return JSON.parse(text) as unknown;
          } catch {
            return {};
          }
        },
        status: response.status,
        headers: { get: (name: string) => response.headers.get(name) },
        statusText: response.statusText,
      }),
    },
  });

  const reply = async (call: Promise<{ response: object; result: unknown }>): Promise<ApiReply> => {
    const { response, result } = await call;
    const r = response as FetchLikeResponse;
    return { status: r.status, retryAfter: r.headers.get('retry-after'), result };
  };

  return {
    showTicket: (id) => reply(client.tickets.show(id)),
    showUser: (id) => reply(client.users.show(id)),
    updateTicket: (id, ticket) => reply(client.tickets.update(id, { ticket })),
  };
}
