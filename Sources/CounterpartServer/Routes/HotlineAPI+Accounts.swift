import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct EnrolBody: Decodable {
        var member: String
        var code: String
        var password: String
    }

    struct SignInBody: Decodable {
        var member: String
        var password: String
    }

    /// The shortest password: 12 characters.
    static let shortestPassword = 12

    /// `POST /api/v1/enrol`: sets the password once per code. A wrong, used or expired code
    /// answers 400 and changes nothing.
    func enrol(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let body = try await JSONBody.decode(EnrolBody.self, from: request)
        guard body.password.count >= Self.shortestPassword else {
            throw APIError.invalid(
                field: "password", japanese: "パスワードは\(Self.shortestPassword)文字以上にしてください。",
                english: "The password must have at least \(Self.shortestPassword) characters.")
        }
        let hash = try await passwords.hash(body.password)
        do {
            try await accounts.from(context.remoteAddress).enrol(
                MemberID(body.member.trimmingSpaces), code: body.code, passwordHash: hash)
        } catch {
            if case .invalid(let problems) = error { throw APIError.invalid(problems.map(APIError.FieldProblem.init)) }
            throw APIError(error)
        }
        return JSONResponse.make(.object([("member", .string(body.member.trimmingSpaces))]))
    }

    /// `POST /api/v1/session`: signs in; the same 401, in the same time, for a wrong member
    /// and a wrong password; 429 after 10 failures in 15 minutes.
    func signIn(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let body = try await JSONBody.decode(SignInBody.self, from: request)
        let dummyHash = passwords.dummyHash
        let outcome = try await operations { () throws(OperationsError) in
            try await accounts.from(context.remoteAddress).signIn(
                MemberID(body.member.trimmingSpaces), password: body.password, dummyHash: dummyHash,
                verify: PasswordHashing.verify)
        }
        switch outcome {
        case .refused: throw APIError.signInRefused
        case .tooManyAttempts: throw APIError.tooManySignIns
        case .signedIn(let session, let member, let csrfToken):
            let roster = try await operations { () throws(OperationsError) in try await desk.roster() }
            var response = JSONResponse.make(Self.me(member, roster: roster, csrfToken: csrfToken))
            response.headers[.setCookie] = Gate.cookie(session, secure: isSecure)
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }

    /// `DELETE /api/v1/session`: signs out; the cookie no longer works.
    func signOut(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        if case .session(let id, _) = caller.credential {
            _ = try await operations { () throws(OperationsError) in try await accounts.signOut(session: id) }
        }
        var response = Response(status: .noContent)
        response.headers[.setCookie] = Gate.clearedCookie(secure: isSecure)
        return response
    }

    /// `GET /api/v1/me`: who is signed in.
    func me(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        var token: String?
        if case .session(_, let csrf) = caller.credential { token = csrf }
        var response = JSONResponse.make(Self.me(caller.member, roster: caller.roster, csrfToken: token))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// `{"member","name","role","municipality":{"code","name"},"csrfToken"}`.
    static func me(_ member: HotlineMember, roster: Roster?, csrfToken: String?) -> JSONValue {
        let municipalityName =
            member.municipality == roster?.prefecture
            ? "県本部" : roster?.municipality(member.municipality)?.name ?? ""
        var fields: [(String, JSONValue)] = [
            ("member", .string(member.id.rawValue)), ("name", .string(member.name)),
            ("role", .string(member.role.rawValue)),
            (
                "municipality",
                .object([("code", .string(member.municipality.description)), ("name", .string(municipalityName))])
            ),
        ]
        if let csrfToken { fields.append(("csrfToken", .string(csrfToken))) }
        return .object(fields)
    }
}
