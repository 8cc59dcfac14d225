// `npm run bench`: the benchmark harness in bench/ (see README, "Performance").
import "@/bench/run-bench";
