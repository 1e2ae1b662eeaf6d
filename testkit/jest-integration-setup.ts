// The integration project's per-test time limit: `testTimeout` inside a jest project entry is
// ignored, so it is set here (setupFilesAfterEnv of the integration project).
import { jest } from '@jest/globals';

jest.setTimeout(300_000);
