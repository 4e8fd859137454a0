import Foundation

/// The JWT a LINE WORKS service account signs to ask for an access token (RFC 7519, RFC 7523):
/// `iss` the app's client id, `sub` the service account, `iat` now, `exp` an hour later.
public enum ServiceAccountJWT {
    /// How long the assertion holds.
    public static let lifetime: Int64 = 3600

    /// The signed token, `header.claims.signature` in base64url.
    /// - Throws: ``RS256Signer/KeyError`` when the key cannot sign.
    public static func make(
        clientID: String, serviceAccount: String, issuedAt: Int64, signer: RS256Signer
    ) throws(RS256Signer.KeyError) -> String {
        let header = #"{"alg":"RS256","typ":"JWT"}"#
        let claims: [String: Any] = [
            "iss": clientID, "sub": serviceAccount, "iat": Int(issuedAt), "exp": Int(issuedAt + lifetime),
        ]
        let claimsData = (try? JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys])) ?? Data()
        let signingInput = base64URL(Data(header.utf8)) + "." + base64URL(claimsData)
        let signature = try signer.sign(Array(signingInput.utf8))
        return signingInput + "." + base64URL(Data(signature))
    }

    /// Base64url without padding (RFC 7515 §2).
    public static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The bytes of base64url text; `nil` when it is none.
    public static func bytes(base64URL text: some StringProtocol) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
