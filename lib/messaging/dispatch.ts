import type { MessageType, Protocol, Reply, Req, Res } from './protocol';
import { protocol } from './protocol';

/** Who sent a message, as the browser reports it (runtime.MessageSender's relevant part). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handlers = { [T in MessageType]?: (payload: Req<T>, sender: SenderInfo) => Promise<Res<T>> | Res<T> };

/**
 * Messages are accepted only from this extension: its content scripts
 * (sender.id is ours and the message comes from a tab) and its own pages
 * (sender.url on our origin). Web pages cannot reach the background at all:
 * the manifest has no `externally_connectable`.
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab) return true; // our content script in a tab
  const from = sender.origin ?? sender.url ?? '';
  return from.startsWith(extensionOrigin);
}

/**
 * The background's one dispatcher: checks the sender, validates the envelope
 * and payload with zod, runs the handler, and turns every failure into
 * `{ ok: false, error }` rather than a thrown exception.
 */
export function createDispatcher(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply<unknown> | undefined> => {
    if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
    if (!isTrustedSender(sender, extensionId, extensionOrigin)) return { ok: false, error: 'untrusted sender' };
    const type = message.type as MessageType;
    const spec: Protocol[MessageType] | undefined = Object.hasOwn(protocol, type) ? protocol[type] : undefined;
    const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
    if (!spec || !handler) return { ok: false, error: `unknown message type: ${String(message.type).slice(0, 40)}` };
    const parsed = spec.req.safeParse(message.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `invalid ${type}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() };
    }
    try {
      // biome-ignore lint/suspicious/noExplicitAny: the map above pairs each type with its own handler
      const data = await (handler as any)(parsed.data, sender);
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: errorMessage(e) };
    }
  };
}

function isEnvelope(m: unknown): m is { zhide: 1; type: unknown; payload: unknown } {
  return typeof m === 'object' && m !== null && (m as { zhide?: unknown }).zhide === 1 && 'type' in m;
}

export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && (e as Error).name === 'QuotaExceededError') {
    return 'disk full: the browser refused to store more data (QuotaExceededError)';
  }
  const inner = (e as { inner?: unknown })?.inner;
  if (inner && inner !== e) return errorMessage(inner);
  return e instanceof Error ? e.message : String(e);
}
