using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>One person the assembly elected, with the votes they received; their term starts on the meeting day.</summary>
public sealed record ElectedOfficer(OfficerRole Role, string FullName, string NationalCode, int? Votes)
{
    public static ElectedOfficer From(OfficerRole role, string? fullName, string? nationalCode, int? votes)
    {
        var entry = OfficerEntry.From(role, fullName, nationalCode);
        return new(role, entry.FullName, entry.NationalCode, votes);
    }
}
