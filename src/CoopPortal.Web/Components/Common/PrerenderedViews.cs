using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// Hands what a case page read for its prerendered HTML to the same person's circuit when it starts a moment later
/// (issue 18, point 2; issue 17, point 5). Without it the interactive page renders first without its data, replacing
/// the prerendered page by an empty one (the "blank flash"), then reads the same rows again and renders a second time.
/// With it the circuit's first render is the whole page. An entry is read by the same user, for the same page and case,
/// within <see cref="Lifetime"/>, and is not removed by the read: a circuit that renders the page a moment late (the
/// one a link had started when the person reloaded at once) must not leave the reload's own circuit without it. Each
/// prerender replaces the entry with what it has just read, and every navigation prerenders, so an entry is never older
/// than the page the person last loaded; anything else reads the database as before (another instance of the portal, a
/// page left open, no script). The view is the query's answer for that person: the page only shows it and folds answers
/// into new views, never changes it.
/// </summary>
public sealed partial class PrerenderedViews(TimeProvider clock, ILogger<PrerenderedViews> logger)
{

    /// <summary>How long a view waits for its circuit: a slow phone fetches and starts Blazor's script in seconds.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    /// <summary>At most this many views wait at once (each is one person's page for a few seconds).</summary>
    internal const int Capacity = 5_000;

    private readonly ConcurrentDictionary<Key, Entry> _waiting = new();

    /// <summary>
    /// Reads what a page shows once for both renders: the prerender reads it (<paramref name="read"/>) and keeps it for
    /// the person's circuit, whose first render takes it instead of reading again; any later read, and any read this
    /// cannot pair, reads. <paramref name="id"/> tells one case's page from another's (<see cref="Guid.Empty"/> for a page
    /// without one). Nothing is kept for a read that found nothing (not found, no longer theirs).
    /// </summary>
    public Task<T?> ReadOnceAsync<T>(AuthenticationStateProvider authentication, bool interactive, Type page, Guid id, Func<Task<T?>> read)
        where T : class =>
        ReadOnceAsync(authentication, interactive, page, id.ToString("N"), read);

    /// <inheritdoc cref="ReadOnceAsync{T}(AuthenticationStateProvider, bool, Type, Guid, Func{Task{T}})"/>
    public async Task<T?> ReadOnceAsync<T>(AuthenticationStateProvider authentication, bool interactive, Type page, string id, Func<Task<T?>> read)
        where T : class
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user is null)
        {
            return await read();
        }

        if (interactive)
        {
            if (TryGet(user, page, id, out var kept) && kept is T view)
            {
                return view;
            }

            // The circuit's first render will be empty until the read below answers: the blank flash of issue 18.
            LogMiss(page.Name, Miss(user, page, id));
        }

        var fresh = await read();
        if (!interactive && fresh is not null)
        {
            Keep(user, page, id, fresh);
        }

        return fresh;
    }

    public void Keep(string user, Type page, Guid id, object view) => Keep(user, page, id.ToString("N"), view);

    private void Keep(string user, Type page, string id, object view)
    {
        var now = clock.GetUtcNow();
        if (_waiting.Count >= Capacity)
        {
            foreach (var (key, entry) in _waiting)
            {
                if (entry.Until <= now)
                {
                    _waiting.TryRemove(key, out _);
                }
            }

            if (_waiting.Count >= Capacity)
            {
                return;
            }
        }

        _waiting[new Key(user, page, id)] = new Entry(view, now + Lifetime);
    }

    public bool TryGet(string user, Type page, Guid id, out object? view) => TryGet(user, page, id.ToString("N"), out view);

    private bool TryGet(string user, Type page, string id, out object? view)
    {
        view = null;
        if (!_waiting.TryGetValue(new Key(user, page, id), out var entry) || entry.Until <= clock.GetUtcNow())
        {
            return false;
        }

        view = entry.View;
        return true;
    }

    /// <summary>Why a circuit found no view: none was kept for the key, or it had expired (by how much, on this clock).</summary>
    private string Miss(string user, Type page, string id) =>
        _waiting.TryGetValue(new Key(user, page, id), out var entry)
            ? $"expired {(clock.GetUtcNow() - entry.Until).TotalMilliseconds:0} ms ago"
            : $"none kept ({_waiting.Count} waiting; for this person: {string.Join(", ", _waiting.Keys.Where(k => k.User == user).Select(k => k.Page.Name))})";

    [LoggerMessage(Level = LogLevel.Warning, Message = "A circuit found no prerendered view of {Page}: {Reason}; its first render reads the database.")]
    private partial void LogMiss(string page, string reason);

    private sealed record Key(string User, Type Page, string Id);

    private sealed record Entry(object View, DateTimeOffset Until);
}
