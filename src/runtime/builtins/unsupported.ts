// The runtime's answer to a Python behaviour it cannot reproduce faithfully (for
// example complex numbers): a loud error instead of a silently different result.

export class UnsupportedFeatureError extends Error {
  override name = "UnsupportedFeatureError";
}

export function unsupported(feature: string): never {
  throw new UnsupportedFeatureError(`py2ts-mp does not support ${feature}`);
}
