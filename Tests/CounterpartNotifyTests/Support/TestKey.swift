import CCrypto

/// An RSA key made for the tests by OpenSSL (never a key of anyone's), in PEM.
enum TestKey {
    /// A 2048-bit private key, made once per test run.
    static let privatePEM: [UInt8] = make()

    private static func make() -> [UInt8] {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nil) else { fatalError("OpenSSL: no key context") }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_CTX_set_rsa_keygen_bits(context, 2048) == 1,
            EVP_PKEY_keygen(context, &key) == 1, let key
        else { fatalError("OpenSSL cannot make an RSA key") }
        defer { EVP_PKEY_free(key) }
        guard let bio = BIO_new(BIO_s_mem()) else { fatalError("OpenSSL: no BIO") }
        defer { BIO_free(bio) }
        guard PEM_write_bio_PrivateKey(bio, key, nil, nil, 0, nil, nil) == 1 else { fatalError("OpenSSL: no PEM") }
        let count = Int(BIO_ctrl_pending(bio))
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { BIO_read(bio, $0.baseAddress, Int32(count)) }
        return Array(bytes.prefix(Int(read)))
    }
}
