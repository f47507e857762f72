// Python's NotImplemented singleton: what a binary special method returns to let
// the other operand try its reflected method (binaryDispatch.ts).

export class NotImplementedType {
  static readonly __name__ = "NotImplementedType";

  __repr__(): string {
    return "NotImplemented";
  }
}

export const NotImplemented: NotImplementedType = Object.freeze(new NotImplementedType());
