// A response body that is already JSON text (a save's data as stored): sent as it is, never parsed and
// serialised again. Anywhere else it behaves as the value it holds: JSON.stringify (an idempotency record,
// a body it is nested in) reads it through toJSON.
export class JsonText {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** JSON text standing for a value of type T (the handler's declared response body). */
export const jsonText = <T>(text: string): T => new JsonText(text) as unknown as T;
