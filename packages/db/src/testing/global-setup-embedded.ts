import { databaseGlobalSetup } from './vitest-global-setup';

export default databaseGlobalSetup('embedded');
