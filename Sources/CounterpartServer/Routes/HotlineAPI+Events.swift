import CounterpartCore
import CounterpartOperations
import CounterpartReports
import HTTPTypes
import Hummingbird
import ServiceLifecycle

extension HotlineAPI {
    /// `GET /api/v1/events`: server-sent events of every change the member may see; with
    /// `Last-Event-ID`, what was missed first. A comment line at least every 25 s. The stream
    /// ends when the member's session or token stops working (checked at every beat).
    func eventStream(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let resumeText = request.headers[.lastEventID] ?? request.uri.queryParameters["lastEventId"].map(String.init)
        let resumeFrom = resumeText.flatMap { Int($0.trimmingSpaces) }.map { max(0, $0) }
        let (stream, cancel) = events.subscribe()
        let liveFrom = events.lastID
        let gate = gate
        let desk = desk
        let body = ResponseBody { writer in
            var visibility = EventVisibility(caller: caller, desk: desk)
            var sent = resumeFrom ?? liveFrom
            try await withGracefulShutdownHandler {
                try await writer.write(ByteBuffer(string: ": Counterpart live events\nretry: 2000\n\n"))
                if resumeFrom != nil {
                    var after = sent
                    while true {
                        let page = (try? await desk.events(after: after, limit: EventHub.pageSize)) ?? []
                        for event in page where await visibility.shows(event) {
                            try await writer.write(ByteBuffer(string: EventStreamText.event(event)))
                        }
                        guard let last = page.last else { break }
                        after = last.id
                        sent = max(sent, last.id)
                        if page.count < EventHub.pageSize { break }
                    }
                }
                for await item in stream {
                    switch item {
                    case .event(let event):
                        guard event.id > sent else { continue }
                        sent = event.id
                        if event.kind == .rosterImported {
                            guard await Self.stillWorks(request, gate: gate) else { return }
                            visibility.forgetIncidents()
                        }
                        if event.kind == .incidentChanged { visibility.forgetIncidents() }
                        if await visibility.shows(event) {
                            try await writer.write(ByteBuffer(string: EventStreamText.event(event)))
                        }
                    case .keepAlive:
                        guard await Self.stillWorks(request, gate: gate) else { return }
                        try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                    }
                }
            } onGracefulShutdown: {
                cancel()
            }
            cancel()
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                HTTPField.Name("X-Accel-Buffering")!: "no",
            ], body: body)
    }

    /// Whether the request's session or token still works (not signed out, revoked, expired,
    /// nor its member removed from the roster).
    static func stillWorks(_ request: Request, gate: Gate) async -> Bool {
        (try? await gate.caller(request, checkingCSRF: false)) != nil
    }
}

/// Which events a member's stream shows: those of incidents they are concerned with, and
/// those of no incident. Incidents are looked up once and kept until one changes.
struct EventVisibility {
    let caller: Caller
    let desk: IncidentDesk
    private var concerned: [Incident.ID: Bool] = [:]

    init(caller: Caller, desk: IncidentDesk) {
        self.caller = caller
        self.desk = desk
    }

    /// Whether the member sees `event`: a kind the contract streams, and an incident they
    /// are concerned with (or none).
    mutating func shows(_ event: OperationsEvent) async -> Bool {
        guard event.kind != nil else { return false }
        guard let id = event.incident else { return true }
        if let known = concerned[id] { return known }
        guard let incident = try? await desk.incident(id) else { return false }
        let isConcerned = caller.isConcerned(with: incident)
        concerned[id] = isConcerned
        return isConcerned
    }

    /// Forgets what was known of incidents (one was extended, or the roster changed).
    mutating func forgetIncidents() { concerned = [:] }
}

/// The text of server-sent events.
enum EventStreamText {
    /// `id:`, `event:` and `data:` lines of one event, and the blank line that ends it.
    static func event(_ event: OperationsEvent) -> String {
        var fields: [(String, JSONValue)] = []
        if let incident = event.incident { fields.append(("incident", .string(incident.description))) }
        fields += [
            ("item", .string(event.subject)), ("at", .string(event.stamp.time.description)),
            ("by", .string(event.stamp.actor)),
        ]
        let kind = event.kind?.rawValue ?? "change"
        return "id: \(event.id)\nevent: \(kind)\ndata: \(JSONValue.object(fields).compactText)\n\n"
    }
}
