// `npm run dev`: like `npm start`, with `next dev` and `tsx watch` instead of a build.
import { runApp } from "@/tools/run-app";

await runApp({ mode: "dev" });
