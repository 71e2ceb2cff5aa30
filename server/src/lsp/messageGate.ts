/**
 * What the JSON-RPC library lets through but LSP forbids, answered as LSP asks: a request after
 * `shutdown` and a message whose `method` is no string (with an id) get an InvalidRequest error;
 * notifications after `shutdown` other than `exit` are dropped. The gate sits in the library's
 * message queue (its `messageStrategy`) and turns a refused request into a request for
 * `REFUSED_REQUEST`, whose handler answers with the error, so the answer takes the normal way out.
 */
import {
  ErrorCodes,
  ResponseError,
  type Connection,
  type ConnectionOptions,
  type Message,
  type MessageStrategy,
  type NotificationMessage,
  type RequestMessage,
} from 'vscode-languageserver/node';

export const REFUSED_REQUEST = '$/outsourcingPolicy/refused';

interface RefusedParams {
  reason: string;
}

function refusal(id: string | number, reason: string): RequestMessage {
  const params: RefusedParams = { reason };
  return { jsonrpc: '2.0', id, method: REFUSED_REQUEST, params };
}

export class MessageGate implements MessageStrategy {
  private shutDown = false;

  handleMessage(message: Message, next: (message: Message) => void | Promise<void>) {
    const candidate = message as Partial<RequestMessage> & { method?: unknown; id?: unknown };
    const id =
      typeof candidate.id === 'string' || typeof candidate.id === 'number'
        ? candidate.id
        : undefined;
    const method = candidate.method;
    if ('method' in candidate && typeof method !== 'string') {
      return id === undefined ? next(message) : next(refusal(id, 'method is not a string'));
    }
    if (typeof method === 'string' && this.shutDown) {
      if (id !== undefined) return next(refusal(id, `${method} after shutdown`));
      if (method !== 'exit') return undefined;
    }
    if (method === 'shutdown' && id !== undefined) this.shutDown = true;
    return next(message as NotificationMessage);
  }

  /** The options that put the gate in front of the connection's handlers. */
  get options(): ConnectionOptions {
    return { messageStrategy: this };
  }

  /** Registers the handler that answers refused requests. */
  register(connection: Connection): void {
    connection.onRequest(REFUSED_REQUEST, (params: Partial<RefusedParams> | undefined) => {
      const reason = typeof params?.reason === 'string' ? params.reason : 'invalid request';
      return new ResponseError(ErrorCodes.InvalidRequest, `Invalid request: ${reason}.`);
    });
  }
}
