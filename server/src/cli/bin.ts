/** Entry point of the bundled CLI (dist/cli.js). */
import { runProcess } from './main';

runProcess();
