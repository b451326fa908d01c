namespace CoopPortal.EndToEndTests;

internal static class LocatorAssertionsExtensions
{
    /// <summary>MudBlazor renders a read-only field with the readonly attribute on its input.</summary>
    public static Task HaveAttributeReadOnlyAsync(this Microsoft.Playwright.ILocatorAssertions assertions) =>
        assertions.ToHaveAttributeAsync("readonly", new System.Text.RegularExpressions.Regex(".*"));
}
