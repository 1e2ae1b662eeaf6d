// The background deleter of free-disk-space (bundled to dist/free-disk-space/worker/index.js):
// started detached by the main step as `node <this bundle> <job.json>`, it deletes the trash
// folders, then writes its status file for the post step. Not an action step: no inputs, no outputs.
import { runDeleteWorker } from './background.js';

void runDeleteWorker(process.argv[2]!);
