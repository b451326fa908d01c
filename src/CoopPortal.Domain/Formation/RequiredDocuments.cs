namespace CoopPortal.Domain.Formation;

/// <summary>Which documents an application needs, following its answers (issue 3, point 1).</summary>
public static class RequiredDocuments
{
    /// <summary>
    /// The built-in kinds the answers call for, then the kinds an administrator added as required of every
    /// application (while active).
    /// </summary>
    public static IReadOnlyList<DocumentKind> For(bool orientationNeedsLicence, bool anyInKind, DocumentTypeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. For(orientationNeedsLicence, anyInKind), .. catalog.All.Where(t => t.IsActive && t.RequiredOfAll).Select(t => t.Kind)];
    }

    public static IReadOnlyList<DocumentKind> For(bool orientationNeedsLicence, bool anyInKind)
    {
        var required = new List<DocumentKind> { DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan };
        if (orientationNeedsLicence)
        {
            required.Add(DocumentKind.ActivityLicence);
        }

        if (anyInKind)
        {
            required.Add(DocumentKind.ExpertValuation);
        }

        return required;
    }
}
