using CoopPortal.Application.Common.Files;
using CoopPortal.Domain.Common;
using Microsoft.Extensions.Options;

namespace CoopPortal.UnitTests.Application;

/// <summary>The one intake every case's uploads go through: the per-case caps and the stored name.</summary>
public sealed class UploadIntakeTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private readonly MemoryDocumentStore _store = new();

    private UploadIntake Intake(int maxFiles = 15, long maxBytesPerCase = 25 * 1024 * 1024) =>
        new(_store, Options.Create(new UploadOptions { MaxFilesPerCase = maxFiles, MaxBytesPerCase = maxBytesPerCase }));

    [Fact]
    public async Task A_file_over_the_case_count_is_refused_before_anything_is_stored()
    {
        var held = Enumerable.Repeat(1024L, 3).ToList();

        using var content = new MemoryStream(Pdf);
        var refused = await Intake(maxFiles: 3).StoreAsync("چهارم.pdf", content, held, default);

        Assert.Equal([UploadRules.TooManyFiles(3)], refused.Errors[UploadIntake.FileField]);
        Assert.Contains("۳", refused.Errors[UploadIntake.FileField][0], StringComparison.Ordinal);
        Assert.Empty(_store.Keys);
    }

    [Fact]
    public async Task A_file_that_takes_the_case_over_its_bytes_is_refused_and_not_stored()
    {
        const long mib = 1024 * 1024;
        IReadOnlyCollection<long> held = [mib, mib - Pdf.Length + 1];

        using var first = new MemoryStream(Pdf);
        var refused = await Intake(maxBytesPerCase: 2 * mib).StoreAsync("x.pdf", first, held, default);
        Assert.Equal([UploadRules.CaseTooLarge(2 * mib)], refused.Errors[UploadIntake.FileField]);
        Assert.Empty(_store.Keys);

        using var second = new MemoryStream(Pdf);
        var fits = await Intake(maxBytesPerCase: 2 * mib).StoreAsync("x.pdf", second, [mib, mib - Pdf.Length], default);
        Assert.True(fits.Succeeded);
    }

    [Theory]
    [InlineData("polyglot.html", "polyglot.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.pdf")]
    public async Task The_stored_name_ends_in_the_detected_type_without_format_characters(string typed, string stored)
    {
        using var content = new MemoryStream(Pdf);
        var result = await Intake().StoreAsync(typed, content, [], default);

        Assert.True(result.Succeeded);
        Assert.Equal(stored, result.Value!.FileName);
        Assert.Equal("application/pdf", result.Value.ContentType);
    }

    private sealed class MemoryDocumentStore : IDocumentStore
    {
        private readonly Dictionary<string, StoredContent> _files = [];

        public IReadOnlyCollection<string> Keys => _files.Keys;

        public Task<string> SaveAsync(ReadOnlyMemory<byte> content, string contentType, string sha256, CancellationToken cancellationToken)
        {
            var key = Guid.NewGuid().ToString("N");
            _files[key] = new StoredContent(content.ToArray(), contentType, sha256);
            return Task.FromResult(key);
        }

        public Task<StoredContent?> ReadAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(_files.GetValueOrDefault(key));

        public Task DeleteAsync(string key, CancellationToken cancellationToken)
        {
            _files.Remove(key);
            return Task.CompletedTask;
        }
    }
}
