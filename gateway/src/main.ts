import { startGateway } from './server.js';

const corsOrigins = (process.env.YKB_CORS_ORIGINS ?? '')
  .split(',')
  .filter(Boolean);

startGateway(undefined, corsOrigins).then(
  (running) => {
    const stop = () => {
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(
      `Gateway failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
