import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request with its body read (bounded) and kept raw, so that signatures can be checked over the exact bytes. */
export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface HttpResponse {
  status: number;
  /** Sent as JSON unless it is a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type BufferedHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** For frameworks that read the request themselves (Bolt's receiver). */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export type Route =
  | { method: 'GET' | 'POST'; path: string; handle: BufferedHandler; maxBodyBytes?: number }
  | { method: 'GET' | 'POST'; path: string; raw: RawHandler };
