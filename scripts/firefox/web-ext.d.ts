// web-ext ships no type declarations: this types the part of its programmatic API the project uses.
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  export const cmd: {
    lint(
      params: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean },
      options?: { shouldExitProgram?: boolean },
    ): Promise<LintResult>;
  };
}
