import type { Envelope, MessageType, Reply, Req, Res } from './protocol';

/** Sends one message to the background; injected so tests and pages use the same client. */
export type Transport = (message: Envelope) => Promise<unknown>;

export class MessageError extends Error {}

/**
 * Send a typed message. A background service worker that is starting up,
 * or was stopped mid-request, answers nothing or "Receiving end does not
 * exist": those are retried with backoff, so a message the caller sees
 * acknowledged was really handled. Errors from the handler are not retried.
 */
export async function send<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: Req<T>,
  { attempts = 6, baseDelayMs = 150 }: { attempts?: number; baseDelayMs?: number } = {},
): Promise<Res<T>> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const reply = (await transport({ zhide: 1, type, payload })) as Reply<Res<T>> | undefined;
      if (reply && typeof reply === 'object' && 'ok' in reply) {
        if (reply.ok) return reply.data;
        throw new MessageError(reply.error);
      }
      lastError = new Error('no reply from background');
    } catch (e) {
      if (e instanceof MessageError) throw e;
      lastError = e;
      if (isContextGone(e)) break; // the extension was reloaded: this content script is orphaned
    }
    await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** i));
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

function isContextGone(e: unknown): boolean {
  return e instanceof Error && /Extension context invalidated/i.test(e.message);
}
