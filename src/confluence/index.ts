/**
 * Typed Confluence Cloud REST v2 client (publishing competency pages). The Forge transport lives
 * in ./forge-transport and is imported by the Forge host only.
 */
export { createConfluenceClient, nextCursor } from './client';
export type { ConfluenceClient, ConfluenceClientOptions, ConfluencePage, ConfluenceSpace, CreatePageInput, UpdatePageInput } from './client';
export { callConfluence, errorFor, errorMessages } from './call';
export type { CallOptions } from './call';
export * from './errors';
export { confluenceSegment, toPathAndQuery, assertSafeConfluencePath } from './transport';
export type { ConfluenceTransport, HttpRequest, HttpResponse } from './transport';
