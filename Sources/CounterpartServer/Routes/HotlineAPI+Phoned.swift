import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct PhonedBody: Decodable {
        var member: String
        var items: [String]
    }

    /// `POST /api/v1/followup/phoned` `{"member","items"}`: headquarters told `member` by
    /// phone about `items` (電話で確認); they are recorded as read by that member, recorded by
    /// the headquarters member who phoned. All or none, as the member's own acknowledgements.
    func recordPhoneConfirmation(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        try caller.require(.recordPhoneConfirmation)
        let body = try await JSONBody.decode(PhonedBody.self, from: request)
        let items = try Self.items(body.items)
        let done = try await operations { () throws(OperationsError) in
            try await desk(context).acknowledge(items, member: body.member, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(done.outcomes.map { IncidentJSON.Acknowledgement($0, member: done.member) })
    }
}
