/**
 * Where "now" comes from. Services and repositories take `now` as an argument (so tests pin it);
 * only the routers read this clock, once per request.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
