namespace CoopPortal.EndToEndTests;

[CollectionDefinition(Name)]
[CspViolations]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
