import CounterpartCore
import CounterpartOperations
import HTTPTypes
import Hummingbird

/// Who is asking: a session cookie or a bearer token turned into a ``Caller``, and the CSRF
/// rule of API.md for state-changing requests made with a cookie. Nothing else decides who
/// someone is.
struct Gate: Sendable {
    let accounts: AccountDesk
    let desk: IncidentDesk

    /// The session cookie's name.
    static let cookieName = "counterpart_session"

    /// The caller of `request`.
    /// - Throws: 401 without a working session or token (a member gone from the roster
    ///   included); 403 for a state-changing request with a session but without its CSRF
    ///   token (header `X-CSRF-Token`, or the form field `formToken` pages send).
    ///   `checkingCSRF` false only to ask again whether a stream's credential still works.
    func caller(_ request: Request, formToken: String? = nil, checkingCSRF: Bool = true) async throws(APIError)
        -> Caller
    {
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer "),
                case let token = String(authorization.dropFirst(7)).trimmingSpaces, !token.isEmpty
            else { throw APIError.unauthenticated }
            let found = try await operations { () throws(OperationsError) in
                try await accounts.signedIn(token: token)
            }
            guard let found else { throw APIError.unauthenticated }
            return Caller(
                member: found.member, roster: found.roster, credential: .bearer, recordPosition: found.recordPosition)
        }
        guard let session = Self.sessionID(request) else { throw APIError.unauthenticated }
        let found = try await operations { () throws(OperationsError) in
            try await accounts.signedIn(session: session)
        }
        guard let found else { throw APIError.unauthenticated }
        let csrf = accounts.csrfToken(ofSession: session)
        if checkingCSRF, request.method.isStateChanging {
            let given = request.headers[.csrfToken] ?? formToken ?? ""
            guard SecretComparison.equal(given, csrf) else { throw APIError.csrf }
        }
        return Caller(
            member: found.member, roster: found.roster, credential: .session(id: session, csrfToken: csrf),
            recordPosition: found.recordPosition)
    }

    /// The session id of the cookie, if any.
    static func sessionID(_ request: Request) -> String? {
        guard let value = request.cookies[cookieName]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// The `Set-Cookie` value that keeps `session`: `HttpOnly`, `SameSite=Strict`, `Secure`
    /// over TLS, for the whole site, ending with the browser.
    static func cookie(_ session: String, secure: Bool) -> String {
        "\(cookieName)=\(session); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value that removes the cookie.
    static func clearedCookie(secure: Bool) -> String {
        "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }
}

/// Runs a desk call, with its refusal as the server's answer.
func operations<Value>(_ body: () async throws(OperationsError) -> Value) async throws(APIError) -> Value {
    do {
        return try await body()
    } catch {
        throw APIError(error)
    }
}

extension HTTPRequest.Method {
    /// Whether the method changes state (everything but GET, HEAD and OPTIONS).
    var isStateChanging: Bool { self != .get && self != .head && self != .options }
}

extension HTTPField.Name {
    /// `X-CSRF-Token`.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    /// `Last-Event-ID`.
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// Comparing secrets in a time that does not depend on where they differ.
enum SecretComparison {
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<min(left.count, right.count) { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
