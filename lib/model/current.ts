import { readCompiledBriefing } from './compiled';

/** The briefing this build serves: read once per process from the compiled file. */
export const briefing = readCompiledBriefing();
