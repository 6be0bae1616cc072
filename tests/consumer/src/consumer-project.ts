import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { type CommandResult, type RunCommandOptions, runCommand } from './run-command';
import { consumerTestsRoot, workspaceRoot } from './workspace-packages';
import { writeFileAtomic } from './write-file-atomic';

/** Options of {@link createConsumerProject}. */
export interface ConsumerProjectOptions {
  /** Short name, used in the temporary folder's name. */
  name: string;
  /** Absolute paths of the package tarballs to install. */
  tarballs: readonly string[];
  /**
   * Registry packages to install with them, as npm specs (`@tensorflow/tfjs-core@4.22.0`).
   * @default []
   */
  dependencies?: readonly string[];
  /**
   * The project's package.json `type`; omitted means Node's default, CommonJS for `.js` files.
   * @default undefined
   */
  moduleType?: 'module' | 'commonjs';
}

/** A fresh npm project in the system temporary folder, outside the workspace. */
export interface ConsumerProject {
  /** Absolute path of the project folder. */
  directory: string;
  /** Writes a file (relative to the project) and returns its absolute path. */
  writeFile(relativePath: string, contents: string): string;
  /** Copies a file from tests/consumer/fixtures into the project and returns its absolute path. */
  copyFixture(fixturePath: string, relativePath?: string): string;
  /** Runs a command in the project with the workspace scrubbed from its environment. */
  run(
    command: string,
    args: readonly string[],
    options?: Omit<RunCommandOptions, 'cwd'>,
  ): Promise<CommandResult>;
  /** Runs one of the project's installed binaries (`node_modules/.bin/<name>`). */
  bin(
    name: string,
    args: readonly string[],
    options?: Omit<RunCommandOptions, 'cwd'>,
  ): Promise<CommandResult>;
  /** Deletes the project folder. */
  dispose(): void;
}

// pnpm, turbo and vitest set these for the workspace (NODE_PATH would even let CommonJS resolve into it); a
// user's shell has none of them. The user's own npm settings (npm_config_registry, npm_config_cafile, ...),
// which pnpm passes on, are kept.
const WORKSPACE_VARIABLES = new RegExp(
  '^(npm_(command|execpath|node_execpath|lifecycle_\\w+|package_\\w+)' +
    '|npm_config_(user_agent|verify_deps_before_run|frozen_lockfile|_jsr_registry|node_gyp)' +
    '|pnpm_\\w+|turbo_\\w+|vitest\\w*|__vitest\\w*|tinypool\\w*' +
    '|NODE_ENV|NODE_OPTIONS|NODE_PATH|INIT_CWD|TEST|MODE|DEV|PROD|SSR|BASE_URL)$',
  'i',
);

/**
 * The environment a user's shell would give the project: no pnpm/vitest variables and no workspace
 * `node_modules/.bin` on PATH, so nothing can resolve back into the monorepo.
 */
function consumerEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !WORKSPACE_VARIABLES.test(key)) environment[key] = value;
  }
  environment.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => isAbsolute(entry) && !entry.startsWith(workspaceRoot.replace(/\/$/, '')))
    .join(delimiter);
  return environment;
}

/**
 * Creates a project under the system temporary folder and installs the tarballs and registry
 * dependencies in one `npm install`, as a user adds the packages to their own project.
 */
export async function createConsumerProject(options: ConsumerProjectOptions): Promise<ConsumerProject> {
  const { name, tarballs, dependencies = [], moduleType } = options;
  const directory = mkdtempSync(join(tmpdir(), `digitlab-consumer-${name}-`));
  const environment = consumerEnvironment();
  const project: ConsumerProject = {
    directory,
    writeFile(relativePath, contents) {
      const path = join(directory, relativePath);
      writeFileAtomic(path, contents);
      return path;
    },
    copyFixture(fixturePath, relativePath = fixturePath.split('/').slice(1).join('/')) {
      return project.writeFile(
        relativePath,
        readFileSync(join(consumerTestsRoot, 'fixtures', fixturePath), 'utf8'),
      );
    },
    run(command, args, runOptions = {}) {
      return runCommand(command, args, {
        ...runOptions,
        cwd: directory,
        env: { ...environment, ...runOptions.env },
      });
    },
    bin(binary, args, runOptions) {
      return project.run(join(directory, 'node_modules', '.bin', binary), args, runOptions);
    },
    dispose() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
  const manifest = { name: `digitlab-consumer-${name}`, version: '1.0.0', private: true, type: moduleType };
  project.writeFile('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    await project.run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel=error',
        ...tarballs,
        ...dependencies,
      ],
      { timeoutMs: 600_000 },
    );
  } catch (error) {
    project.dispose();
    throw error;
  }
  return project;
}
