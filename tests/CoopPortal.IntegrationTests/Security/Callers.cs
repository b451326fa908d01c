namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// The callers of the authorization matrices (issue 20, point 6). The resources are all Zanjan's, of the county of
/// Zanjan (<see cref="AuthorizationWorld.CountyA"/>), so the staff's position is the column: their own county
/// (<see cref="ReviewerCountyA"/>), a neighbouring county of the province (…B), the whole province (…Province), another
/// province (…Tehran). The citizens' position likewise: the owner of the case, the cooperative's own manager or
/// inspector, or another cooperative's.
/// </summary>
public enum Caller
{
    Anonymous,
    Owner,
    OtherApplicant,
    Manager,
    OtherManager,
    Inspector,
    OtherInspector,
    ReviewerProvince,
    ReviewerCountyA,
    ReviewerCountyB,
    ReviewerTehran,
    HeadProvince,
    HeadCountyA,
    HeadCountyB,
    HeadTehran,
    Headquarters,
    Admin,
}

/// <summary>One seeded database for both matrices: its callers (accounts) and its resources, each with a real id.</summary>
[CollectionDefinition(Name)]
public sealed class AuthorizationCollection : ICollectionFixture<AuthorizationWorld>
{
    public const string Name = "authorization matrix";
}

/// <summary>The cases a decision cell acts on, of the county of Zanjan, each at the step the row tries.</summary>
public enum FreshCase
{
    SubmittedApplication,
    RecommendedApplication,
    SentFoundingAssembly,
    AnnouncedGeneralAssembly,
    Candidacy,
    SentDeclaration,
    PendingManagerLink,
}
