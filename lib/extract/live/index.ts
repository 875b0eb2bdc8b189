/**
 * Live-stream shopping rooms (Douyin, Kuaishou; TikTok LIVE and Taobao live
 * best effort). The public interface: other modules import only from here.
 * The main-world bridge imports ./bridge and ./endpoints directly (no zod).
 */
export { readLiveRoomDom, roomFromUrl } from './dom';
export { LIVE_ENDPOINTS, LIVE_MAX_PAYLOAD_CHARS, type LiveEndpoint, matchLiveEndpoint } from './endpoints';
export { isParseFailure, LIVE_LIMITS, type ParseFailure, parseLivePayload } from './parse';
export { LiveRecorder, type LiveRecorderOptions, type LiveUpdate, type Presentation } from './recorder';
export {
  checkItem,
  DouyinListSchema,
  DouyinPromotionSchema,
  KuaishouItemSchema,
  type LiveBridgeMessage,
  LiveBridgeMessageSchema,
} from './schemas';
export type { LiveDomReading, LiveHost, LivePayload, LivePlatform, LiveProduct, ParseOptions } from './types';
