import { availableParallelism } from "node:os";

/** Units rendered at once by default: the number of cores (a module of its own, so `batch --help` loads no batch code). */
export const defaultJobs = (): number => Math.max(1, availableParallelism());
