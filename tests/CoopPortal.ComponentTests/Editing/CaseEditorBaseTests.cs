using Bunit;
using CoopPortal.Application.Common.Results;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Editing;

/// <summary>
/// The editor base every case page shares: a change still running when the person moves on (types, then presses
/// «ادامه») finishes and is stored, and the page that was left neither reloads nor breaks the circuit; a change (or an
/// upload) that answers with what the page shows is folded into the view instead of loading the case again.
/// </summary>
public sealed class CaseEditorBaseTests : ComponentTest
{
    public CaseEditorBaseTests() => Context.Services.AddSingleton(TimeProvider.System);

    [Fact]
    public async Task A_save_running_when_the_page_is_left_finishes_and_is_stored()
    {
        var store = new SlowStore();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        Assert.Equal(1, store.Fetches);
        var editor = page.Instance;

        var typing = page.InvokeAsync(() => editor.Type("تعاونی نمونه"));
        var later = page.InvokeAsync(() => editor.Type("تعاونی نمونه زنجان"));
        Assert.True(editor.Busy);

        // The person presses «ادامه»: the router disposes the page while its save waits for the database.
        await Context.DisposeComponentsAsync();
        store.Release();
        await typing;
        await later;

        Assert.Equal(["تعاونی نمونه", "تعاونی نمونه زنجان"], store.Saved);
        Assert.Equal(1, store.Fetches);
        Assert.Null(editor.Message);
        Assert.False(editor.Busy);
    }

    [Fact]
    public async Task A_save_says_when_it_was_stored_and_reloads_the_case()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        await page.InvokeAsync(() => page.Instance.Type("تعاونی"));

        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
        Assert.Equal(2, store.Fetches);
        page.Render();
        Assert.Equal("تعاونی", page.Find("#probe").TextContent);
    }

    [Fact]
    public async Task A_save_that_answers_what_the_page_shows_is_folded_into_the_view_without_loading_the_case_again()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        await page.InvokeAsync(() => page.Instance.TypeAnswered("تعاونی"));

        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Fetches);
        page.Render();
        Assert.Equal("تعاونی", page.Find("#probe").TextContent);
    }

    [Fact]
    public async Task An_upload_the_case_takes_shows_its_answer_and_a_refused_one_loads_the_case_again()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        var taken = await page.InvokeAsync(() => page.Instance.Upload("طرح.pdf", refuse: false));

        Assert.Null(taken);
        Assert.Equal(1, store.Fetches);
        page.Render();
        Assert.Equal("طرح.pdf", page.Find("#probe").TextContent);

        var refused = await page.InvokeAsync(() => page.Instance.Upload("دیگر.pdf", refuse: true));

        Assert.Equal(EditorProbe.Refused, refused);
        Assert.Equal(2, store.Fetches);
        Assert.Equal(EditorProbe.Refused, page.Instance.Message);
    }

    [Fact]
    public void A_case_the_person_may_not_see_is_not_found()
    {
        var store = new SlowStore { Missing = true };
        var notFound = 0;
        Context.Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound++;

        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        Assert.Equal(1, notFound);
        Assert.Equal(string.Empty, page.Find("#probe").TextContent);
    }

    /// <summary>A case whose saves wait until the test lets the database answer.</summary>
    public sealed class SlowStore
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Saved { get; } = [];

        public int Fetches { get; set; }

        public bool Missing { get; init; }

        public string Current { get; private set; } = string.Empty;

        public void Release() => _open.TrySetResult();

        public async Task<Result> SaveAsync(string value)
        {
            await _open.Task;
            Saved.Add(value);
            Current = value;
            return Result.Success();
        }

        /// <summary>Saves and answers with what the page then shows (here, the value itself).</summary>
        public async Task<Result<string>> SaveAnsweringAsync(string value)
        {
            await SaveAsync(value);
            return Result<string>.Success(value);
        }
    }

    /// <summary>The smallest editor: one text whose every change is saved.</summary>
    public sealed class EditorProbe : CaseEditorBase<string>
    {
        public const string Refused = "این فایل پذیرفته نشد.";

        private string _typed = string.Empty;

        [Parameter]
        public SlowStore Store { get; set; } = default!;

        public bool Busy => IsBusy;

        public string? Message => SaveMessage;

        public Task Type(string value)
        {
            _typed = value;
            return SaveAsync(() => Store.SaveAsync(_typed));
        }

        public Task TypeAnswered(string value)
        {
            _typed = value;
            return SaveAsync(() => Store.SaveAnsweringAsync(_typed), (_, answer) => answer);
        }

        /// <summary>Uploads a small file named <paramref name="name"/>; the case stores its name, or refuses it.</summary>
        public Task<string?> Upload(string name, bool refuse) =>
            UploadAsync(new SmallFile(name), 1024, async _ => refuse ? Result<string>.Conflict(Refused) : await Store.SaveAnsweringAsync(name), (_, answer) => answer);

        protected override Task<Result<string>> FetchAsync(CancellationToken cancellationToken)
        {
            Store.Fetches++;
            return Task.FromResult(Store.Missing ? Result<string>.NotFound() : Result<string>.Success(Store.Current));
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "id", "probe");
            builder.AddContent(2, View);
            builder.CloseElement();
        }
    }

    /// <summary>A picked file of a few bytes.</summary>
    private sealed class SmallFile(string name) : IBrowserFile
    {
        private static readonly byte[] Bytes = "%PDF-1.4\n%%EOF\n"u8.ToArray();

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => Bytes.Length;

        public string ContentType => "application/pdf";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) => new MemoryStream(Bytes);
    }
}
