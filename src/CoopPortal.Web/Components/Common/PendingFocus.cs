using Microsoft.JSInterop;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// Where the keyboard's focus goes after the next render (issue 17): into a row just added, back to the «add» button
/// after a row is removed. A component asks with <see cref="After"/> and calls <see cref="ApplyAsync"/> from
/// <c>OnAfterRenderAsync</c>; the first field of the element the selector names takes the focus (layout.js,
/// <c>coopPortal.focusFirstField</c>).
/// </summary>
public sealed class PendingFocus(IJSRuntime js)
{
    /// <summary>How many renders a request waits for its element before it is dropped.</summary>
    internal const int Renders = 3;

    private string? _selector;
    private int _tries;

    /// <summary>Moves the focus into the element <paramref name="selector"/> names once the component has rendered.</summary>
    public void After(string selector)
    {
        _selector = selector;
        _tries = 0;
    }

    /// <summary>
    /// Gives the focus asked for, once the element is on the page: a render that does not show it yet (one made while
    /// the change that asked was still running) keeps the request for the next render, up to <see cref="Renders"/>.
    /// </summary>
    public async Task ApplyAsync()
    {
        if (_selector is not { } selector)
        {
            return;
        }

        try
        {
            if (await js.InvokeAsync<bool>("coopPortal.focusFirstField", selector) || ++_tries >= Renders)
            {
                Clear(selector);
            }
        }
        catch (JSDisconnectedException)
        {
            // The person left (the circuit is gone): there is no page to focus.
            Clear(selector);
        }
    }

    private void Clear(string selector)
    {
        // A new request made while this one was applied is kept.
        if (_selector == selector)
        {
            _selector = null;
        }

        _tries = 0;
    }
}
