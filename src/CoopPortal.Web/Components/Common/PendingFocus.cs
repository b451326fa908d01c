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
    private string? _selector;

    /// <summary>Moves the focus into the element <paramref name="selector"/> names once the component has rendered.</summary>
    public void After(string selector) => _selector = selector;

    public async Task ApplyAsync()
    {
        if (_selector is not { } selector)
        {
            return;
        }

        _selector = null;
        try
        {
            await js.InvokeVoidAsync("coopPortal.focusFirstField", selector);
        }
        catch (JSDisconnectedException)
        {
            // The person left (the circuit is gone): there is no page to focus.
        }
    }
}
