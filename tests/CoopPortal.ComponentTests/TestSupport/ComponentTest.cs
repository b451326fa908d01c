using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CoopPortal.ComponentTests.TestSupport;

/// <summary>
/// One bUnit context per test, with MudBlazor's services and loose JS interop (MudBlazor calls JS that bUnit cannot run).
/// The context is disposed asynchronously: MudBlazor's popover service is only <see cref="IAsyncDisposable"/>, and a
/// synchronous Dispose of the service provider throws.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime, IAsyncDisposable
{
    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
