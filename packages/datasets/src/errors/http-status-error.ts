import { DatasetsError } from './datasets-error';

/** A mirror answered a download request with an HTTP error status. */
export class HttpStatusError extends DatasetsError {
  /** The URL requested. */
  readonly url: string;
  /** The HTTP status, e.g. 404. */
  readonly status: number;

  constructor(url: string, status: number, statusText: string) {
    super(
      `GET ${url} failed; the mirror does not serve this file right now. Received: HTTP ${status} ${statusText}`,
    );
    this.url = url;
    this.status = status;
  }
}
