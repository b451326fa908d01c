using CoopPortal.Web.Components.Common;
using Microsoft.JSInterop;

namespace CoopPortal.UnitTests.Hosting;

/// <summary>
/// The focus asked for after a change waits for the render that shows its element (an error summary that appears only
/// when the change has been answered), and is given once.
/// </summary>
public sealed class PendingFocusTests
{
    /// <summary>A page on which the named elements appear after a number of renders.</summary>
    private sealed class Page : IJSRuntime
    {
        public List<string> Asked { get; } = [];

        public int ShownFromCall { get; set; } = 1;

        public bool Gone { get; set; }

        public int Calls { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
        {
            Calls++;
            if (Gone)
            {
                throw new JSDisconnectedException("gone");
            }

            Asked.Add((string)args![0]!);
            return ValueTask.FromResult((TValue)(object)(Asked.Count >= ShownFromCall));
        }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }

    [Fact]
    public async Task Nothing_asked_calls_nothing_and_a_request_met_at_once_is_given_once()
    {
        var page = new Page();
        var focus = new PendingFocus(page);
        await focus.ApplyAsync();
        Assert.Empty(page.Asked);

        focus.After("#error-summary");
        await focus.ApplyAsync();
        await focus.ApplyAsync();

        Assert.Equal(["#error-summary"], page.Asked);
    }

    [Fact]
    public async Task A_render_that_does_not_show_the_element_yet_keeps_the_request_for_the_next()
    {
        var page = new Page { ShownFromCall = 2 };
        var focus = new PendingFocus(page);
        focus.After("#error-summary");

        await focus.ApplyAsync(); // a render while the change still runs: no summary yet
        await focus.ApplyAsync(); // the render after it: the summary is there and takes the focus
        await focus.ApplyAsync();

        Assert.Equal(["#error-summary", "#error-summary"], page.Asked);
    }

    [Fact]
    public async Task An_element_that_never_comes_is_given_up_after_a_few_renders_and_a_new_request_starts_afresh()
    {
        var page = new Page { ShownFromCall = int.MaxValue };
        var focus = new PendingFocus(page);
        focus.After("#missing");
        for (var i = 0; i < PendingFocus.Renders + 2; i++)
        {
            await focus.ApplyAsync();
        }

        Assert.Equal(PendingFocus.Renders, page.Asked.Count);

        page.ShownFromCall = 0;
        focus.After("#officer-add");
        await focus.ApplyAsync();
        Assert.Equal("#officer-add", page.Asked[^1]);
    }

    [Fact]
    public async Task A_page_already_left_ends_the_request_without_an_error()
    {
        var page = new Page { Gone = true };
        var focus = new PendingFocus(page);
        focus.After("#error-summary");

        await focus.ApplyAsync();
        await focus.ApplyAsync();

        Assert.Equal(1, page.Calls);
    }
}
