// Size baseline: the least an XState v5 app bundles to run a machine.
export { createActor, createMachine } from 'xstate';
