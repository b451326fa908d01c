using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Supervision;

/// <summary>Takes one section's answers from an edited copy, keeping the other sections as they were.</summary>
public static class DeclarationMerge
{
    public static DeclarationContent Take(DeclarationContent current, DeclarationContent edited, DeclarationSection section)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        var merged = current;
        foreach (var field in DeclarationFieldCatalog.In(section))
        {
            merged = field.Write(merged, field.Read(edited));
        }

        return section switch
        {
            DeclarationSection.Assemblies => merged with
            {
                ExtraordinaryAssemblies = merged.ExtraordinaryAssemblies.Select(a => a with { Subject = PersianText.Normalize(a.Subject) }).ToList(),
            },
            DeclarationSection.Officers => merged with
            {
                Officers = merged.Officers.Select(o => OfficerEntry.From(o.Role, o.FullName, o.NationalCode, o.TermStartsOn, o.TermEndsOn)).ToList(),
            },
            _ => merged,
        };
    }
}
