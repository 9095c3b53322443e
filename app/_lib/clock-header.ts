/**
 * The request header that moves the server's clock by this many milliseconds, honoured only by a server
 * started with TEST_CLOCK=true (see clock.ts). Its own module so the end-to-end specs can import it.
 */
export const CLOCK_OFFSET_HEADER = "x-test-clock-offset-ms";
