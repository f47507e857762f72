// TEMPORARY stand-in written on branch values-obj with the API of values-num's
// notImplemented.ts (which replaces it): Python's NotImplemented singleton.

export class NotImplementedType {
  static readonly __name__ = "NotImplementedType";

  __repr__(): string {
    return "NotImplemented";
  }
}

export const NotImplemented: NotImplementedType = Object.freeze(new NotImplementedType());
