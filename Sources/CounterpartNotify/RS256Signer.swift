import CCrypto

/// RSA signatures with SHA-256 (RS256, RFC 7518 §3.3) of a PEM private key, by OpenSSL's
/// libcrypto: the library the store already links for SHA-256, so no second copy of a
/// cryptography library is built (swift-crypto's `_CryptoExtras` would bring BoringSSL).
/// The key's bytes are kept, and read again for each signature: one JWT an hour or so.
public struct RS256Signer: Sendable {
    /// Why a key cannot be used.
    public struct KeyError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    private let pem: [UInt8]

    /// A signer of the private key in `pem`.
    /// - Throws: ``KeyError`` when it is not an RSA private key in PEM.
    public init(pem: [UInt8]) throws(KeyError) {
        self.pem = pem
        let key = try Self.privateKey(pem)
        defer { EVP_PKEY_free(key) }
        guard EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA else {
            throw KeyError(description: "the private key is not an RSA key")
        }
    }

    /// The RS256 signature of `message`.
    /// - Throws: ``KeyError`` when OpenSSL cannot sign.
    public func sign(_ message: [UInt8]) throws(KeyError) -> [UInt8] {
        let key = try Self.privateKey(pem)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw KeyError(description: "OpenSSL cannot sign") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, EVP_sha256(), nil, key) == 1 else {
            throw KeyError(description: "OpenSSL cannot sign with the key")
        }
        var length = 0
        let sized = message.withUnsafeBufferPointer { EVP_DigestSign(context, nil, &length, $0.baseAddress, $0.count) }
        guard sized == 1, length > 0 else { throw KeyError(description: "OpenSSL cannot sign with the key") }
        var signature = [UInt8](repeating: 0, count: length)
        let signed = message.withUnsafeBufferPointer { input in
            signature.withUnsafeMutableBufferPointer { output in
                EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count)
            }
        }
        guard signed == 1 else { throw KeyError(description: "OpenSSL cannot sign with the key") }
        return Array(signature.prefix(length))
    }

    /// Whether `signature` is the RS256 signature of `message` by the key in `pem` (a public
    /// key, or a private key whose public half is used).
    public static func verify(_ signature: [UInt8], of message: [UInt8], pem: [UInt8]) -> Bool {
        guard let key = (try? publicKey(pem)) ?? (try? privateKey(pem)) else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, EVP_sha256(), nil, key) == 1 else { return false }
        return signature.withUnsafeBufferPointer { signed in
            message.withUnsafeBufferPointer { input in
                EVP_DigestVerify(context, signed.baseAddress, signed.count, input.baseAddress, input.count) == 1
            }
        }
    }

    private static func privateKey(_ pem: [UInt8]) throws(KeyError) -> OpaquePointer {
        let key = pem.withUnsafeBytes { bytes -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(bytes.baseAddress, Int32(bytes.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PrivateKey(bio, nil, nil, nil)
        }
        ERR_clear_error()
        guard let key else { throw KeyError(description: "the private key cannot be read (PEM)") }
        return key
    }

    private static func publicKey(_ pem: [UInt8]) throws(KeyError) -> OpaquePointer {
        let key = pem.withUnsafeBytes { bytes -> OpaquePointer? in
            guard let bio = BIO_new_mem_buf(bytes.baseAddress, Int32(bytes.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PUBKEY(bio, nil, nil, nil)
        }
        ERR_clear_error()
        guard let key else { throw KeyError(description: "the public key cannot be read (PEM)") }
        return key
    }
}
