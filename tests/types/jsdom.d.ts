/**
 * The little of jsdom 29 the unit tests use (the package ships no types, and @types/jsdom is not installed):
 * a window, and requestInterceptor to see every load a jsdom would make.
 */
declare module 'jsdom' {
  export interface RequestContext {
    /** The element that asked for the load, or null. */
    readonly element: Element | null;
  }
  /** An undici interceptor; opaque to the tests. */
  export type Interceptor = { readonly __interceptor: unique symbol };
  export function requestInterceptor(
    handler: (request: Request, context: RequestContext) => Response | undefined | Promise<Response | undefined>,
  ): Interceptor;
  export interface ConstructorOptions {
    readonly url?: string;
    readonly runScripts?: 'dangerously' | 'outside-only';
    readonly resources?: 'usable' | { readonly userAgent?: string; readonly interceptors?: readonly Interceptor[] };
    readonly pretendToBeVisual?: boolean;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
