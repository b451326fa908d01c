namespace CoopPortal.Testing;

/// <summary>An xunit class fixture: one portal on its own fresh database for the tests of a class.</summary>
public sealed class PortalFixture : IDisposable
{
    public PortalFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
