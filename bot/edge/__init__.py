"""The process at the edge: the command line, the HTTP and Socket Mode servers, the Bolt
app's assembly, the checks at start, the scheduler's tick, the metrics."""
