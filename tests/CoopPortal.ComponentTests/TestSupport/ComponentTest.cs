using Bunit;
using MudBlazor.Services;

namespace CoopPortal.ComponentTests.TestSupport;

/// <summary>
/// One bUnit context per test, with MudBlazor's services and loose JS interop (MudBlazor calls JS that bUnit cannot run).
/// xUnit disposes the context through <see cref="IAsyncLifetime"/>: MudBlazor's popover service is only
/// <see cref="IAsyncDisposable"/>, so a synchronous Dispose of the service provider would throw.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;

        // The page's focus helper finds what it was asked to focus (PendingFocus asks again after a render otherwise).
        Context.JSInterop.Setup<bool>("coopPortal.focusFirstField", _ => true).SetResult(true);
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
