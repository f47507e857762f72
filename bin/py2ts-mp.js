#!/usr/bin/env node
// The py2ts-mp command. The CLI is compiled to dist/ by `npm ci` (prepare script).
import { main } from "../dist/src/cli/main.js";

main(process.argv.slice(2));
