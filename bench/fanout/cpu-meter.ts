/** CPU time and memory of this process since a mark: what a server of the fan-out bench reports. */
import { performance } from 'node:perf_hooks';
import { rssMb } from './protocol.js';

export const cpuMeter = () => {
  let cpu = process.cpuUsage();
  let since = performance.now();
  return {
    mark() {
      cpu = process.cpuUsage();
      since = performance.now();
    },
    read() {
      const used = process.cpuUsage(cpu);
      return {
        cpuUserMs: Math.round(used.user / 1000),
        cpuSystemMs: Math.round(used.system / 1000),
        seconds: Math.round((performance.now() - since) / 100) / 10,
        rssMb: rssMb(),
      };
    },
  };
};
