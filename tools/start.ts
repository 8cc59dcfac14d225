// `npm start`: production build of web + worker on the provided PostgreSQL and Redis (run-app.ts).
import { runApp } from "@/tools/run-app";

await runApp({ mode: "start" });
