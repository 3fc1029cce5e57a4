export { WithTrpcLayout as default } from '~/trpc/with-trpc-layout';
