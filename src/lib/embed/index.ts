export {
	EmbedBridge,
	type BridgeDeps,
	type PortalAccount,
	type PortalTokenOutcome,
	type PortalTokenError,
	type PortalLogInput
} from './bridge';
export {
	parsePortalMessage,
	isPortalOrigin,
	ancestorOrigin,
	message,
	PREFIX,
	PROTOCOL_VERSION,
	MAX_MESSAGE_BYTES,
	MAX_MESSAGE_DEPTH,
	plainJsonSize,
	ERROR_CODES,
	type PortalRequest,
	type PortalErrorCode,
	type TokenReply,
	type PortalServer
} from './messages';
export {
	ALLOW_READY,
	ALLOW_REQUEST,
	ALLOW_DECISION,
	isAllowRequest,
	isAllowDecision,
	type AllowRequest,
	type AllowDecision
} from './allow';
