import ArgumentParser
import CounterpartCore

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(argument) }
}

extension JobCategory: ExpressibleByArgument {}
extension Priority: ExpressibleByArgument {}
