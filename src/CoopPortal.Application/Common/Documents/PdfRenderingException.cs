namespace CoopPortal.Application.Common.Documents;

/// <summary>The PDF engine failed or timed out; callers show a Persian message and keep what they had.</summary>
public sealed class PdfRenderingException : Exception
{
    public const string PersianMessage = "ساخت فایل PDF در این لحظه ممکن نشد. چند دقیقه دیگر دوباره تلاش کنید.";

    public PdfRenderingException()
        : base(PersianMessage)
    {
    }

    public PdfRenderingException(string message)
        : base(message)
    {
    }

    public PdfRenderingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
