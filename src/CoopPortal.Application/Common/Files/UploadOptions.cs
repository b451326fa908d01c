using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Files;

/// <summary>Upload settings (configuration section "Uploads").</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    public long MaxBytes { get; set; } = UploadRules.DefaultMaxBytes;
}
