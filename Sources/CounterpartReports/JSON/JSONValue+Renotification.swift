import CounterpartOperations

extension JSONValue {
    /// `{"incident","municipality","items":[{"item","members"}],"skipped":[{"item","until"}]}`, as the API answers.
    public static func renotification(_ done: Renotification) -> JSONValue {
        .object([
            ("incident", .string(done.incident.description)),
            ("municipality", .string(done.municipality.description)),
            (
                "items",
                .array(
                    done.items.map {
                        .object([
                            ("item", .string($0.item.description)),
                            ("members", .array($0.members.map { .string($0.rawValue) })),
                        ])
                    })
            ),
            (
                "skipped",
                .array(
                    done.skipped.map {
                        .object([("item", .string($0.item.description)), ("until", .string($0.until.description))])
                    })
            ),
        ])
    }
}
