namespace CoopPortal.Application.Statistics.Export;

/// <summary>An exported file, ready to download.</summary>
/// <param name="FileName">An ASCII name that works everywhere, e.g. statistics-1405-applications-by-status.xlsx.</param>
/// <param name="PersianFileName">The name people see (Content-Disposition filename*), e.g. «آمار زنجان ۱۴۰۵ - درخواست‌های تشکیل به تفکیک وضعیت.xlsx».</param>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName, string PersianFileName);
