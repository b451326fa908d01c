namespace CoopPortal.Domain.Formation;

/// <summary>Facts from outside the aggregate that the rules need (settings, reference data, today).</summary>
/// <param name="DocumentTypes">The administrator's document kinds (titles, added kinds); null means the built-in ones.</param>
public sealed record ValidationContext(FormationRules Rules, bool OrientationNeedsLicence, bool CountyInProvince, DateOnly Today, DocumentTypeCatalog? DocumentTypes = null)
{
    public const int MinimumAge = 18;

    public DocumentTypeCatalog Documents => DocumentTypes ?? DocumentTypeCatalog.Default;

    /// <summary>
    /// The documents this application must carry before it can be submitted. The kinds an administrator requires of
    /// all apply to drafts only: an application already submitted was complete by the rules of its day, and once
    /// returned for correction its documents may not be among the sections it can change.
    /// </summary>
    public IReadOnlyList<DocumentKind> RequiredDocumentsOf(FormationApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var inKind = application.Capital.InKind > 0;
        return application.Status == ApplicationStatus.Draft
            ? RequiredDocuments.For(OrientationNeedsLicence, inKind, Documents)
            : RequiredDocuments.For(OrientationNeedsLicence, inKind);
    }
}
