using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Files;

/// <summary>Upload settings (configuration section "Uploads").</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>Bytes one file may hold.</summary>
    public long MaxBytes { get; set; } = UploadRules.DefaultMaxBytes;

    /// <summary>Files one case (an application, an assembly, a declaration) may hold at once.</summary>
    public int MaxFilesPerCase { get; set; } = UploadRules.DefaultMaxFilesPerCase;

    /// <summary>Bytes all files of one case may hold together.</summary>
    public long MaxBytesPerCase { get; set; } = UploadRules.DefaultMaxBytesPerCase;
}
