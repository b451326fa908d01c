namespace CoopPortal.IntegrationTests.Common;

/// <summary>The account tests get a database of their own (same fixture), so they run beside the others.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<PortalDatabaseFixture>
{
    public const string Name = "accounts";
}
