/**
 * Operations: health probes for the load balancer, metrics in Prometheus format for the
 * operators (never for the public), request ids in the logs, and a clear 503 while the
 * database is unreachable.
 */
package org.minsheng.tracker.ops;
