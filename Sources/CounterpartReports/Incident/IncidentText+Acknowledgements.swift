import CounterpartCore
import CounterpartOperations

extension IncidentText {
    /// `ack`: one line per item, recorded now or already, the member shown as `member`.
    public func acknowledgements(_ done: IncidentDesk.Acknowledgements, by member: String) -> String {
        done.outcomes.map { done in
            switch done.outcome {
            case .recorded:
                say("\(done.item) を \(member) の確認（既読）として記録しました。\n", "\(done.item) acknowledged by \(member).\n")
            case .already(let earlier):
                say(
                    "\(done.item) は \(member) が \(earlier.japanTime) に確認済みです。何も変えていません。\n",
                    "\(done.item) was already acknowledged by \(member) at \(earlier.japanTime); nothing changed.\n")
            }
        }.joined()
    }
}
