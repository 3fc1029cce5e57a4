import { z } from 'zod';

// Zod probes `new Function("")` to decide whether it may compile fast parsers. The CSP has no
// 'unsafe-eval', so the probe is blocked and reported as a violation on every page that parses;
// jitless skips the probe (and the compiled path, which the CSP would refuse anyway).
z.config({ jitless: true });
