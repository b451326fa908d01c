-- For bench/topology-load.sh: wrk reports p50, p95 and p99 (its --latency table has no p95) and the non-2xx answers.
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f\n", latency:percentile(50.0) / 1000))
  io.write(string.format("p95 %.1f\n", latency:percentile(95.0) / 1000))
  io.write(string.format("p99 %.1f\n", latency:percentile(99.0) / 1000))
  io.write(string.format("non2xx %d\n", summary.errors.status))
end
