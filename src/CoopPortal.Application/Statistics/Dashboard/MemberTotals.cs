namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The registry's members: the total, and by gender for the cooperatives whose declarations said so.</summary>
/// <param name="Cooperatives">Cooperatives in the registry.</param>
/// <param name="Members">Members of all of them (as declared last, or as registered).</param>
/// <param name="Women">Women among the members of the cooperatives with a declared breakdown.</param>
/// <param name="Men">Men among the members of the cooperatives with a declared breakdown.</param>
/// <param name="CooperativesByGender">How many cooperatives have declared the breakdown.</param>
public sealed record MemberTotals(int Cooperatives, long Members, long Women, long Men, int CooperativesByGender)
{
    /// <summary>Members of cooperatives that have not declared women and men yet.</summary>
    public long Unbroken => Members - Women - Men;
}
