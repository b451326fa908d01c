namespace CoopPortal.Domain.Formation;

/// <summary>The capital plan, derived from the members' shares (never typed separately).</summary>
public sealed record CapitalPlan(long Total, long Cash, long InKind)
{
    /// <summary>Paid capital: cash paid plus in-kind contributions at their expert valuation.</summary>
    public long Paid => Cash + InKind;

    public static CapitalPlan From(IEnumerable<Member> members)
    {
        long total = 0, cash = 0, inKind = 0;
        foreach (var m in members)
        {
            total += Math.Max(0, m.ShareSubscribed ?? 0);
            cash += Math.Max(0, m.AmountPaid ?? 0);
            inKind += Math.Max(0, m.InKindValue ?? 0);
        }

        return new CapitalPlan(total, cash, inKind);
    }
}
