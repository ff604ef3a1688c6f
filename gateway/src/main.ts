import { runUntilSignal } from '@ykb/common';
import { startGateway } from './server.js';

const corsOrigins = (process.env.YKB_CORS_ORIGINS ?? '')
  .split(',')
  .filter(Boolean);

runUntilSignal('Gateway', () => startGateway(undefined, corsOrigins));
