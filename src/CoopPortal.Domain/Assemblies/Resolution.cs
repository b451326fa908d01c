using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>What the assembly resolved on one agenda item (by its place in the agenda), with the votes when counted.</summary>
public sealed record Resolution(int Item, bool Adopted, int? VotesFor = null, int? VotesAgainst = null, string? Text = null)
{
    public static Resolution From(int item, bool adopted, int? votesFor, int? votesAgainst, string? text) =>
        new(item, adopted, votesFor, votesAgainst, PersianText.Normalize(text).Trim() is { Length: > 0 } t ? FieldLengths.Fit(t, FieldLengths.ActivityDescription) : null);
}
