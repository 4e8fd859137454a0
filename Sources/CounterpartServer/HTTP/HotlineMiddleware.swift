import CounterpartCore
import HTTPTypes
import Hummingbird
import Logging

/// Around every request: errors answered in the contract's shape and the request's language
/// (nothing of the failure itself: no stack trace, SQL or path), the security headers, and
/// one access-log line without secrets (method, path without the query, status, time, peer).
struct HotlineMiddleware: RouterMiddleware {
    typealias Context = HotlineRequestContext

    let logger: Logger
    let isSecure: Bool

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = error.response(in: Language(request))
        } catch let error as HTTPError {
            response = Self.apiError(error.status).response(in: Language(request))
        } catch {
            logger.error("request failed", metadata: ["error.type": "\(type(of: error))"])
            response = APIError.internalFailure.response(in: Language(request))
        }
        SecurityHeaders.apply(to: &response.headers, isSecure: isSecure, path: request.uri.path)
        let elapsed = ContinuousClock.now - started
        let milliseconds =
            Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
            + Double(elapsed.components.seconds) * 1000
        logger.info(
            "access",
            metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)",
                "status": "\(response.status.code)", "ms": "\(Int(milliseconds.rounded()))",
                "peer": "\(context.remoteAddress ?? "-")",
            ])
        return response
    }

    /// The contract's answer for a status Hummingbird itself gave (no route, a body too large).
    static func apiError(_ status: HTTPResponse.Status) -> APIError {
        switch status.code {
        case 404, 405: return .notFound()
        case 413: return .tooLarge(limit: RequestBodyLimit.standard)
        case 401: return .unauthenticated
        case 400...499:
            return .invalid(field: nil, japanese: "リクエストを読めません。", english: "The request cannot be read.")
        default: return .internalFailure
        }
    }
}

/// The headers every answer carries.
enum SecurityHeaders {
    /// No inline script, nothing from elsewhere, never in a frame.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static func apply(to headers: inout HTTPFields, isSecure: Bool, path: String) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if isSecure { headers[.strictTransportSecurity] = "max-age=31536000" }
        if path.hasPrefix("/api/"), headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
