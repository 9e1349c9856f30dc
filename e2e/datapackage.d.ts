// The Frictionless JavaScript library ships no types; what the tests use of it.
declare module 'datapackage' {
  export class Resource {
    name: string;
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
