namespace CoopPortal.IntegrationTests.Common;

/// <summary>The tests of every area but accounts share one database.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<PortalDatabaseFixture>
{
    public const string Name = "database";
}
