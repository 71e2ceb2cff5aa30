/**
 * Runs the end-to-end suite (suite/index.ts) inside a real VS Code: `npm run test:electron`.
 * It never downloads VS Code. It uses the build named by VSCODE_EXECUTABLE_PATH, or one that
 * @vscode/test-electron downloaded earlier into .vscode-test/, and otherwise skips with a message.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const DOWNLOAD_CACHE = path.join(REPO_ROOT, '.vscode-test');
const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'e2e', 'fixture-workspace');
const SUITE = path.join(__dirname, 'suite', 'index.js');

/** The executables a download folder of @vscode/test-electron may hold, by platform. */
function executableCandidates(folder: string): string[] {
  if (process.platform === 'win32') return [path.join(folder, 'Code.exe')];
  if (process.platform === 'darwin') {
    const macos = path.join(folder, 'Visual Studio Code.app', 'Contents', 'MacOS');
    return [path.join(macos, 'Code'), path.join(macos, 'Electron')];
  }
  return [path.join(folder, 'code')];
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

/** The newest complete stable build for this platform in the download cache, if any. */
function cachedBuild(): string | undefined {
  const entries = fs.existsSync(DOWNLOAD_CACHE) ? fs.readdirSync(DOWNLOAD_CACHE) : [];
  const builds = entries
    .map((name) => /^vscode-(?<platform>[a-z0-9-]+)-(?<version>\d+\.\d+\.\d+)$/.exec(name))
    .filter((match) => match?.groups?.platform.startsWith(process.platform))
    .map((match) => ({ folder: match?.[0] ?? '', version: match?.groups?.version ?? '' }))
    .filter((build) => fs.existsSync(path.join(DOWNLOAD_CACHE, build.folder, 'is-complete')))
    .sort((a, b) => compareVersions(b.version, a.version));
  for (const build of builds) {
    const executable = executableCandidates(path.join(DOWNLOAD_CACHE, build.folder)).find((file) =>
      fs.existsSync(file),
    );
    if (executable) return executable;
  }
  return undefined;
}

async function runSuite(executable: string): Promise<number> {
  // A fresh profile each run, so that nothing from an earlier run (restored editors, settings)
  // can change the result.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-e2e-'));
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [
        FIXTURE_WORKSPACE,
        '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (process.env.NODE_TEST_CONTEXT) {
    // Picked up by `node --test out/test/`; it runs with `npm run test:electron`.
    console.log('skipped: the end-to-end suite runs with npm run test:electron');
    return 0;
  }
  const fromEnvironment = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnvironment && !fs.existsSync(fromEnvironment)) {
    console.error(`VSCODE_EXECUTABLE_PATH names ${fromEnvironment}, which does not exist`);
    return 1;
  }
  const executable = fromEnvironment || cachedBuild();
  if (!executable) {
    console.log('skipped: no VS Code build available (set VSCODE_EXECUTABLE_PATH)');
    return 0;
  }
  console.log(`running the end-to-end suite in ${executable}`);
  return runSuite(executable);
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
