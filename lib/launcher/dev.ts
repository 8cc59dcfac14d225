// `npm run dev`: like `npm start`, with `next dev` and `tsx watch` instead of a build.
import { runApp } from "@/lib/launcher/run-app";

await runApp({ mode: "dev" });
