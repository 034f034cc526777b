/** Where a file/line annotation points. */
export type AnnotationProperties = {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
};

/**
 * What the action needs from its host: the runner (through @actions/core) or a terminal
 * (`flows github`). Keeping it this small lets tests and the CLI run the action's code path.
 */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void | Promise<void>;
  setSecret(value: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}
