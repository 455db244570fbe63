/** One queue per kind of work; each has one worker entry in workers/. */
export const queueNames = ['scheduler', 'indexing', 'matching', 'notifications'] as const;
export type QueueName = (typeof queueNames)[number];
