/**
 * PBKDF2 at the vault's 600,000 iterations costs about 120 ms a derivation on the CI machine's
 * cores, and the vault's tests derive the same key from the same passphrase and salt again and
 * again (turn encryption on, lock, unlock, change the passphrase). A derivation is a pure
 * function of its inputs, so each distinct one is computed once per worker by Web Crypto itself
 * and its result handed out again for the same inputs: the same key Web Crypto would return,
 * without the wait. A different passphrase, salt, iteration count or key type is still derived.
 */
const memoKey = Symbol.for('eikamet.tests.pbkdf2Memo');
const holder = globalThis as typeof globalThis & { [memoKey]?: true };

function hex(data: BufferSource): string {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function algorithmName(algorithm: AlgorithmIdentifier): string {
  return (typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase();
}

function install(): void {
  const subtle = globalThis.crypto.subtle;
  const importKey = subtle.importKey.bind(subtle);
  const deriveKey = subtle.deriveKey.bind(subtle);
  const deriveBits = subtle.deriveBits.bind(subtle);
  /** The raw passphrase behind each PBKDF2 key material (not extractable from the key itself). */
  const material = new WeakMap<CryptoKey, string>();
  const derived = new Map<string, Promise<CryptoKey | ArrayBuffer>>();

  const inputs = (params: Pbkdf2Params, base: CryptoKey, rest: unknown): string | null => {
    const secret = material.get(base);
    if (secret === undefined) return null;
    const hash = typeof params.hash === 'string' ? params.hash : params.hash.name;
    return JSON.stringify([secret, hex(params.salt), params.iterations, hash.toUpperCase(), rest]);
  };

  const memo = <T extends CryptoKey | ArrayBuffer>(
    key: string | null,
    derive: () => Promise<T>,
  ): Promise<T> => {
    if (key === null) return derive();
    let result = derived.get(key);
    if (!result) {
      result = derive();
      derived.set(key, result);
      // A failed derivation is not kept: the next call tries again, as Web Crypto would.
      result.catch(() => derived.delete(key));
    }
    return result as Promise<T>;
  };

  subtle.importKey = (async (...args: Parameters<SubtleCrypto['importKey']>) => {
    const [format, keyData, algorithm] = args;
    const key = await (importKey as (...a: unknown[]) => Promise<CryptoKey>)(...args);
    if (format === 'raw' && algorithmName(algorithm) === 'PBKDF2')
      material.set(key, hex(keyData as BufferSource));
    return key;
  }) as SubtleCrypto['importKey'];

  subtle.deriveKey = ((algorithm, baseKey, derivedKeyType, extractable, keyUsages) => {
    if (algorithmName(algorithm) !== 'PBKDF2')
      return deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages);
    const key = inputs(algorithm as Pbkdf2Params, baseKey, [
      'key',
      derivedKeyType,
      extractable,
      [...keyUsages],
    ]);
    return memo(key, () => deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages));
  }) as SubtleCrypto['deriveKey'];

  subtle.deriveBits = ((algorithm, baseKey, length) => {
    if (algorithmName(algorithm) !== 'PBKDF2') return deriveBits(algorithm, baseKey, length);
    const key = inputs(algorithm as Pbkdf2Params, baseKey, ['bits', length]);
    return memo(key, () => deriveBits(algorithm, baseKey, length)).then((bits) => bits.slice(0));
  }) as SubtleCrypto['deriveBits'];
}

if (!holder[memoKey]) {
  holder[memoKey] = true;
  install();
}
