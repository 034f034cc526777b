export type StepStyle = "module" | "raw";
export declare const FLOW_SCHEMA_LINE = "#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json";
export declare function flowToml(options: {
    flow: string;
    step: string;
    script: string;
    type: string;
}): string;
export declare function stepSource(style: StepStyle): string;
