import type { AppRouter } from '@liqlab/api/root';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** A question as the server serves it: public fields only, no answer, no explanation. */
export type ServedQuestion = Outputs['quiz']['start']['questions'][number];
export type GradedAnswer = Outputs['quiz']['answer'];
export type FinishedQuiz = Outputs['quiz']['finish'];
export type Answer = Inputs['quiz']['answer']['answer'];
