import CounterpartCore
import CounterpartReports
import HTTPTypes
import Hummingbird

/// An error answer of the contract (API.md, "Errors"): a code, its status, one sentence in
/// Japanese and in English, and the bad fields. It never carries a stack trace, SQL or a path.
public struct APIError: Error, Sendable, Hashable {
    /// The `code` of the contract.
    public enum Code: String, Sendable, Hashable {
        case unauthenticated, forbidden
        case notFound = "not-found"
        case conflict, invalid
        case tooLarge = "too-large"
        case tooManyRequests = "too-many-requests"
        case unavailable
    }

    /// One bad field, worded in both languages.
    public struct FieldProblem: Sendable, Hashable {
        public var field: String?
        public var japanese: String
        public var english: String

        public init(field: String?, japanese: String, english: String) {
            self.field = field
            self.japanese = japanese
            self.english = english
        }
    }

    public var code: Code
    public var status: HTTPResponse.Status
    public var japanese: String
    public var english: String
    public var problems: [FieldProblem]

    public init(
        _ code: Code, _ status: HTTPResponse.Status, japanese: String, english: String, problems: [FieldProblem] = []
    ) {
        self.code = code
        self.status = status
        self.japanese = japanese
        self.english = english
        self.problems = problems
    }

    /// The answer in `language`.
    func response(in language: Language) -> Response {
        var error: [(String, JSONValue)] = [
            ("code", .string(code.rawValue)), ("message", .string(language.pick(japanese, english))),
        ]
        if !problems.isEmpty {
            error.append(
                (
                    "problems",
                    .array(
                        problems.map { problem in
                            .object([
                                ("field", .optional(problem.field)),
                                ("message", .string(language.pick(problem.japanese, problem.english))),
                            ])
                        })
                ))
        }
        var response = JSONResponse.make(.object([("error", .object(error))]), status: status)
        if code == .unauthenticated { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
    }
}

extension APIError {
    /// 401: no session or token, or one that no longer works.
    static let unauthenticated = APIError(
        .unauthenticated, .unauthorized, japanese: "ログインしてください（セッションまたはトークンが無効です）。",
        english: "Please sign in: the session or token is missing or no longer valid.")

    /// 401 of a sign-in: the same for a wrong member and a wrong password.
    static let signInRefused = APIError(
        .unauthenticated, .unauthorized, japanese: "メンバーIDまたはパスワードが違います。",
        english: "The member id or the password is wrong.")

    /// 429 of a sign-in after too many failures.
    static let tooManySignIns = APIError(
        .tooManyRequests, .tooManyRequests,
        japanese: "失敗が続いたため、このメンバーのログインを15分間止めています。しばらくしてからもう一度お試しください。",
        english: "Too many failed sign-ins for this member: try again in 15 minutes.")

    /// 403: a session request without the right CSRF token.
    static let csrf = APIError(
        .forbidden, .forbidden,
        japanese: "画面を開き直してからもう一度操作してください（確認用トークン X-CSRF-Token がありません）。",
        english: "Reload the page and try again: the X-CSRF-Token header is missing or wrong.")

    /// 404 for what does not exist, or is not to be seen.
    static func notFound(_ what: String? = nil) -> APIError {
        APIError(
            .notFound, .notFound,
            japanese: what.map { "\($0) は見つかりません。" } ?? "見つかりません。",
            english: what.map { "\($0) was not found." } ?? "Not found.")
    }

    /// 413: a body over the limit.
    static func tooLarge(limit: Int) -> APIError {
        let mebibytes = limit / (1024 * 1024)
        return APIError(
            .tooLarge, .contentTooLarge, japanese: "送信された内容が大きすぎます（上限 \(mebibytes) MiB）。",
            english: "The body is too large (at most \(mebibytes) MiB).")
    }

    /// 400: a body that is not what the operation takes.
    static func invalid(_ problems: [FieldProblem], status: HTTPResponse.Status = .badRequest) -> APIError {
        APIError(
            .invalid, status, japanese: "入力に誤りがあります。" + problems.map(\.japanese).joined(separator: " "),
            english: "The input has problems. " + problems.map(\.english).joined(separator: " "),
            problems: problems)
    }

    /// 400: one bad field.
    static func invalid(field: String?, japanese: String, english: String) -> APIError {
        invalid([FieldProblem(field: field, japanese: japanese, english: english)])
    }

    /// 503: the store cannot be used now. No reason given: it could name a path.
    static let unavailable = APIError(
        .unavailable, .serviceUnavailable,
        japanese: "データベースが今は使えません。しばらくしてからもう一度お試しください。",
        english: "The store cannot be used now; please try again shortly.")

    /// 500-like failures are answered as 503 `unavailable`: the contract has no other code.
    static let internalFailure = unavailable
}
